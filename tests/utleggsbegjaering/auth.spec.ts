import { randomUUID } from 'node:crypto';
import type { UtleggsbegjaeringClient } from '../../src/clients/apis.ts';
import { expect, test } from '../fixtures/index.ts';
import { defineAuthTests } from '../support/auth.ts';
import { TESTORGANISASJONER } from '../support/kravogbetalinger.ts';
import { forSupplier, grunneksempel, syntheticPdf, withUploadedAttachments } from '../support/petitions.ts';
import { forHverVersjon } from '../support/versjoner.ts';

forHverVersjon((versjon) => {
  defineAuthTests({
    api: 'utleggsbegjaering',
    client: 'utleggsbegjaering',
    operations: [
      { operationId: 'hentUtleggsbegjaering', linje: 'GET /utleggsbegjaering/{begjaeringId}', call: (c, extra) => (c as UtleggsbegjaeringClient).hent(randomUUID(), extra) },
      // The seed example as published: valid JSON, so only the token decides the answer.
      { operationId: 'validerUtleggsbegjaering', linje: 'POST /utleggsbegjaering/valider', call: (c, extra) => (c as UtleggsbegjaeringClient).valider(grunneksempel(versjon), extra) },
      { operationId: 'sendInnUtleggsbegjaering', linje: 'POST /utleggsbegjaering', call: (c, extra) => (c as UtleggsbegjaeringClient).sendInn(grunneksempel(versjon), extra) },
      { operationId: 'endreUtleggsbegjaering', linje: 'PUT /utleggsbegjaering/{begjaeringId}', call: (c, extra) => (c as UtleggsbegjaeringClient).endre(randomUUID(), grunneksempel(versjon), extra) },
      { operationId: 'lastOppVedlegg', linje: 'POST /vedlegg', call: (c, extra) => (c as UtleggsbegjaeringClient).lastOppVedlegg('bilag.pdf', 'ref', syntheticPdf('bilag'), 'application/pdf', extra) },
      { operationId: 'hentVedlegg', linje: 'GET /vedlegg/{vedleggId}', call: (c, extra) => (c as UtleggsbegjaeringClient).hentVedlegg(randomUUID(), extra) },
    ],
  });

  test.describe('utleggsbegjaering: another organisation\'s submissions', () => {
    test('GET /utleggsbegjaering/{begjaeringId} of a petition another organisation submitted answers 404', { tag: ['@utleggsbegjaering', '@full'] }, async ({ utleggsbegjaering, token, environment }) => {
      test.skip(!environment.isSandbox, 'needs a systembruker token for a second organisation, which only the sandbox grants');
      const petition = await withUploadedAttachments(utleggsbegjaering, forSupplier(grunneksempel(versjon), environment), (r) => expect(r).toMatchContract('lastOppVedlegg', 201));
      const sendt = await utleggsbegjaering.sendInn(petition);
      await expect(sendt).toMatchContract('sendInnUtleggsbegjaering', 201);
      const { begjaeringId } = sendt.body as { begjaeringId: string };
      await expect(await utleggsbegjaering.hent(begjaeringId), 'the innsender itself can read it').toMatchContract('hentUtleggsbegjaering', 200);
      const annen = TESTORGANISASJONER.find((o) => o !== environment.supplierOrg)!;
      const res = await utleggsbegjaering.hent(begjaeringId, { token: await token('utleggsbegjaering', { systembrukerOrg: annen }) });
      await expect(res).toMatchContract('hentUtleggsbegjaering', 404);
    });
  });
});

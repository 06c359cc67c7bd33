import { randomUUID } from 'node:crypto';
import { generateUtleggsbegjaeringer } from '../../generators/requests/utleggsbegjaering.ts';
import { expect, test } from '../fixtures/index.ts';
import { forSupplier, withUploadedAttachments, type Utleggsbegjaering } from '../support/petitions.ts';
import { seedFor } from '../support/seeds.ts';
import { forHverVersjon } from '../support/versjoner.ts';

const tag = ['@utleggsbegjaering', '@full'];

forHverVersjon((versjon) => {
  const generer = (title: string, innsender?: string) =>
    generateUtleggsbegjaeringer(1, { seed: seedFor(title), innsender, version: versjon })[0] as Utleggsbegjaering;

  test.describe('changes of an earlier submission', () => {
    test('PUT /utleggsbegjaering/{id} with a changed claim description answers 200 and GET shows the new version', { tag }, async ({ utleggsbegjaering, environment }) => {
      const petition = await withUploadedAttachments(utleggsbegjaering, forSupplier(generer(test.info().title, environment.supplierOrg), environment));
      const sendt = await utleggsbegjaering.sendInn(petition);
      await expect(sendt).toMatchContract('sendInnUtleggsbegjaering', 201);
      const { begjaeringId } = sendt.body as { begjaeringId: string };

      const endret = structuredClone(petition);
      endret.kravTilInnkreving![0].kravbeskrivelse = 'Endret beskrivelse';
      const res = await utleggsbegjaering.endre(begjaeringId, endret);
      await expect(res).toMatchContract('endreUtleggsbegjaering', 200);

      const status = await utleggsbegjaering.hent(begjaeringId);
      await expect(status).toMatchContract('hentUtleggsbegjaering', 200);
      const { versjon: innsendingsversjon } = status.body as { versjon?: number };
      if (innsendingsversjon !== undefined) expect(innsendingsversjon).toBeGreaterThanOrEqual(2);
    });

    test('PUT /utleggsbegjaering/{id} for an id nobody submitted answers 404', { tag }, async ({ utleggsbegjaering, environment }) => {
      const res = await utleggsbegjaering.endre(randomUUID(), forSupplier(generer(test.info().title, environment.supplierOrg), environment));
      await expect(res).toMatchContract('endreUtleggsbegjaering', 404);
    });
  });
});

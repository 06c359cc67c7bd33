import { randomUUID } from 'node:crypto';
import { generateUtleggsbegjaeringer } from '../../generators/requests/utleggsbegjaering.ts';
import { expect, test } from '../fixtures/index.ts';
import { forSupplier, withUploadedAttachments } from '../support/petitions.ts';
import { seedFor } from '../support/seeds.ts';

const tag = ['@utleggsbegjaering', '@full'];

test.describe('changes of an earlier submission', () => {
  test('PUT /utleggsbegjaering/{id} with a changed claim description answers 200 and GET shows the new version', { tag }, async ({ utleggsbegjaering, environment }) => {
    const [generated] = generateUtleggsbegjaeringer(1, { seed: seedFor(test.info().title), innsender: environment.supplierOrg });
    const petition = await withUploadedAttachments(utleggsbegjaering, forSupplier(generated, environment));
    const sendt = await utleggsbegjaering.sendInn(petition);
    await expect(sendt).toMatchContract('sendInnUtleggsbegjaering', 201);
    const { begjaeringId } = sendt.body as { begjaeringId: string };

    const endret = structuredClone(petition);
    endret.kravTilInnkreving![0].kravbeskrivelse = 'Endret beskrivelse';
    const res = await utleggsbegjaering.endre(begjaeringId, endret);
    await expect(res).toMatchContract('endreUtleggsbegjaering', 200);

    const status = await utleggsbegjaering.hent(begjaeringId);
    await expect(status).toMatchContract('hentUtleggsbegjaering', 200);
    const { versjon } = status.body as { versjon?: number };
    if (versjon !== undefined) expect(versjon).toBeGreaterThanOrEqual(2);
  });

  test('PUT /utleggsbegjaering/{id} for an id nobody submitted answers 404', { tag }, async ({ utleggsbegjaering, environment }) => {
    const [generated] = generateUtleggsbegjaeringer(1, { seed: seedFor(test.info().title), innsender: environment.supplierOrg });
    const res = await utleggsbegjaering.endre(randomUUID(), forSupplier(generated, environment));
    await expect(res).toMatchContract('endreUtleggsbegjaering', 404);
  });
});

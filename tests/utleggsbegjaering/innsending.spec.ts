import { generateUtleggsbegjaeringer, type Kompleksitet } from '../../generators/requests/utleggsbegjaering.ts';
import { expect, test } from '../fixtures/index.ts';
import { eksempler, forSupplier, kontrollkoder, withUploadedAttachments, type Utleggsbegjaering } from '../support/petitions.ts';
import { seedFor } from '../support/seeds.ts';
import { forHverVersjon } from '../support/versjoner.ts';

const tag = ['@utleggsbegjaering'];

forHverVersjon((versjon) => {
  const generer = (count: number, title: string, innsender?: string, kompleksitet?: Kompleksitet) =>
    generateUtleggsbegjaeringer(count, { seed: seedFor(title), innsender, kompleksitet, version: versjon }) as Utleggsbegjaering[];

  test.describe('sendInnUtleggsbegjaering', () => {
    eksempler(versjon).forEach((eksempel, i) => {
      const hvem = eksempel.offisiell ? 'published' : "project's";
      test(`POST /utleggsbegjaering with the ${hvem} example ${eksempel.navn}, as it stands, answers 201`, { tag: [...tag, '@full'] }, async ({ utleggsbegjaering, environment }) => {
        test.skip(!environment.isSandbox, 'only the sandbox knows the example\'s innsender, attachments and reference; other environments get the adapted variant below');
        // valider stores nothing: it tells whether this sandbox already took the example in an earlier run.
        const foer = await utleggsbegjaering.valider(eksempel.body);
        if (foer.status === 422) await expect(foer).toMatchContract('validerUtleggsbegjaering', 422);
        else await expect(foer).toMatchContract('validerUtleggsbegjaering', 204);
        test.skip(foer.status === 422 && kontrollkoder(foer).join() === 'DUPLIKAT_INNSENDING', 'this sandbox already accepted the example in an earlier run; send it again to a fresh sandbox');
        const res = await utleggsbegjaering.sendInn(eksempel.body);
        await expect(res).toMatchContract('sendInnUtleggsbegjaering', 201);
      });

      test(`POST /utleggsbegjaering with the ${hvem} example ${eksempel.navn}, sent as the supplier with uploaded attachments, answers 201`, { tag: [...tag, i === 0 ? '@smoke' : '@full'] }, async ({ utleggsbegjaering, environment }) => {
        const petition = await withUploadedAttachments(utleggsbegjaering, forSupplier(eksempel.body, environment), (r) => expect(r).toMatchContract('lastOppVedlegg', 201));
        const res = await utleggsbegjaering.sendInn(petition);
        await expect(res).toMatchContract('sendInnUtleggsbegjaering', 201);
        const kvittering = res.body as { begjaeringId: string; status: string };
        const status = await utleggsbegjaering.hent(kvittering.begjaeringId);
        await expect(status).toMatchContract('hentUtleggsbegjaering', 200);
        expect((status.body as { begjaeringId: string }).begjaeringId).toBe(kvittering.begjaeringId);
      });
    });

    test('POST /utleggsbegjaering with generated complex petitions answers 201 for each', { tag: [...tag, '@full'] }, async ({ utleggsbegjaering, environment }) => {
      for (const generated of generer(3, test.info().title, environment.supplierOrg, 'kompleks')) {
        const petition = await withUploadedAttachments(utleggsbegjaering, forSupplier(generated, environment));
        const res = await utleggsbegjaering.sendInn(petition);
        await expect(res).toMatchContract('sendInnUtleggsbegjaering', 201);
      }
    });

    test('the same petition sent twice answers 201 and then 422 DUPLIKAT_INNSENDING', { tag: [...tag, '@full'] }, async ({ utleggsbegjaering, environment }) => {
      test.info().annotations.push({ type: 'regel', description: 'DUPLIKAT_INNSENDING' });
      const [generated] = generer(1, test.info().title, environment.supplierOrg, 'enkel');
      const petition = await withUploadedAttachments(utleggsbegjaering, forSupplier(generated, environment));
      await expect(await utleggsbegjaering.sendInn(petition)).toMatchContract('sendInnUtleggsbegjaering', 201);
      const second = await utleggsbegjaering.sendInn(petition);
      await expect(second).toMatchContract('sendInnUtleggsbegjaering', 422);
      expect(kontrollkoder(second)).toEqual(['DUPLIKAT_INNSENDING']);
    });

    test('GET /utleggsbegjaering/{id} for an id nobody submitted answers 404', { tag: [...tag, '@smoke'] }, async ({ utleggsbegjaering }) => {
      const res = await utleggsbegjaering.hent('00000000-0000-4000-8000-000000000000');
      await expect(res).toMatchContract('hentUtleggsbegjaering', 404);
    });
  });

  test.describe('validerUtleggsbegjaering agrees with sendInnUtleggsbegjaering', () => {
    test('valid petitions: valider answers 204, then sendInn answers 201', { tag: [...tag, '@smoke'] }, async ({ utleggsbegjaering, environment }) => {
      for (const generated of generer(2, test.info().title, environment.supplierOrg)) {
        const petition = await withUploadedAttachments(utleggsbegjaering, forSupplier(generated, environment));
        await expect(await utleggsbegjaering.valider(petition)).toMatchContract('validerUtleggsbegjaering', 204);
        await expect(await utleggsbegjaering.sendInn(petition)).toMatchContract('sendInnUtleggsbegjaering', 201);
      }
    });

    test('valider stores nothing: validating twice never reports DUPLIKAT_INNSENDING', { tag: [...tag, '@full'] }, async ({ utleggsbegjaering, environment }) => {
      const [generated] = generer(1, test.info().title, environment.supplierOrg);
      const petition = await withUploadedAttachments(utleggsbegjaering, forSupplier(generated, environment));
      await expect(await utleggsbegjaering.valider(petition)).toMatchContract('validerUtleggsbegjaering', 204);
      await expect(await utleggsbegjaering.valider(petition)).toMatchContract('validerUtleggsbegjaering', 204);
    });
  });
});

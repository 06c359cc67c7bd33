import { randomUUID } from 'node:crypto';
import { generateUtleggsbegjaeringer } from '../../generators/requests/utleggsbegjaering.ts';
import { expect, test } from '../fixtures/index.ts';
import { forSupplier, syntheticPdf, withUploadedAttachments, type Utleggsbegjaering } from '../support/petitions.ts';
import { seedFor } from '../support/seeds.ts';
import { forHverVersjon } from '../support/versjoner.ts';

const tag = ['@utleggsbegjaering', '@full'];

interface Kvittering { begjaeringId: string; status: string; mottatt: string; versjon?: number; innsenderReferanse?: string; begjaeringsdato?: string }
interface Innsendingsstatus extends Kvittering { sistEndret?: string; eksternSaksreferanser?: string[] }
interface Vedleggsstatus { uuid: string; filnavn: string; innsenderReferanse?: string; stoerrelse?: number }

/** The external case references a petition carries, in either data model (each tvangsgrunnlag's eksternSaksreferanse). */
function eksterneReferanser(petition: Utleggsbegjaering): string[] {
  const grunnlag = (petition as { begjaeringensTvangsgrunnlag?: { eksternSaksreferanse?: unknown }[] }).begjaeringensTvangsgrunnlag ?? [];
  return grunnlag.map((g) => g?.eksternSaksreferanse).filter((r): r is string => typeof r === 'string');
}

// Systems poll a submission by following the Location of its 201; a Location that names another
// resource, or a resource that is not the one just sent, breaks them silently.
forHverVersjon((versjon) => {
  const generer = (title: string, innsender?: string) =>
    generateUtleggsbegjaeringer(1, { seed: seedFor(title), innsender, version: versjon })[0] as Utleggsbegjaering;

  test.describe('links the server hands out', () => {
    test('the Location of a 201 from POST /utleggsbegjaering names the submission just sent, and fetching it shows the same reference, date and version', { tag }, async ({ utleggsbegjaering, environment }) => {
      const petition = await withUploadedAttachments(utleggsbegjaering, forSupplier(generer(test.info().title, environment.supplierOrg), environment));
      const sendt = await utleggsbegjaering.sendInn(petition);
      await expect(sendt).toMatchContract('sendInnUtleggsbegjaering', 201);
      const kvittering = sendt.body as Kvittering;

      const fulgt = await utleggsbegjaering.follow(sendt.headers.location, 'hentUtleggsbegjaering');
      expect(fulgt.problem, 'Location').toBeUndefined();
      expect(fulgt.params, 'the Location names the receipt\'s begjaeringId').toEqual({ begjaeringId: kvittering.begjaeringId });
      await expect(fulgt.response!).toMatchContract('hentUtleggsbegjaering', 200);
      const status = fulgt.response!.body as Innsendingsstatus;
      expect(status.begjaeringId).toBe(kvittering.begjaeringId);
      expect(status.innsenderReferanse, 'the innsenderReferanse sent').toBe(petition.innsenderReferanse);
      if (petition.begjaeringsdato !== undefined && status.begjaeringsdato !== undefined) expect(status.begjaeringsdato).toBe(petition.begjaeringsdato);
      expect(status.versjon, 'the version the receipt gave').toBe(kvittering.versjon);
      if (status.eksternSaksreferanser !== undefined) expect([...status.eksternSaksreferanser].sort()).toEqual(eksterneReferanser(petition).sort());
    });

    test('after PUT /utleggsbegjaering/{id} answers 200, the submission\'s Location shows the next version and the same reference', { tag }, async ({ utleggsbegjaering, environment }) => {
      const petition = await withUploadedAttachments(utleggsbegjaering, forSupplier(generer(test.info().title, environment.supplierOrg), environment));
      const sendt = await utleggsbegjaering.sendInn(petition);
      await expect(sendt).toMatchContract('sendInnUtleggsbegjaering', 201);
      const foer = sendt.body as Kvittering;

      const endret = structuredClone(petition);
      endret.kravTilInnkreving![0].kravbeskrivelse = `Endret ${randomUUID().slice(0, 8)}`;
      const res = await utleggsbegjaering.endre(foer.begjaeringId, endret);
      await expect(res).toMatchContract('endreUtleggsbegjaering', 200);
      expect((res.body as Kvittering).begjaeringId, 'a change keeps the submission\'s id').toBe(foer.begjaeringId);

      const fulgt = await utleggsbegjaering.follow(sendt.headers.location, 'hentUtleggsbegjaering');
      expect(fulgt.problem, 'Location').toBeUndefined();
      await expect(fulgt.response!).toMatchContract('hentUtleggsbegjaering', 200);
      const etter = fulgt.response!.body as Innsendingsstatus;
      expect(etter.innsenderReferanse).toBe(petition.innsenderReferanse);
      if (foer.versjon !== undefined) expect(etter.versjon, 'the change is visible as the next version').toBe(foer.versjon + 1);
      if (etter.sistEndret !== undefined) expect(Date.parse(etter.sistEndret)).toBeGreaterThanOrEqual(Date.parse(foer.mottatt));
    });

    test('the Location of a 201 from POST /vedlegg names that upload, and fetching it shows the same file name, reference and size', { tag: [...tag.slice(0, 1), '@smoke'] }, async ({ utleggsbegjaering }) => {
      const ref = `ic-${randomUUID()}`;
      const innhold = syntheticPdf('lenke');
      const opplastet = await utleggsbegjaering.lastOppVedlegg('lenke.pdf', ref, innhold);
      await expect(opplastet).toMatchContract('lastOppVedlegg', 201);
      const { uuid } = opplastet.body as Vedleggsstatus;

      const fulgt = await utleggsbegjaering.follow(opplastet.headers.location, 'hentVedlegg');
      expect(fulgt.problem, 'Location').toBeUndefined();
      expect(Object.values(fulgt.params ?? {}), 'the Location names the upload\'s uuid').toEqual([uuid]);
      await expect(fulgt.response!).toMatchContract('hentVedlegg', 200);
      const hentet = fulgt.response!.body as Vedleggsstatus;
      expect({ uuid: hentet.uuid, filnavn: hentet.filnavn, innsenderReferanse: hentet.innsenderReferanse }).toEqual({ uuid, filnavn: 'lenke.pdf', innsenderReferanse: ref });
      if (hentet.stoerrelse !== undefined) expect(hentet.stoerrelse, 'the bytes sent').toBe(innhold.length);
    });
  });
});

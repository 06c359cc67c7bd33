import { randomUUID } from 'node:crypto';
import { invalidFor } from '../../generators/invalid/index.ts';
import { generateUtleggsbegjaeringer } from '../../generators/requests/utleggsbegjaering.ts';
import { loadRegelkatalog } from '../../src/spec/catalog.ts';
import { gammeltRegelverk, iOvergangsperioden } from '../../src/spec/gammelt-regelverk.ts';
import { norskDato } from '../../sandbox/rules/utleggsbegjaering/felles/dato.ts';
import { expect, test } from '../fixtures/index.ts';
import { forSupplier, kontrollkoder, withUploadedAttachments, type Utleggsbegjaering } from '../support/petitions.ts';
import { runScenario, usesSandboxMarkers, withFreshReferences } from '../support/scenario.ts';
import { fakerFor, seedFor } from '../support/seeds.ts';
import { forHverVersjon } from '../support/versjoner.ts';
import type { UtleggsbegjaeringClient } from '../../src/clients/apis.ts';
import type { Environment } from '../../src/config/environment.ts';

forHverVersjon((versjon) => {
  // One row per code of this version's catalog (specs/catalogs/), never a copied list.
  const katalog = loadRegelkatalog(versjon);

  // The valid base every row mutates, with its attachments uploaded, is made once per worker: a 422 stores
  // nothing, so the rows can share its innsenderReferanse (scenarios make fresh ones of their own).
  let base: Promise<Utleggsbegjaering> | undefined;
  function regelBase(client: UtleggsbegjaeringClient, environment: Environment): Promise<Utleggsbegjaering> {
    base ??= (async () => {
      const [generated] = generateUtleggsbegjaeringer(1, { seed: seedFor('regelbase'), innsender: environment.supplierOrg, kompleksitet: 'kompleks', version: versjon });
      return withUploadedAttachments(client, forSupplier(generated as Utleggsbegjaering, environment), (r) => expect(r).toMatchContract('lastOppVedlegg', 201));
    })();
    return base;
  }

  test.describe(`422 rule catalog ${katalog.versjon} (${katalog.regler.length} codes)`, () => {
    for (const regel of katalog.regler) {
      test(`a petition breaking ${regel.kode} answers 422 listing exactly ${regel.kode}`, { tag: ['@utleggsbegjaering', '@full'] }, async ({ utleggsbegjaering, environment }) => {
        test.info().annotations.push({ type: 'regel', description: regel.kode });
        // A debtor is locked to the old rules only while the transition period lasts (specs/data/gammelt-regelverk.json).
        const { tilOgMed } = gammeltRegelverk();
        test.skip(regel.kode === 'SAKSOEKT_GAMMELT_REGELVERK' && !iOvergangsperioden(norskDato(new Date())), `the transition period ended on ${tilOgMed}; no debtor is on the old rules any more`);
        const invalid = invalidFor(regel.kode, structuredClone(await regelBase(utleggsbegjaering, environment)) as never, fakerFor(test.info().title), versjon);

        if (invalid.kind === 'scenario') {
          test.skip(!environment.isSandbox && usesSandboxMarkers(invalid.scenario), `needs the sandbox's markers to put a submission or an attachment in the state ${regel.kode} is about`);
          const scenario = withFreshReferences(invalid.scenario, randomUUID().slice(0, 8));
          const last = await runScenario(utleggsbegjaering, scenario, (res, op, status) => expect(res).toMatchContract(op, status));
          expect(last.status).toBe(422);
          expect(kontrollkoder(last)).toEqual([regel.kode]);
          return;
        }

        const validert = await utleggsbegjaering.valider(invalid.body);
        await expect(validert).toMatchContract('validerUtleggsbegjaering', 422);
        expect(kontrollkoder(validert)).toEqual([regel.kode]);
        const sendt = await utleggsbegjaering.sendInn(invalid.body);
        await expect(sendt).toMatchContract('sendInnUtleggsbegjaering', 422);
        expect(kontrollkoder(sendt)).toEqual([regel.kode]);
        const melding = (sendt.body as { kontrollutslag: { melding: string }[] }).kontrollutslag[0].melding;
        expect(melding.length, 'the message explains the violation').toBeGreaterThan(0);
      });
    }
  });
});

import { generateUtleggsbegjaeringer } from '../../generators/requests/utleggsbegjaering.ts';
import type { Utleggsbegjaering as Utleggsbegjaering21 } from '../../src/model/utleggsbegjaering-v2.ts';
import { loadRegelkatalog } from '../../src/spec/catalog.ts';
import { gammeltRegelverk } from '../../src/spec/gammelt-regelverk.ts';
import { expect, test } from '../fixtures/index.ts';
import {
  GAMMELT_REGELVERK, laasteOrganisasjoner, laastePersoner, medSaksoekt, overgangsperiodenVarer, saksoekteI, type Regelverksliste,
} from '../support/betjeningskartet.ts';
import { forSupplier, kontrollkoder, withUploadedAttachments, type Utleggsbegjaering } from '../support/petitions.ts';
import { fakerFor, seedFor } from '../support/seeds.ts';
import { utleggsbegjaeringVersjoner } from '../support/versjoner.ts';
import type { BetjeningskartetClient } from '../../src/clients/betjeningskartet.ts';
import type { UtleggsbegjaeringClient } from '../../src/clients/apis.ts';
import type { Environment } from '../../src/config/environment.ts';

// The flow of figurer/betjeningskartet.png: look every debtor of a new petition up just before sending
// it, send it to ELAN when all are on the new rules, to ELSA when all are on the old, on paper when
// mixed. ELAN refuses a debtor on the old rules with 422 SAKSOEKT_GAMMELT_REGELVERK.

const tag = ['@betjeningskartet'];
const { tilOgMed } = gammeltRegelverk();
const UNDER = `only while the transition period lasts (to ${tilOgMed}) does ELAN refuse anyone for the old rules`;
const ETTER = `the transition period lasts until ${tilOgMed}; until then ELAN refuses the locked parties (tested above)`;

// The Utleggsbegjæring versions of this run whose catalog has the rule: there the lookup decides where a petition goes.
const versjoner = utleggsbegjaeringVersjoner().filter((v) => loadRegelkatalog(v).regler.some((r) => r.kode === GAMMELT_REGELVERK));

if (versjoner.length === 0) {
  test('lookup, then submit through Utleggsbegjæring', { tag: [...tag, '@full'] }, () => {
    test.skip(true, `no Utleggsbegjæring version of this run has ${GAMMELT_REGELVERK} in its catalog (CONFORMANCE_UTLEGGSBEGJAERING_VERSION names one without it)`);
  });
}

for (const versjon of versjoner) {
  test.describe(`lookup, then submit through Utleggsbegjæring ${versjon}`, () => {
    test.use({ utleggsbegjaeringVersjon: versjon });

    /** A valid petition of the version with one debtor, made the supplier's own. */
    const grunnlag = (title: string, environment: Environment): Utleggsbegjaering21 => {
      const [b] = generateUtleggsbegjaeringer<Utleggsbegjaering21>(1, { seed: seedFor(title), innsender: environment.supplierOrg, kompleksitet: 'enkel', version: versjon });
      return forSupplier(b, environment);
    };

    async function slaaOpp(betjeningskartet: BetjeningskartetClient, b: Utleggsbegjaering21): Promise<Regelverksliste> {
      const ids = saksoekteI(b);
      expect(ids.length, 'the petition names its debtors').toBeGreaterThan(0);
      const res = await betjeningskartet.slaaOpp(ids);
      await expect(res).toMatchContract('slaaOppRegelverk', 200);
      return res.body as Regelverksliste;
    }

    async function sendInn(utleggsbegjaering: UtleggsbegjaeringClient, b: Utleggsbegjaering21) {
      return utleggsbegjaering.sendInn(await withUploadedAttachments(utleggsbegjaering, b as Utleggsbegjaering, (r) => expect(r).toMatchContract('lastOppVedlegg', 201)));
    }

    test(`a debtor on the new rules: the lookup says nytt/ELAN, and POST /utleggsbegjaering ${versjon} answers 201`, { tag: [...tag, '@smoke'] }, async ({ betjeningskartet, utleggsbegjaering, environment }) => {
      const b = grunnlag(test.info().title, environment);
      const svar = await slaaOpp(betjeningskartet, b);
      expect(svar.samletRegelverk).toBe('nytt');
      expect(svar.resultater.every((r) => r.innsendingssystem === 'ELAN')).toBe(true);
      const res = await sendInn(utleggsbegjaering, b);
      await expect(res).toMatchContract('sendInnUtleggsbegjaering', 201);
    });

    for (const [hvem, liste] of [['a person', laastePersoner()], ['an organisation', laasteOrganisasjoner()]] as const) {
      test(`${hvem} locked to the old rules: the lookup says gammelt/ELSA, and POST /utleggsbegjaering ${versjon} answers 422 ${GAMMELT_REGELVERK}`, { tag: [...tag, hvem === 'a person' ? '@smoke' : '@full'] }, async ({ betjeningskartet, utleggsbegjaering, environment }) => {
        test.skip(!overgangsperiodenVarer(), UNDER);
        test.info().annotations.push({ type: 'regel', description: GAMMELT_REGELVERK });
        const laast = fakerFor(test.info().title).helpers.arrayElement(liste);
        const b = medSaksoekt(grunnlag(test.info().title, environment), laast);
        const svar = await slaaOpp(betjeningskartet, b);
        expect(svar.resultater).toEqual([expect.objectContaining({ identifikator: laast, regelverk: 'gammelt', innsendingssystem: 'ELSA' })]);
        expect(svar.samletRegelverk).toBe('gammelt');
        // A supplier would now send it to ELSA; sent to ELAN anyway, it is refused for exactly that reason.
        const res = await sendInn(utleggsbegjaering, b);
        await expect(res).toMatchContract('sendInnUtleggsbegjaering', 422);
        expect(kontrollkoder(res)).toEqual([GAMMELT_REGELVERK]);
      });
    }

    test(`debtors on mixed rules: the lookup says blandet (a paper petition), and POST /utleggsbegjaering ${versjon} answers 422 ${GAMMELT_REGELVERK}`, { tag: [...tag, '@full'] }, async ({ betjeningskartet, utleggsbegjaering, environment }) => {
      test.skip(!overgangsperiodenVarer(), UNDER);
      test.info().annotations.push({ type: 'regel', description: GAMMELT_REGELVERK });
      const b = grunnlag(test.info().title, environment);
      const laast = fakerFor(test.info().title).helpers.arrayElement(laastePersoner());
      const blandet = { ...b, saksoekt: [...b.saksoekt, ...medSaksoekt(b, laast).saksoekt] };
      const svar = await slaaOpp(betjeningskartet, blandet);
      expect(svar.resultater.map((r) => r.regelverk)).toEqual(['nytt', 'gammelt']);
      expect(svar.samletRegelverk).toBe('blandet');
      const res = await sendInn(utleggsbegjaering, blandet);
      await expect(res).toMatchContract('sendInnUtleggsbegjaering', 422);
      expect(kontrollkoder(res)).toEqual([GAMMELT_REGELVERK]);
    });

    test(`after the transition period a formerly locked debtor: the lookup says nytt/ELAN, and POST /utleggsbegjaering ${versjon} answers 201`, { tag: [...tag, '@full'] }, async ({ betjeningskartet, utleggsbegjaering, environment }) => {
      test.skip(overgangsperiodenVarer(), ETTER);
      const b = medSaksoekt(grunnlag(test.info().title, environment), laastePersoner()[0]);
      const svar = await slaaOpp(betjeningskartet, b);
      expect(svar.samletRegelverk).toBe('nytt');
      const res = await sendInn(utleggsbegjaering, b);
      await expect(res).toMatchContract('sendInnUtleggsbegjaering', 201);
    });
  });
}

import type { BetjeningskartetClient } from '../../src/clients/betjeningskartet.ts';
import { gammeltRegelverk } from '../../src/spec/gammelt-regelverk.ts';
import { expect, test } from '../fixtures/index.ts';
import {
  erOmtrentIDag, forventetRegelverk, laasteOrganisasjoner, laastePersoner, medFeilKontrollsiffer, overgangsperiodenVarer, ulaaste,
  type Regelverksliste, type Resultat,
} from '../support/betjeningskartet.ts';
import { kodeAv, navngirFelt, ukjentSti } from '../support/feil.ts';
import { seedFor } from '../support/seeds.ts';

const tag = ['@betjeningskartet'];
const STI = '/api/utleggsbegjaering-betjeningskartet/v1/regelverk';
const { tilOgMed } = gammeltRegelverk();
const UNDER = `only while the transition period lasts (to ${tilOgMed}) is anyone on the old rules`;
const ETTER = `the transition period lasts until ${tilOgMed}; until then the locked parties answer gammelt (tested above)`;

/** The lookup, checked against the contract; the answer's day is today's. */
async function slaaOpp(betjeningskartet: BetjeningskartetClient, identifikatorer: readonly string[]): Promise<Regelverksliste> {
  const res = await betjeningskartet.slaaOpp(identifikatorer);
  await expect(res).toMatchContract('slaaOppRegelverk', 200);
  const svar = res.body as Regelverksliste;
  expect(erOmtrentIDag(svar.dato), `the answer is for today, not ${svar.dato}`).toBe(true);
  expect(svar.resultater.map((r) => r.identifikator), 'one result per identifier, in the order asked').toEqual([...identifikatorer]);
  return svar;
}

/** What each identifier must answer on the answer's own day, from the test tab's lists. */
function forventet(svar: Regelverksliste): Pick<Resultat, 'identifikator' | 'regelverk' | 'innsendingssystem'>[] {
  return svar.resultater.map(({ identifikator }) => {
    const regelverk = forventetRegelverk(identifikator, svar.dato);
    return { identifikator, regelverk, innsendingssystem: regelverk === 'gammelt' ? 'ELSA' : 'ELAN' };
  });
}

const utdrag = (svar: Regelverksliste) => svar.resultater.map(({ identifikator, regelverk, innsendingssystem }) => ({ identifikator, regelverk, innsendingssystem }));

test.describe('slaaOppRegelverk', () => {
  test(`POST ${STI} for one person locked to the old rules answers 200 gammelt, send to ELSA`, { tag: [...tag, '@smoke'] }, async ({ betjeningskartet }) => {
    test.skip(!overgangsperiodenVarer(), UNDER);
    const [laast] = laastePersoner();
    const svar = await slaaOpp(betjeningskartet, [laast]);
    expect(svar.resultater).toEqual([expect.objectContaining({ identifikator: laast, identifikatortype: 'foedselsnummer', regelverk: 'gammelt', innsendingssystem: 'ELSA' })]);
    expect(svar.samletRegelverk).toBe('gammelt');
  });

  test(`POST ${STI} for one debtor on no list answers 200 nytt, send to ELAN`, { tag: [...tag, '@smoke'] }, async ({ betjeningskartet }) => {
    const [{ foedselsnummer }] = ulaaste(1, seedFor(test.info().title));
    const svar = await slaaOpp(betjeningskartet, [foedselsnummer]);
    expect(svar.resultater).toEqual([expect.objectContaining({ identifikator: foedselsnummer, identifikatortype: 'foedselsnummer', regelverk: 'nytt', innsendingssystem: 'ELAN' })]);
    expect(svar.samletRegelverk).toBe('nytt');
  });

  for (const [hvem, liste, type] of [['persons', laastePersoner(), 'foedselsnummer'], ['organisations', laasteOrganisasjoner(), 'organisasjonsnummer']] as const) {
    test(`POST ${STI} for all ${liste.length} locked ${hvem} of the test tab answers each as the transition period says`, { tag: [...tag, '@full'] }, async ({ betjeningskartet }) => {
      const svar = await slaaOpp(betjeningskartet, liste);
      expect(utdrag(svar)).toEqual(forventet(svar));
      expect(svar.resultater.every((r) => r.identifikatortype === type), `every result is typed ${type}`).toBe(true);
      expect(svar.samletRegelverk).toBe(forventetRegelverk(liste[0], svar.dato));
    });
  }

  test(`POST ${STI} for several debtors on no list (fødselsnummer, D-nummer, organisasjonsnummer) answers nytt for each, typed`, { tag: [...tag, '@full'] }, async ({ betjeningskartet }) => {
    const ids = ulaaste(3, seedFor(test.info().title)).flatMap((r) => [r.foedselsnummer, r.dnummer, r.organisasjonsnummer]);
    const svar = await slaaOpp(betjeningskartet, ids);
    expect(utdrag(svar)).toEqual(ids.map((identifikator) => ({ identifikator, regelverk: 'nytt', innsendingssystem: 'ELAN' })));
    expect(svar.resultater.map((r) => r.identifikatortype)).toEqual(ids.map((_, i) => ['foedselsnummer', 'dnummer', 'organisasjonsnummer'][i % 3]));
    expect(svar.samletRegelverk).toBe('nytt');
  });

  test(`POST ${STI} for a mixed set answers each debtor for itself and blandet together (a paper petition)`, { tag: [...tag, '@smoke'] }, async ({ betjeningskartet }) => {
    test.skip(!overgangsperiodenVarer(), UNDER);
    const [fri] = ulaaste(1, seedFor(test.info().title));
    const ids = [fri.foedselsnummer, laastePersoner()[1], fri.organisasjonsnummer, laasteOrganisasjoner()[1]];
    const svar = await slaaOpp(betjeningskartet, ids);
    expect(utdrag(svar).map((r) => r.regelverk)).toEqual(['nytt', 'gammelt', 'nytt', 'gammelt']);
    expect(utdrag(svar)).toEqual(forventet(svar));
    expect(svar.samletRegelverk).toBe('blandet');
  });

  test(`POST ${STI} after the transition period answers nytt for the formerly locked parties too`, { tag: [...tag, '@full'] }, async ({ betjeningskartet }) => {
    test.skip(overgangsperiodenVarer(), ETTER);
    const ids = [laastePersoner()[2], laasteOrganisasjoner()[2]];
    const svar = await slaaOpp(betjeningskartet, ids);
    expect(utdrag(svar).map((r) => r.regelverk)).toEqual(['nytt', 'nytt']);
    expect(svar.samletRegelverk).toBe('nytt');
  });

  test(`POST ${STI} with exactly 100 identifiers, the documented most, answers 200`, { tag: [...tag, '@full'] }, async ({ betjeningskartet }) => {
    const ids = [...laastePersoner().slice(0, 60), ...laasteOrganisasjoner().slice(0, 40)];
    const svar = await slaaOpp(betjeningskartet, ids);
    expect(utdrag(svar)).toEqual(forventet(svar));
  });
});

test.describe('hentRegelverk', () => {
  test(`GET ${STI}/{identifikator} answers 200 as the list lookup does, with the day`, { tag: [...tag, '@smoke'] }, async ({ betjeningskartet }) => {
    const [fri] = ulaaste(1, seedFor(test.info().title));
    for (const id of [laastePersoner()[3], laasteOrganisasjoner()[3], fri.dnummer]) {
      const en = await betjeningskartet.hent(id);
      await expect(en).toMatchContract('hentRegelverk', 200);
      const liste = await slaaOpp(betjeningskartet, [id]);
      const { dato, ...resultat } = en.body as Resultat & { dato: string };
      expect(resultat, id).toEqual(liste.resultater[0]);
      expect(dato).toBe(liste.dato);
    }
  });

  for (const [hva, id] of [['ten digits', '1234567890'], ['letters', '1581529424x'], ['a wrong check digit', medFeilKontrollsiffer(laastePersoner()[4])]] as const) {
    test(`GET ${STI}/{identifikator} with ${hva} answers 400 with a Feil naming identifikator`, { tag: [...tag, '@full'] }, async ({ betjeningskartet }) => {
      const res = await betjeningskartet.hent(id);
      await expect(res).toMatchContract('hentRegelverk', 400);
      expect(navngirFelt(res.body, 'identifikator'), `the error names identifikator: ${res.text}`).toBe(true);
    });
  }
});

test.describe('slaaOppRegelverk with bad input', () => {
  const fri = ulaaste(34, 404);
  const [laast] = laastePersoner();
  const ugyldige: Array<{ hva: string; body: unknown; felt: string }> = [
    { hva: 'an empty list', body: { identifikatorer: [] }, felt: 'identifikatorer' },
    { hva: 'no list', body: {}, felt: 'identifikatorer' },
    { hva: 'a single identifier instead of a list', body: { identifikatorer: laast }, felt: 'identifikatorer' },
    { hva: '101 identifiers, one more than documented', body: { identifikatorer: fri.flatMap((r) => [r.foedselsnummer, r.dnummer, r.organisasjonsnummer]).slice(0, 101) }, felt: 'identifikatorer' },
    { hva: 'the same identifier twice', body: { identifikatorer: [laast, fri[0].foedselsnummer, laast] }, felt: 'identifikatorer' },
    { hva: 'ten digits as the second identifier', body: { identifikatorer: [laast, '1234567890'] }, felt: 'identifikatorer/1' },
    { hva: 'a letter in an identifier', body: { identifikatorer: [`${laast.slice(0, 10)}x`] }, felt: 'identifikatorer/0' },
    { hva: 'a fødselsnummer with a wrong check digit', body: { identifikatorer: [fri[0].organisasjonsnummer, medFeilKontrollsiffer(fri[0].foedselsnummer)] }, felt: 'identifikatorer/1' },
    { hva: 'a D-nummer with a wrong check digit', body: { identifikatorer: [medFeilKontrollsiffer(fri[1].dnummer)] }, felt: 'identifikatorer/0' },
    { hva: 'an organisasjonsnummer with a wrong check digit', body: { identifikatorer: [laast, fri[1].dnummer, medFeilKontrollsiffer(fri[1].organisasjonsnummer)] }, felt: 'identifikatorer/2' },
  ];
  for (const { hva, body, felt } of ugyldige) {
    test(`POST ${STI} with ${hva} answers 400 with a Feil naming ${felt}`, { tag: [...tag, '@full'] }, async ({ betjeningskartet }) => {
      const res = await betjeningskartet.slaaOppMed(body);
      await expect(res).toMatchContract('slaaOppRegelverk', 400);
      expect(navngirFelt(res.body, felt), `the error names ${felt}: ${res.text}`).toBe(true);
    });
  }
});

test.describe('Betjeningskartet unknown paths', () => {
  const sti = ukjentSti('betjeningskartet');
  test(`GET an unknown path under ${sti.basePath} answers ${sti.status} ${sti.kode}`, { tag: [...tag, '@full'] }, async ({ http, token }) => {
    test.info().annotations.push({ type: 'feilkode', description: sti.kode });
    const res = await http.send({ method: 'GET', path: `${sti.basePath}/skyldnere/ukjent`, operationId: 'hentRegelverk', token: await token('betjeningskartet') });
    await expect(res).toMatchContract('hentRegelverk', sti.status);
    expect(kodeAv(res.body)).toBe(sti.kode);
  });
});

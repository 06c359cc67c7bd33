import { test, expect } from '@playwright/test';
import { generateUtleggsbegjaeringer } from '../../generators/requests/utleggsbegjaering.ts';
import { ContractValidator, formatViolations } from '../../src/contract/index.ts';
import type { Utleggsbegjaering as Utleggsbegjaering21 } from '../../src/model/utleggsbegjaering-v2.ts';
import { loadSpec } from '../../src/spec/document.ts';
import { GAMMELT_REGELVERK, laasteOrganisasjoner, laastePersoner, medFeilKontrollsiffer, medSaksoekt, saksoekteI, ulaaste } from '../support/betjeningskartet.ts';
import { call, startSandbox, TESTKLIENT_ORG, type Running } from './sandbox-support.ts';

const BK = 'betjeningskartet';
// The sandbox's clock, moved by the tests; Norway is UTC+1 in winter, so 23:00Z on 31 December is midnight.
let klokke = new Date('2026-06-15T10:00:00Z');
let sb: Running;
let token: string;

test.beforeAll(async () => {
  sb = await startSandbox({ now: () => klokke });
  token = await sb.token(BK);
});
test.afterAll(async () => sb?.sandbox.close());
test.beforeEach(() => {
  klokke = new Date('2026-06-15T10:00:00Z');
});

// t: null sends no Authorization header.
const slaaOpp = (body: unknown, t: string | null = token) => call(sb.sandbox, BK, '/regelverk', { token: t ?? undefined, body, operationId: 'slaaOppRegelverk' });
const hent = (id: string, t: string | null = token) => call(sb.sandbox, BK, `/regelverk/${id}`, { token: t ?? undefined, operationId: 'hentRegelverk' });

const [fri, fri2] = ulaaste(2, 11);
const LAAST_PERSON = laastePersoner()[0];
const LAAST_ORG = laasteOrganisasjoner()[0];

test.describe('in the transition period', () => {
  test('all 100 locked persons, and all 100 locked organisations, answer gammelt/ELSA in the order asked', async () => {
    for (const [liste, type] of [[laastePersoner(), 'foedselsnummer'], [laasteOrganisasjoner(), 'organisasjonsnummer']] as const) {
      expect(liste).toHaveLength(100);
      const res = await slaaOpp({ identifikatorer: liste });
      expect(res.status).toBe(200);
      expect(res.body.dato).toBe('2026-06-15');
      expect(res.body.samletRegelverk).toBe('gammelt');
      expect(res.body.resultater).toEqual(liste.map((identifikator) => ({ identifikator, identifikatortype: type, regelverk: 'gammelt', innsendingssystem: 'ELSA' })));
    }
  });

  test('identifiers on no list (unknown to every register too) answer nytt/ELAN, each with its type', async () => {
    const ids = [fri.foedselsnummer, fri.dnummer, fri.organisasjonsnummer];
    const res = await slaaOpp({ identifikatorer: ids });
    expect(res.status).toBe(200);
    expect(res.body.samletRegelverk).toBe('nytt');
    expect(res.body.resultater).toEqual([
      { identifikator: fri.foedselsnummer, identifikatortype: 'foedselsnummer', regelverk: 'nytt', innsendingssystem: 'ELAN' },
      { identifikator: fri.dnummer, identifikatortype: 'dnummer', regelverk: 'nytt', innsendingssystem: 'ELAN' },
      { identifikator: fri.organisasjonsnummer, identifikatortype: 'organisasjonsnummer', regelverk: 'nytt', innsendingssystem: 'ELAN' },
    ]);
  });

  test('a mixed set answers each debtor for itself and blandet together', async () => {
    const ids = [fri.foedselsnummer, LAAST_PERSON, fri2.organisasjonsnummer, LAAST_ORG];
    const res = await slaaOpp({ identifikatorer: ids });
    expect(res.status).toBe(200);
    expect(res.body.samletRegelverk).toBe('blandet');
    expect(res.body.resultater.map((r: any) => [r.identifikator, r.regelverk, r.innsendingssystem])).toEqual([
      [fri.foedselsnummer, 'nytt', 'ELAN'], [LAAST_PERSON, 'gammelt', 'ELSA'], [fri2.organisasjonsnummer, 'nytt', 'ELAN'], [LAAST_ORG, 'gammelt', 'ELSA'],
    ]);
  });

  test('GET /regelverk/{identifikator} answers as the list does, with the day', async () => {
    for (const id of [LAAST_PERSON, LAAST_ORG, fri.dnummer]) {
      const en = await hent(id);
      expect(en.status).toBe(200);
      const liste = await slaaOpp({ identifikatorer: [id] });
      expect(en.body).toEqual({ ...liste.body.resultater[0], dato: '2026-06-15' });
    }
  });

  test('200 lookups of 100 debtors each, sent at once, all answer 200 with the same answers as one at a time', async () => {
    const alle = [...laastePersoner(), ...laasteOrganisasjoner(), ...ulaaste(34, 77).flatMap((r) => [r.foedselsnummer, r.dnummer, r.organisasjonsnummer])];
    const lister = Array.from({ length: 200 }, (_, i) => Array.from({ length: 100 }, (_, j) => alle[(i * 37 + j) % alle.length]));
    const svar = await Promise.all(lister.map((identifikatorer) => slaaOpp({ identifikatorer })));
    expect(svar.filter((s) => s.status !== 200)).toEqual([]);
    const forventet = (id: string) => (laastePersoner().includes(id) || laasteOrganisasjoner().includes(id) ? 'gammelt' : 'nytt');
    for (const [i, s] of svar.entries()) {
      expect(s.body.resultater.map((r: any) => r.regelverk), `list ${i}`).toEqual(lister[i].map(forventet));
    }
  });

  test('a token for skatteetaten:utleggsbegjaering is enough: the lookup shares the submission\'s scope', async () => {
    const res = await slaaOpp({ identifikatorer: [LAAST_PERSON] }, await sb.token('utleggsbegjaering'));
    expect(res.status).toBe(200);
  });
});

test.describe('the clock decides: both ends of the transition period, by Norway\'s date', () => {
  const tider: Array<[string, string, 'gammelt' | 'nytt']> = [
    ['2025-12-31T22:59:59Z', '2025-12-31', 'nytt'],
    ['2025-12-31T23:00:00Z', '2026-01-01', 'gammelt'],
    ['2026-12-31T22:59:59Z', '2026-12-31', 'gammelt'],
    ['2026-12-31T23:00:00Z', '2027-01-01', 'nytt'],
    ['2030-06-01T12:00:00Z', '2030-06-01', 'nytt'],
  ];
  for (const [tid, dato, regelverk] of tider) {
    test(`at ${tid} (${dato} in Norway) the locked parties answer ${regelverk}`, async () => {
      klokke = new Date(tid);
      const res = await slaaOpp({ identifikatorer: [LAAST_PERSON, LAAST_ORG, fri.foedselsnummer] });
      expect(res.status).toBe(200);
      expect(res.body.dato).toBe(dato);
      expect(res.body.resultater.map((r: any) => r.regelverk)).toEqual([regelverk, regelverk, 'nytt']);
      expect(res.body.samletRegelverk).toBe(regelverk === 'gammelt' ? 'blandet' : 'nytt');
      const en = await hent(LAAST_ORG);
      expect([en.body.dato, en.body.regelverk, en.body.innsendingssystem]).toEqual([dato, regelverk, regelverk === 'gammelt' ? 'ELSA' : 'ELAN']);
    });
  }

  test('the /v2 rule SAKSOEKT_GAMMELT_REGELVERK agrees with the lookup on both sides of 2026-12-31', async () => {
    const v2 = loadSpec('utleggsbegjaering', 'v2');
    const validator = ContractValidator.forApi('utleggsbegjaering', 'v2');
    const [grunn] = generateUtleggsbegjaeringer<Utleggsbegjaering21>(1, { seed: 2026, version: 'v2', kompleksitet: 'enkel', innsender: TESTKLIENT_ORG });
    const ubToken = await sb.token('utleggsbegjaering');
    const valider = async (b: Utleggsbegjaering21) => {
      const res = await fetch(`${sb.sandbox.url}${v2.operations.get('validerUtleggsbegjaering')!.fullPath}`, {
        method: 'POST', headers: { authorization: `Bearer ${ubToken}`, 'content-type': 'application/json' }, body: JSON.stringify(b),
      });
      const text = await res.text();
      const body = text ? JSON.parse(text) : undefined;
      const kontrakt = validator.validateResponse('validerUtleggsbegjaering', { status: res.status, contentType: res.headers.get('content-type') ?? '', body });
      expect(kontrakt.valid, formatViolations(kontrakt.violations)).toBe(true);
      return { status: res.status, koder: (body?.kontrollutslag ?? []).map((k: { kode: string }) => k.kode) };
    };
    for (const [tid, laast] of [['2026-12-31T22:59:59Z', true], ['2026-12-31T23:00:00Z', false]] as const) {
      klokke = new Date(tid);
      for (const b of [grunn, medSaksoekt(grunn, LAAST_PERSON), medSaksoekt(grunn, LAAST_ORG)]) {
        const ids = saksoekteI(b);
        const oppslag = await slaaOpp({ identifikatorer: ids });
        const svar = await valider(b);
        const gammelt = oppslag.body.samletRegelverk === 'gammelt';
        expect(gammelt, `${tid} ${ids.join()}`).toBe(laast && ids.includes(LAAST_PERSON) || laast && ids.includes(LAAST_ORG));
        expect(svar, `${tid} ${ids.join()}`).toEqual(gammelt ? { status: 422, koder: [GAMMELT_REGELVERK] } : { status: 204, koder: [] });
      }
    }
  });
});

test.describe('400 naming the field', () => {
  const ugyldige: Array<[string, unknown, string]> = [
    ['an empty list', { identifikatorer: [] }, '/identifikatorer'],
    ['no list', {}, '/identifikatorer'],
    ['a list that is a string', { identifikatorer: LAAST_PERSON }, '/identifikatorer'],
    ['101 identifiers', { identifikatorer: ulaaste(34, 5).flatMap((r) => [r.foedselsnummer, r.dnummer, r.organisasjonsnummer]).slice(0, 101) }, '/identifikatorer'],
    ['the same identifier twice', { identifikatorer: [LAAST_PERSON, fri.foedselsnummer, LAAST_PERSON] }, '/identifikatorer'],
    ['ten digits', { identifikatorer: [LAAST_PERSON, '1234567890'] }, '/identifikatorer/1'],
    ['letters', { identifikatorer: ['15815294a43'] }, '/identifikatorer/0'],
    ['a number, not a string', { identifikatorer: [LAAST_ORG, Number(LAAST_ORG.slice(1))] }, '/identifikatorer/1'],
    ['spaces in a number', { identifikatorer: [`${LAAST_PERSON.slice(0, 6)} ${LAAST_PERSON.slice(6)}`] }, '/identifikatorer/0'],
    ['a fødselsnummer with a wrong check digit', { identifikatorer: [LAAST_ORG, medFeilKontrollsiffer(fri.foedselsnummer)] }, '/identifikatorer/1'],
    ['a D-nummer with a wrong check digit', { identifikatorer: [medFeilKontrollsiffer(fri.dnummer)] }, '/identifikatorer/0'],
    ['an organisasjonsnummer with a wrong check digit', { identifikatorer: [fri.foedselsnummer, fri.dnummer, medFeilKontrollsiffer(fri.organisasjonsnummer)] }, '/identifikatorer/2'],
    ['an 11-digit number whose month is no month', { identifikatorer: ['15995294243'] }, '/identifikatorer/0'],
  ];
  for (const [hva, body, felt] of ugyldige) {
    test(`POST /regelverk with ${hva} → 400 UGYLDIG_FORESPOERSEL naming ${felt}`, async () => {
      const res = await slaaOpp(body);
      expect(res.status, res.text).toBe(400);
      expect(res.body.kode).toBe('UGYLDIG_FORESPOERSEL');
      expect(res.body.detaljer.map((d: any) => d.felt), res.text).toContain(felt);
    });
  }

  test('every bad identifier of a list is named, not just the first', async () => {
    const res = await slaaOpp({ identifikatorer: [medFeilKontrollsiffer(fri.foedselsnummer), LAAST_PERSON, medFeilKontrollsiffer(fri.organisasjonsnummer)] });
    expect(res.status).toBe(400);
    expect(res.body.detaljer.map((d: any) => d.felt)).toEqual(['/identifikatorer/0', '/identifikatorer/2']);
    expect(res.body.detaljer[1].melding).toMatch(/organisasjonsnummer: check digit is \d, expected \d/);
  });

  test('exactly 100 identifiers are accepted', async () => {
    const hundre = [...laastePersoner().slice(0, 50), ...ulaaste(50, 9).map((r) => r.foedselsnummer)];
    const res = await slaaOpp({ identifikatorer: hundre });
    expect(res.status).toBe(200);
    expect(res.body.resultater).toHaveLength(100);
  });

  for (const [hva, id] of [['ten digits', '1234567890'], ['letters', 'abcdefghijk'], ['a wrong check digit', medFeilKontrollsiffer(LAAST_PERSON)]] as const) {
    test(`GET /regelverk/{identifikator} with ${hva} → 400 naming identifikator`, async () => {
      const res = await hent(id);
      expect(res.status).toBe(400);
      expect(res.body.detaljer.map((d: any) => d.felt)).toEqual(['identifikator']);
    });
  }

  test('a body that is not JSON, or not declared JSON, → 400', async () => {
    const tekst = await call(sb.sandbox, BK, '/regelverk', { method: 'POST', token, raw: '{"identifikatorer": [', headers: { 'content-type': 'application/json' }, operationId: 'slaaOppRegelverk' });
    expect(tekst.status).toBe(400);
    const type = await call(sb.sandbox, BK, '/regelverk', { method: 'POST', token, raw: JSON.stringify({ identifikatorer: [LAAST_PERSON] }), headers: { 'content-type': 'text/plain' }, operationId: 'slaaOppRegelverk' });
    expect(type.status).toBe(400);
    expect(type.body.detaljer[0].felt).toBe('Content-Type');
  });
});

test.describe('access and unknown paths', () => {
  test('no token → 401 with WWW-Authenticate; a token for another scope → 403 DAS-008', async () => {
    const uten = await slaaOpp({ identifikatorer: [LAAST_PERSON] }, null);
    expect(uten.status).toBe(401);
    expect(uten.headers.get('www-authenticate')).toBe('Bearer');
    const feil = await hent(LAAST_PERSON, await sb.token('trekkpaalegg'));
    expect(feil.status).toBe(403);
    expect(feil.body.kode).toBe('DAS-008');
  });

  test('unknown paths → 404 DAS-002; the wrong method → 405 with Allow', async () => {
    for (const path of ['/api/utleggsbegjaering-betjeningskartet/v1/skyldnere', '/api/utleggsbegjaering-betjeningskartet/v2/regelverk', `/api/utleggsbegjaering-betjeningskartet/v1/regelverk/${LAAST_PERSON}/x`]) {
      const res = await call(sb.sandbox, BK, path, { token, feilkroppSom: { operationId: 'hentRegelverk', status: 404 } });
      expect(res.status, path).toBe(404);
      expect(res.body.kode).toBe('DAS-002');
    }
    const get = await call(sb.sandbox, BK, '/regelverk', { token, feilkroppSom: { operationId: 'slaaOppRegelverk', status: 400 } });
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
  });
});

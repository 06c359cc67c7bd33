import { test, expect } from '@playwright/test';
import { call, startSandbox, TESTKLIENT_ORG, type Running } from './sandbox-support.ts';
import { ContractValidator, formatViolations } from '../../src/contract/index.ts';
import { loadSpec } from '../../src/spec/document.ts';
import { createRandom } from '../../generators/random.ts';
import { generateUtbetalinger } from '../../generators/feeds/kravogbetalinger.ts';
import { RETTIGHETSPAKKER } from '../../sandbox/state/samtykker.ts';
import {
  KRAV_TESTORGANISASJONER, KRAV_TESTPERSONER, PART_UTEN_SAMTYKKE, PERSON_UTEN_SAMTYKKE, UTBETALINGSEKSEMPEL_PART,
} from '../../sandbox/state/seed.ts';
import { kbSvarBrudd, svarform, xmlBrudd } from '../support/kravogbetalinger.ts';

const KB = 'kravogbetalinger';
let sb: Running;
let token: string;
let systembruker: string;

test.beforeAll(async () => {
  sb = await startSandbox();
  token = await sb.token(KB);
  systembruker = await sb.token(KB, TESTKLIENT_ORG);
});
test.afterAll(async () => sb?.sandbox.close());

const hent = (path: string, operationId: string, options: { headers?: Record<string, string>; t?: string } = {}) =>
  call(sb.sandbox, KB, path, { token: options.t ?? token, headers: options.headers, operationId });
const PERIODE = 'fraOgMed=2024-01-01&tilOgMed=2024-12-31';
const P = { fraOgMed: '2024-01-01', tilOgMed: '2024-12-31' };

/** The four lookups as path suffix, operationId for organisations, the list in the answer. */
const ARTER = [
  { sti: 'aapnekrav', op: 'hentAapneKrav', liste: 'aapentKravMedGjenstaaendeBeloep', periode: false },
  { sti: 'krav', op: 'hentKrav', liste: 'krav', periode: true },
  { sti: 'innbetalinger', op: 'hentInnbetalinger', liste: 'innbetaling', periode: true },
  { sti: 'utbetalinger', op: 'hentUtbetalinger', liste: 'utbetaling', periode: true },
] as const;
const URENE = '02919293341'; // synthetic, valid check digits, no data in the sandbox

function lenke(pakke: string, id: string, art: (typeof ARTER)[number], query = PERIODE) {
  const person = id.length === 11;
  return {
    path: `/${pakke}/${person ? 'person/' : ''}${id}/${art.sti}${art.periode ? `?${query}` : ''}`,
    operationId: person ? `${art.op}ForPerson` : art.op,
  };
}
const tokenFor = (pakke: string) => (RETTIGHETSPAKKER[pakke].systembruker ? systembruker : token);

test('the sandbox has rules for exactly the rettighetspakker the document names', () => {
  const enumen = loadSpec(KB).doc.components.parameters.rettighetspakke.schema.enum;
  expect(Object.keys(RETTIGHETSPAKKER).sort()).toEqual([...enumen].sort());
});

test('every test organisation has all four lookups under every rettighetspakke, each answer as the rules say', async () => {
  for (const part of KRAV_TESTORGANISASJONER) {
    for (const pakke of Object.keys(RETTIGHETSPAKKER)) {
      for (const art of ARTER) {
        const { path, operationId } = lenke(pakke, part, art);
        const res = await hent(path, operationId, { t: tokenFor(pakke) });
        expect(res.status, path).toBe(200);
        expect(res.body[art.liste].length, path).toBeGreaterThan(0);
        expect(kbSvarBrudd(operationId, res.body, part, art.periode ? P : undefined), path).toEqual([]);
      }
    }
  }
});

test('every test person has all four lookups under finans, with the same answer shape as an organisation', async () => {
  for (const person of KRAV_TESTPERSONER) {
    expect(person.slice(2, 4) >= '81' && person.slice(2, 4) <= '92', `${person} is Tenor-style`).toBe(true);
    for (const art of ARTER) {
      const { path, operationId } = lenke('finans', person, art);
      const res = await hent(path, operationId);
      expect(res.status, path).toBe(200);
      expect(res.body[art.liste].length, path).toBeGreaterThan(0);
      expect(kbSvarBrudd(operationId, res.body, person, art.periode ? P : undefined), path).toEqual([]);
      const org = await hent(lenke('finans', '310478717', art).path, art.op);
      expect(svarform(res.body, art.liste).topp, path).toEqual(svarform(org.body, art.liste).topp);
    }
  }
});

test('a person\'s claims are of kinds a person owes, the example person\'s include the official example\'s', async () => {
  const res = await hent('/finans/person/04827896468/krav?fraOgMed=2023-01-01&tilOgMed=2023-12-31', 'hentKravForPerson');
  expect(res.body.krav.map((k: any) => k.kravidentifikator)).toEqual(['krav-1234']);
  const alle = await hent(`/finans/person/44926701751/krav?${PERIODE}`, 'hentKravForPerson');
  for (const k of alle.body.krav) expect(['RESTSKATT', 'FORSKUDDSSKATT', 'TILLEGGSSKATT']).toContain(k.kravtype);
});

test('utbetalinger: dated in the period, each the sum of its credit claims; the page\'s example answers once for its period', async () => {
  const res = await hent(`/finans/212201782/utbetalinger?${PERIODE}`, 'hentUtbetalinger');
  for (const u of res.body.utbetaling) {
    expect(u.utbetaltdato >= '2024-01-01' && u.utbetaltdato <= '2024-12-31').toBe(true);
    const sum = u.grunnlagForUtbetaling.kreditKrav.reduce((s: number, k: any) => s + Math.round(k.utbetaltBeloep * 100), 0);
    expect(Math.round(u.utbetaltBeloep * 100)).toBe(sum);
    expect(u.betaltTil.konto.kontoeiersNavn).toBe('TRYGG STØDIG ANKER');
  }
  const eksempel = await hent(`/finans/${UTBETALINGSEKSEMPEL_PART}/utbetalinger?fraOgMed=2023-01-01&tilOgMed=2023-09-01`, 'hentUtbetalinger');
  expect(eksempel.body.utbetaling).toHaveLength(1);
  expect(eksempel.body.utbetaling[0]).toMatchObject({ utbetalingsidentifikator: '147654', utbetaltBeloep: 62374, utbetalingstatus: 'bekreftet' });
});

test('kbSvarBrudd reports a payment out of the period and one that is not the sum of its credit claims', () => {
  const body = {
    partIdentifikator: '310478717', periode: P,
    utbetaling: [
      { utbetalingsidentifikator: '1', utbetaltdato: '2023-12-31', utbetaltBeloep: 10, grunnlagForUtbetaling: { kreditKrav: [{ utbetaltBeloep: 10 }] } },
      { utbetalingsidentifikator: '2', utbetaltdato: '2024-05-01', utbetaltBeloep: 10.01, grunnlagForUtbetaling: { kreditKrav: [{ utbetaltBeloep: 5 }, { utbetaltBeloep: 5 }] } },
    ],
  };
  const brudd = kbSvarBrudd('hentUtbetalingerForPerson', body, '310478717', P);
  expect(brudd).toEqual([expect.stringContaining('/utbetaling/0/utbetaltdato'), expect.stringContaining('/utbetaling/1/utbetaltBeloep')]);
});

test('the seed example URL answers with the seed example claim', async () => {
  const res = await hent('/finans/212201782/krav?fraOgMed=2023-01-01&tilOgMed=2023-09-01', 'hentKrav');
  expect(res.status).toBe(200);
  expect(res.body.krav.map((k: any) => k.kravidentifikator)).toEqual(['krav-1234']);
});

test('Accept: XML gives an XML rendering that fits the schema, for all eight lookups; JSON, */* and no Accept give JSON', async () => {
  const xml = await hent('/finans/310478717/aapnekrav', 'hentAapneKrav', { headers: { accept: 'application/xml' } });
  expect(xml.contentType).toContain('application/xml');
  expect(xml.text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><AapneKrav><partIdentifikator>310478717<\/partIdentifikator>/);
  for (const id of ['310478717', '04827896468']) {
    for (const art of ARTER) {
      const { path, operationId } = lenke('finans', id, art);
      const res = await hent(path, operationId, { headers: { accept: 'application/xml' } });
      expect(res.status, path).toBe(200);
      expect(xmlBrudd(operationId, res.text), path).toEqual([]);
    }
  }
  for (const accept of ['application/json', '*/*', 'application/*', 'text/html, application/json;q=0.5']) {
    const res = await hent('/finans/310478717/aapnekrav', 'hentAapneKrav', { headers: { accept } });
    expect(res.contentType, accept).toContain('application/json');
  }
});

test('xmlBrudd finds a wrong root, a value of the wrong type and XML that is not well-formed', () => {
  expect(xmlBrudd('hentKrav', '<?xml version="1.0"?><KravIPeriode><partIdentifikator>310478717</partIdentifikator></KravIPeriode>')).toEqual([]);
  expect(xmlBrudd('hentKrav', '<AapneKrav><partIdentifikator>310478717</partIdentifikator></AapneKrav>').join()).toContain('root is <AapneKrav>');
  expect(xmlBrudd('hentKrav', '<KravIPeriode><partIdentifikator>310478717</partIdentifikator><skjermet>kanskje</skjermet></KravIPeriode>').join()).toContain('/skjermet');
  expect(xmlBrudd('hentKrav', '<KravIPeriode><partIdentifikator>310478717</KravIPeriode>').join()).toContain('closes');
  expect(xmlBrudd('hentUtbetalinger', '<UtbetalingerIPeriode><partIdentifikator>1</partIdentifikator><utbetaling><utbetaltBeloep>x</utbetaltBeloep></utbetaling></UtbetalingerIPeriode>').join()).toMatch(/utbetaling\/0/);
});

test('KB-003: an unknown path under the API, also without the version', async () => {
  const paths = [
    '/api/innkreving/kravogbetalinger/v1/finans/310478717/betalinger', '/api/innkreving/kravogbetalinger/v1/finans/person/04827896468',
    '/api/innkreving/kravogbetalinger/v2/finans/310478717/aapnekrav', '/api/innkreving/kravogbetalinger',
  ];
  for (const path of paths) {
    const res = await call(sb.sandbox, KB, path, { token, feilkroppSom: { operationId: 'hentAapneKrav', status: 404 } });
    expect(res.status, path).toBe(404);
    expect(res.body.kode).toBe('KB-003');
  }
});

test('KB-004: no token, a malformed one, or one from another Maskinporten', async () => {
  const annen = await startSandbox();
  try {
    const fremmed = await annen.token(KB);
    for (const authorization of [undefined, 'Bearer', 'Bearer abc.def.ghi', 'Basic dXNlcjpwYXNz', `Bearer ${fremmed}`]) {
      for (const [path, operationId] of [['/finans/310478717/aapnekrav', 'hentAapneKrav'], ['/finans/person/04827896468/utbetalinger?' + PERIODE, 'hentUtbetalingerForPerson']]) {
        const res = await call(sb.sandbox, KB, path, { headers: authorization ? { authorization } : {}, operationId });
        expect(res.status, `${path} ${authorization}`).toBe(401);
        expect(res.body.kode).toBe('KB-004');
      }
    }
  } finally {
    await annen.sandbox.close();
  }
});

test('KB-005: no consent, a token without the scope, no systembruker for regnskapssystem, a package without persons', async () => {
  const nekt = async (path: string, operationId: string, t: string, hvorfor: RegExp) => {
    const res = await hent(path, operationId, { t });
    expect(res.status, path).toBe(403);
    expect(res.body.kode, path).toBe('KB-005');
    expect(res.body.melding, path).toMatch(hvorfor);
  };
  await nekt(`/finans/${PART_UTEN_SAMTYKKE}/aapnekrav`, 'hentAapneKrav', token, /consent/);
  await nekt(`/finans/person/${PERSON_UTEN_SAMTYKKE}/utbetalinger?${PERIODE}`, 'hentUtbetalingerForPerson', token, /consent/);
  await nekt('/regnskapssystem/310478717/utbetalinger?' + PERIODE, 'hentUtbetalinger', token, /systembruker/);
  for (const pakke of ['regnskapssystem', 'lovfestetrevisjon']) {
    await nekt(`/${pakke}/person/04827896468/aapnekrav`, 'hentAapneKravForPerson', systembruker, /persons/);
    // Also for a person nobody has: the refusal does not tell whether the person exists.
    await nekt(`/${pakke}/person/${URENE}/aapnekrav`, 'hentAapneKravForPerson', systembruker, /persons/);
  }
  const feilScope = await hent('/finans/310478717/aapnekrav', 'hentAapneKrav', { t: await sb.token('utleggsbegjaering') });
  expect(feilScope.status).toBe(403);
  expect(feilScope.body.kode).toBe('KB-005');
});

test('consent is asked by finans only: the party itself, regnskapssystem and lovfestetrevisjon see a party without consent', async () => {
  const selv = await hent(`/finans/${PART_UTEN_SAMTYKKE}/aapnekrav`, 'hentAapneKrav', { t: await sb.token(KB, PART_UTEN_SAMTYKKE) });
  expect(selv.status).toBe(200);
  expect((await hent(`/regnskapssystem/${PART_UTEN_SAMTYKKE}/krav?${PERIODE}`, 'hentKrav', { t: systembruker })).status).toBe(200);
  expect((await hent(`/lovfestetrevisjon/${PART_UTEN_SAMTYKKE}/krav?${PERIODE}`, 'hentKrav')).status).toBe(200);
});

test('KB-006: a period over one year, reversed, missing or malformed dates, bad identifiers, for every period lookup', async () => {
  const tilfeller: Array<[string, string, string]> = [
    ['/finans/310478717/innbetalinger?fraOgMed=2024-01-01', 'hentInnbetalinger', 'tilOgMed'],
    ['/finans/310478717/krav?fraOgMed=2024-13-01&tilOgMed=2024-12-31', 'hentKrav', 'fraOgMed'],
    ['/finans/31047871/aapnekrav', 'hentAapneKrav', 'partIdentifikator'],
    ['/finans/04827896468/aapnekrav', 'hentAapneKrav', 'partIdentifikator'],
    ['/finans/person/310478717/aapnekrav', 'hentAapneKravForPerson', 'personidentifikator'],
    ['/bank/310478717/aapnekrav', 'hentAapneKrav', 'rettighetspakke'],
    ['/bank/person/04827896468/krav?' + PERIODE, 'hentKravForPerson', 'rettighetspakke'],
  ];
  for (const id of ['310478717', '04827896468']) {
    for (const art of ARTER.filter((a) => a.periode)) {
      for (const query of ['fraOgMed=2024-01-01&tilOgMed=2025-01-02', 'fraOgMed=2024-06-01&tilOgMed=2024-05-31', 'tilOgMed=2024-12-31']) {
        const { path, operationId } = lenke('finans', id, art, query);
        tilfeller.push([path, operationId, query.startsWith('til') ? 'fraOgMed' : 'tilOgMed']);
      }
    }
  }
  for (const [path, operationId, felt] of tilfeller) {
    const res = await hent(path, operationId);
    expect(res.status, path).toBe(400);
    expect(res.body.kode).toBe('KB-006');
    expect(res.body.detaljer.map((d: any) => d.felt), path).toContain(felt);
  }
  // Exactly one year is allowed, for persons and for payments out too.
  for (const id of ['310478717', '04827896468']) {
    for (const art of ARTER.filter((a) => a.periode)) {
      const { path, operationId } = lenke('finans', id, art, 'fraOgMed=2024-01-01&tilOgMed=2025-01-01');
      expect((await hent(path, operationId)).status, path).toBe(200);
    }
  }
});

test('KB-007: nothing in the period, for every period lookup of organisations and persons', async () => {
  for (const id of ['310478717', '04827896468']) {
    for (const art of ARTER.filter((a) => a.periode)) {
      const { path, operationId } = lenke('finans', id, art, 'fraOgMed=2020-01-01&tilOgMed=2020-12-31');
      const res = await hent(path, operationId);
      expect(res.status, path).toBe(404);
      expect(res.body.kode).toBe('KB-007');
    }
  }
});

test('KB-008: an Accept that is neither JSON nor XML', async () => {
  for (const accept of ['text/html', 'application/pdf', 'application/json;q=0']) {
    for (const [path, operationId] of [['/finans/310478717/aapnekrav', 'hentAapneKrav'], [`/finans/person/04827896468/utbetalinger?${PERIODE}`, 'hentUtbetalingerForPerson']]) {
      const res = await hent(path, operationId, { headers: { accept } });
      expect(res.status, accept).toBe(406);
      expect(res.body.kode).toBe('KB-008');
    }
  }
});

test('KB-009: a well-formed identifier the sandbox has no data for, organisation or person', async () => {
  for (const [path, operationId, felt] of [
    ['/finans/311758489/aapnekrav', 'hentAapneKrav', 'partIdentifikator'],
    [`/lovfestetrevisjon/311758489/utbetalinger?${PERIODE}`, 'hentUtbetalinger', 'partIdentifikator'],
    [`/finans/person/${URENE}/aapnekrav`, 'hentAapneKravForPerson', 'personidentifikator'],
    [`/finans/person/${URENE}/utbetalinger?${PERIODE}`, 'hentUtbetalingerForPerson', 'personidentifikator'],
  ]) {
    const res = await hent(path, operationId);
    expect(res.status, path).toBe(404);
    expect(res.body.kode).toBe('KB-009');
    expect(res.body.detaljer.map((d: any) => d.felt)).toEqual([felt]);
  }
});

test('KB-001: an unexpected exception, with nothing from inside', async () => {
  const { KravRegister } = await import('../../sandbox/state/krav.ts');
  const original = KravRegister.prototype.har;
  KravRegister.prototype.har = () => {
    throw new TypeError('Cannot read properties of undefined (reading "x") at krav.ts:1');
  };
  try {
    const res = await hent('/finans/310478717/aapnekrav', 'hentAapneKrav');
    expect(res.status).toBe(500);
    expect(res.body.kode).toBe('KB-001');
    expect(res.text).not.toContain('krav.ts');
  } finally {
    KravRegister.prototype.har = original;
  }
});

test('generateUtbetalinger: valid answers, dated in the period, the amounts add up, persons get persons\' kinds', () => {
  const v = ContractValidator.forApi(KB);
  for (const seed of [1, 2, 3, 99]) {
    const faker = createRandom(seed);
    for (const partIdentifikator of ['310478717', '44926701751']) {
      const periode = { fraOgMed: '2024-03-01', tilOgMed: '2024-09-30' };
      const utbetaling = generateUtbetalinger(faker, { partIdentifikator, count: 25, ...periode });
      const body = { partIdentifikator, periode, skjermet: false, utbetaling };
      const result = v.validateResponse('hentUtbetalinger', { status: 200, contentType: 'application/json', body });
      expect(result.valid, formatViolations(result.violations)).toBe(true);
      expect(kbSvarBrudd('hentUtbetalinger', body, partIdentifikator, periode)).toEqual([]);
      for (const u of utbetaling) {
        for (const k of u.grunnlagForUtbetaling.kreditKrav) {
          expect(Math.round(-k.opprinneligBeloep * 100)).toBe(Math.round((k.utbetaltBeloep + k.gjenstaaendeBeloep) * 100));
          if (partIdentifikator.length === 11) expect(k.kravtype).not.toBe('MERVERDIAVGIFT_TILB');
        }
      }
    }
  }
  expect(() => generateUtbetalinger(createRandom(1), { partIdentifikator: '123', count: 1 })).toThrow(/partIdentifikator must be 9 or 11 digits/);
  expect(() => generateUtbetalinger(createRandom(1), { partIdentifikator: '310478717', count: 1, fraOgMed: '2024-02-01', tilOgMed: '2024-01-01' })).toThrow(/before fraOgMed/);
});

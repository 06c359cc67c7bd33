import { test, expect } from '@playwright/test';
import { call, startSandbox, type Running } from './sandbox-support.ts';
import { PART_UTEN_SAMTYKKE, KRAV_TESTORGANISASJONER } from '../../sandbox/state/seed.ts';

const KB = 'kravogbetalinger';
let sb: Running;
let token: string;

test.beforeAll(async () => {
  sb = await startSandbox();
  token = await sb.token(KB);
});
test.afterAll(async () => sb?.sandbox.close());

const hent = (path: string, operationId: string, options: { headers?: Record<string, string>; t?: string } = {}) =>
  call(sb.sandbox, KB, path, { token: options.t ?? token, headers: options.headers, operationId });
const PERIODE = 'fraOgMed=2024-01-01&tilOgMed=2024-12-31';

test('every test organisation has open claims, claims and payments under both rettighetspakker', async () => {
  for (const part of KRAV_TESTORGANISASJONER) {
    for (const pakke of ['finans', 'regnskapssystem']) {
      const aapne = await hent(`/${pakke}/${part}/aapnekrav`, 'hentAapneKrav');
      expect(aapne.status).toBe(200);
      expect(aapne.body.partIdentifikator).toBe(part);
      expect(aapne.body.aapentKravMedGjenstaaendeBeloep.length).toBeGreaterThan(0);
      expect(aapne.body.aapentKravMedGjenstaaendeBeloep.every((k: any) => k.gjenstaaendeBeloep !== 0)).toBe(true);
      const krav = await hent(`/${pakke}/${part}/krav?${PERIODE}`, 'hentKrav');
      expect(krav.status).toBe(200);
      expect(krav.body.periode).toEqual({ fraOgMed: '2024-01-01', tilOgMed: '2024-12-31' });
      expect(krav.body.krav.every((k: any) => k.opprettelsesdatoForKrav >= '2024-01-01' && k.opprettelsesdatoForKrav <= '2024-12-31')).toBe(true);
      const inn = await hent(`/${pakke}/${part}/innbetalinger?${PERIODE}`, 'hentInnbetalinger');
      expect(inn.status).toBe(200);
      expect(inn.body.innbetaling.length).toBeGreaterThan(0);
    }
  }
});

test('the seed example URL answers with the seed example claim', async () => {
  const res = await hent('/finans/212201782/krav?fraOgMed=2023-01-01&tilOgMed=2023-09-01', 'hentKrav');
  expect(res.status).toBe(200);
  expect(res.body.krav.map((k: any) => k.kravidentifikator)).toEqual(['krav-1234']);
});

test('Accept: XML gives an XML rendering; JSON, */* and no Accept give JSON', async () => {
  const xml = await hent('/finans/310478717/aapnekrav', 'hentAapneKrav', { headers: { accept: 'application/xml' } });
  expect(xml.status).toBe(200);
  expect(xml.contentType).toContain('application/xml');
  expect(xml.text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><AapneKrav><partIdentifikator>310478717<\/partIdentifikator>/);
  for (const accept of ['application/json', '*/*', 'application/*', 'text/html, application/json;q=0.5']) {
    const res = await hent('/finans/310478717/aapnekrav', 'hentAapneKrav', { headers: { accept } });
    expect(res.contentType, accept).toContain('application/json');
  }
});

test('KB-003: an unknown path under the API, also without the version', async () => {
  for (const path of ['/api/innkreving/kravogbetalinger/v1/finans/310478717/utbetalinger', '/api/innkreving/kravogbetalinger/v2/finans/310478717/aapnekrav', '/api/innkreving/kravogbetalinger']) {
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
      const res = await call(sb.sandbox, KB, '/finans/310478717/aapnekrav', { headers: authorization ? { authorization } : {}, operationId: 'hentAapneKrav' });
      expect(res.status, authorization).toBe(401);
      expect(res.body.kode).toBe('KB-004');
    }
  } finally {
    await annen.sandbox.close();
  }
});

test('KB-005: no consent from the documented party, and a token without the scope', async () => {
  const res = await hent(`/finans/${PART_UTEN_SAMTYKKE}/aapnekrav`, 'hentAapneKrav');
  expect(res.status).toBe(403);
  expect(res.body.kode).toBe('KB-005');
  // The party itself may look itself up.
  const selv = await hent(`/finans/${PART_UTEN_SAMTYKKE}/aapnekrav`, 'hentAapneKrav', { t: await sb.token(KB, PART_UTEN_SAMTYKKE) });
  expect(selv.status).toBe(200);
  const feilScope = await hent('/finans/310478717/aapnekrav', 'hentAapneKrav', { t: await sb.token('utleggsbegjaering') });
  expect(feilScope.status).toBe(403);
  expect(feilScope.body.kode).toBe('KB-005');
});

test('KB-006: a period over one year, reversed, missing or malformed dates, bad identifiers', async () => {
  const tilfeller: Array<[string, string]> = [
    ['/finans/310478717/krav?fraOgMed=2024-01-01&tilOgMed=2025-01-02', 'tilOgMed'],
    ['/finans/310478717/krav?fraOgMed=2024-06-01&tilOgMed=2024-05-31', 'tilOgMed'],
    ['/finans/310478717/innbetalinger?fraOgMed=2024-01-01', 'tilOgMed'],
    ['/finans/310478717/krav?fraOgMed=2024-13-01&tilOgMed=2024-12-31', 'fraOgMed'],
    ['/finans/31047871/aapnekrav', 'partIdentifikator'],
    ['/bank/310478717/aapnekrav', 'rettighetspakke'],
  ];
  for (const [path, felt] of tilfeller) {
    const operationId = path.includes('/krav?') ? 'hentKrav' : path.includes('innbetalinger') ? 'hentInnbetalinger' : 'hentAapneKrav';
    const res = await hent(path, operationId);
    expect(res.status, path).toBe(400);
    expect(res.body.kode).toBe('KB-006');
    expect(res.body.detaljer.map((d: any) => d.felt), path).toContain(felt);
  }
  // Exactly one year is allowed.
  expect((await hent('/finans/310478717/krav?fraOgMed=2024-01-01&tilOgMed=2025-01-01', 'hentKrav')).status).toBe(200);
});

test('KB-007: nothing in the period', async () => {
  for (const op of ['krav', 'innbetalinger']) {
    const res = await hent(`/finans/310478717/${op}?fraOgMed=2020-01-01&tilOgMed=2020-12-31`, op === 'krav' ? 'hentKrav' : 'hentInnbetalinger');
    expect(res.status).toBe(404);
    expect(res.body.kode).toBe('KB-007');
  }
});

test('KB-008: an Accept that is neither JSON nor XML', async () => {
  for (const accept of ['text/html', 'application/pdf', 'application/json;q=0']) {
    const res = await hent('/finans/310478717/aapnekrav', 'hentAapneKrav', { headers: { accept } });
    expect(res.status, accept).toBe(406);
    expect(res.body.kode).toBe('KB-008');
  }
});

test('KB-009: a well-formed identifier the sandbox has no data for', async () => {
  for (const part of ['311758489', '04827896468']) {
    const res = await hent(`/finans/${part}/aapnekrav`, 'hentAapneKrav');
    expect(res.status).toBe(404);
    expect(res.body.kode).toBe('KB-009');
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

import { expect, test } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { BetjeningskartetClient } from '../../src/clients/betjeningskartet.ts';
import { ContractValidator } from '../../src/contract/index.ts';
import { HttpClient } from '../../src/http/client.ts';
import { loadSpec } from '../../src/spec/document.ts';
import { specsDir } from '../../src/spec/files.ts';
import { laastePersoner, ulaaste } from '../support/betjeningskartet.ts';
import { startSandbox, type Running } from './sandbox-support.ts';

// As tests/unit/published-document.spec.ts for Utleggsbegjæring: Skatteetaten's document for
// Betjeningskartet (SwaggerHub utleggsbegjaering-betjeningskartet-api) replaces ours through
// versions.json. The stand-in is ours with other paths and operationIds; the sandbox, the client and the
// validator must follow it.
const THEIR_IDS: Record<string, string> = {
  slaaOppRegelverk: 'hentRegelverkForSkyldnere',
  hentRegelverk: 'hentRegelverkForSkyldner',
};
const THEIR_PATHS: Record<string, string> = {
  '/regelverk': '/skyldnere/regelverk',
  '/regelverk/{identifikator}': '/skyldnere/{identifikator}/regelverk',
};

let dir: string;
let running: Running;
const saved = process.env.CONFORMANCE_SPECS_DIR;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'published-betjeningskartet-'));
  cpSync(specsDir(), dir, { recursive: true });
  const doc = parseYaml(readFileSync(join(dir, 'betjeningskartet.yaml'), 'utf8'));
  const paths: Record<string, unknown> = {};
  for (const [path, item] of Object.entries<Record<string, any>>(doc.paths)) {
    for (const op of Object.values<any>(item)) if (op?.operationId) op.operationId = THEIR_IDS[op.operationId];
    paths[THEIR_PATHS[path]] = item;
  }
  doc.paths = paths;
  writeFileSync(join(dir, 'publisert-betjeningskartet-v1.json'), JSON.stringify(doc));
  const manifest = JSON.parse(readFileSync(join(dir, 'versions.json'), 'utf8'));
  Object.assign(manifest.betjeningskartet.versions.v1, { spec: 'publisert-betjeningskartet-v1.json', publisert: true, operationIds: THEIR_IDS });
  writeFileSync(join(dir, 'versions.json'), JSON.stringify(manifest));
  process.env.CONFORMANCE_SPECS_DIR = dir;
  running = await startSandbox({ now: () => new Date('2026-06-15T10:00:00Z') });
});

test.afterAll(async () => {
  await running?.sandbox.close();
  if (saved === undefined) delete process.env.CONFORMANCE_SPECS_DIR;
  else process.env.CONFORMANCE_SPECS_DIR = saved;
  rmSync(dir, { recursive: true, force: true });
});

test('the loader renames the published operationIds to ours and keeps the published paths', () => {
  const spec = loadSpec('betjeningskartet');
  expect(spec.publisert).toBe(true);
  expect(spec.operations.get('slaaOppRegelverk')?.fullPath).toBe('/api/utleggsbegjaering-betjeningskartet/v1/skyldnere/regelverk');
  expect(spec.operations.get('hentRegelverk')?.fullPath).toBe('/api/utleggsbegjaering-betjeningskartet/v1/skyldnere/{identifikator}/regelverk');
  expect(spec.operations.has('hentRegelverkForSkyldnere')).toBe(false);
});

test('a client calling our operationIds reaches the published paths, and the sandbox answers by them', async () => {
  const http = new HttpClient({ baseUrl: running.sandbox.url });
  const client = new BetjeningskartetClient('betjeningskartet', http, () => running.token('betjeningskartet'));
  const [laast] = laastePersoner();
  const [{ foedselsnummer: fri }] = ulaaste(1, 3);
  const validator = ContractValidator.forApi('betjeningskartet');

  const liste = await client.slaaOpp([laast, fri]);
  expect(liste.status, liste.text).toBe(200);
  expect(new URL(liste.exchange!.request.url).pathname).toBe('/api/utleggsbegjaering-betjeningskartet/v1/skyldnere/regelverk');
  expect((liste.body as { resultater: { regelverk: string }[] }).resultater.map((r) => r.regelverk)).toEqual(['gammelt', 'nytt']);
  expect(validator.validateResponse('slaaOppRegelverk', { status: liste.status, contentType: liste.contentType, body: liste.body }).violations).toEqual([]);

  const en = await client.hent(laast);
  expect(en.status, en.text).toBe(200);
  expect(validator.validateResponse('hentRegelverk', { status: en.status, contentType: en.contentType, body: en.body }).violations).toEqual([]);

  const feil = await client.hent('123');
  expect(feil.status).toBe(400);
  expect(validator.validateResponse('hentRegelverk', { status: feil.status, contentType: feil.contentType, body: feil.body }).violations).toEqual([]);

  const token = await running.token('betjeningskartet');
  const old = await fetch(`${running.sandbox.url}/api/utleggsbegjaering-betjeningskartet/v1/regelverk/${laast}`, { headers: { authorization: `Bearer ${token}` } });
  expect(old.status, 'our own path is not served when the published document says otherwise').toBe(404);
});

test('a mapping to an operationId the document does not have is one clear error naming it', () => {
  const manifest = JSON.parse(readFileSync(join(dir, 'versions.json'), 'utf8'));
  manifest.betjeningskartet.versions.v1.operationIds = { ...THEIR_IDS, hentRegelverk: 'finnesIkke' };
  const other = mkdtempSync(join(tmpdir(), 'published-betjeningskartet-bad-'));
  try {
    cpSync(dir, other, { recursive: true });
    writeFileSync(join(other, 'versions.json'), JSON.stringify(manifest));
    process.env.CONFORMANCE_SPECS_DIR = other;
    expect(() => loadSpec('betjeningskartet')).toThrow(/has no operation "finnesIkke" \(specs\/versions\.json maps hentRegelverk to it\)/);
  } finally {
    process.env.CONFORMANCE_SPECS_DIR = dir;
    rmSync(other, { recursive: true, force: true });
  }
});

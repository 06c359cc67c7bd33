import { expect, test } from '@playwright/test';
import { BetjeningskartetClient } from '../../src/clients/betjeningskartet.ts';
import { ContractValidator } from '../../src/contract/index.ts';
import { HttpClient } from '../../src/http/client.ts';
import { loadSpec } from '../../src/spec/document.ts';
import { laastePersoner, ulaaste } from '../support/betjeningskartet.ts';
import { publishedCopy, withOperationIds } from './published-support.ts';
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

let published: ReturnType<typeof publishedCopy>;
let dir: string;
let running: Running;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  published = publishedCopy({ api: 'betjeningskartet', version: 'v1', operationIds: THEIR_IDS, sti: (p) => THEIR_PATHS[p] });
  dir = published.dir;
  running = await startSandbox({ now: () => new Date('2026-06-15T10:00:00Z') });
});

test.afterAll(async () => {
  await running?.sandbox.close();
  published?.restore();
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
  withOperationIds(dir, 'betjeningskartet', 'v1', { ...THEIR_IDS, hentRegelverk: 'finnesIkke' }, () => {
    expect(() => loadSpec('betjeningskartet')).toThrow(/has no operation "finnesIkke" \(specs\/versions\.json maps hentRegelverk to it\)/);
  });
});

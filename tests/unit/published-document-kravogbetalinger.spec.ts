import { expect, test } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { KravOgBetalingerClient } from '../../src/clients/apis.ts';
import { ContractValidator } from '../../src/contract/index.ts';
import { HttpClient } from '../../src/http/client.ts';
import { loadSpec } from '../../src/spec/document.ts';
import { specsDir } from '../../src/spec/files.ts';
import { startSandbox, type Running } from './sandbox-support.ts';

// As published-document.spec.ts does for Utleggsbegjæring: Skatteetaten's document on SwaggerHub
// replaces ours through versions.json. The "published" one here is ours with other paths (the page names
// none) and other operationIds, so the test shows that sandbox, client and validator follow the document.
const THEIR_IDS: Record<string, string> = {
  hentAapneKrav: 'getAapneKravVirksomhet',
  hentKrav: 'getKravVirksomhet',
  hentInnbetalinger: 'getInnbetalingerVirksomhet',
  hentUtbetalinger: 'getUtbetalingerVirksomhet',
  hentAapneKravForPerson: 'getAapneKravPerson',
  hentKravForPerson: 'getKravPerson',
  hentInnbetalingerForPerson: 'getInnbetalingerPerson',
  hentUtbetalingerForPerson: 'getUtbetalingerPerson',
};
const theirPath = (path: string) =>
  path.replace('/person/{personidentifikator}/', '/personer/{personidentifikator}/').replace('/{partIdentifikator}/', '/virksomheter/{partIdentifikator}/');

let dir: string;
let running: Running;
const saved = process.env.CONFORMANCE_SPECS_DIR;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'published-spec-kb-'));
  cpSync(specsDir(), dir, { recursive: true });
  const doc = parseYaml(readFileSync(join(dir, 'kravogbetalinger.yaml'), 'utf8'));
  const paths: Record<string, unknown> = {};
  for (const [path, item] of Object.entries<Record<string, any>>(doc.paths)) {
    for (const op of Object.values<any>(item)) if (op?.operationId) op.operationId = THEIR_IDS[op.operationId] ?? op.operationId;
    paths[theirPath(path)] = item;
  }
  doc.paths = paths;
  writeFileSync(join(dir, 'publisert-kravogbetalinger-v1.json'), JSON.stringify(doc));
  const manifest = JSON.parse(readFileSync(join(dir, 'versions.json'), 'utf8'));
  Object.assign(manifest.kravogbetalinger.versions.v1, { spec: 'publisert-kravogbetalinger-v1.json', publisert: true, operationIds: THEIR_IDS });
  writeFileSync(join(dir, 'versions.json'), JSON.stringify(manifest));
  process.env.CONFORMANCE_SPECS_DIR = dir;
  running = await startSandbox({ versions: { kravogbetalinger: 'v1' } });
});

test.afterAll(async () => {
  await running?.sandbox.close();
  if (saved === undefined) delete process.env.CONFORMANCE_SPECS_DIR;
  else process.env.CONFORMANCE_SPECS_DIR = saved;
  rmSync(dir, { recursive: true, force: true });
});

test('the loader renames the published operationIds to ours and keeps the published paths', () => {
  const spec = loadSpec('kravogbetalinger', 'v1');
  expect(spec.publisert).toBe(true);
  expect(spec.operations.get('hentUtbetalinger')?.fullPath).toBe('/api/innkreving/kravogbetalinger/v1/{rettighetspakke}/virksomheter/{partIdentifikator}/utbetalinger');
  expect(spec.operations.get('hentKravForPerson')?.fullPath).toBe('/api/innkreving/kravogbetalinger/v1/{rettighetspakke}/personer/{personidentifikator}/krav');
  expect(spec.operations.has('getKravPerson')).toBe(false);
});

test('a client calling our operationIds reaches the published paths, and the sandbox answers by them', async () => {
  const http = new HttpClient({ baseUrl: running.sandbox.url });
  const client = new KravOgBetalingerClient('kravogbetalinger', http, () => running.token('kravogbetalinger'), 'v1');
  const periode = { fraOgMed: '2024-01-01', tilOgMed: '2024-12-31' };
  const validator = ContractValidator.forApi('kravogbetalinger', 'v1');
  for (const [operationId, res] of [
    ['hentUtbetalinger', await client.hentUtbetalinger('finans', '310478717', periode)],
    ['hentAapneKravForPerson', await client.hentAapneKravForPerson('finans', '04827896468')],
    ['hentUtbetalingerForPerson', await client.hentUtbetalingerForPerson('lovfestetrevisjon', '04827896468', periode)],
  ] as const) {
    const contract = validator.validateResponse(operationId, { status: res.status, contentType: res.contentType, body: res.body });
    expect(contract.violations, operationId).toEqual([]);
    expect(res.exchange?.request.url ?? '', operationId).toMatch(/\/(virksomheter|personer)\//);
    expect(res.status, res.text).toBe(operationId === 'hentUtbetalingerForPerson' ? 403 : 200);
  }
  const old = await fetch(`${running.sandbox.url}/api/innkreving/kravogbetalinger/v1/finans/310478717/aapnekrav`, {
    headers: { authorization: `Bearer ${await running.token('kravogbetalinger')}` },
  });
  expect(old.status, 'our own path is not served when the published document says otherwise').toBe(404);
});

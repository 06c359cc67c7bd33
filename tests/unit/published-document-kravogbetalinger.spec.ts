import { expect, test } from '@playwright/test';
import { KravOgBetalingerClient } from '../../src/clients/apis.ts';
import { ContractValidator } from '../../src/contract/index.ts';
import { HttpClient } from '../../src/http/client.ts';
import { loadSpec } from '../../src/spec/document.ts';
import { publishedCopy, withOperationIds } from './published-support.ts';
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

let published: ReturnType<typeof publishedCopy>;
let dir: string;
let running: Running;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  published = publishedCopy({ api: 'kravogbetalinger', version: 'v1', operationIds: THEIR_IDS, sti: theirPath });
  dir = published.dir;
  running = await startSandbox({ versions: { kravogbetalinger: 'v1' } });
});

test.afterAll(async () => {
  await running?.sandbox.close();
  published?.restore();
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

test('a mapping to an operationId the document does not have is one clear error naming it', () => {
  withOperationIds(dir, 'kravogbetalinger', 'v1', { ...THEIR_IDS, hentUtbetalinger: 'finnesIkke' }, () => {
    expect(() => loadSpec('kravogbetalinger', 'v1')).toThrow(/has no operation "finnesIkke" \(specs\/versions\.json maps hentUtbetalinger to it\)/);
  });
});

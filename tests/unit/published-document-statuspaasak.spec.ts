import { expect, test } from '@playwright/test';
import { StatusPaaSakClient } from '../../src/clients/statuspaasak.ts';
import { ContractValidator } from '../../src/contract/index.ts';
import { HttpClient } from '../../src/http/client.ts';
import { loadSpec } from '../../src/spec/document.ts';
import { publishedCopy, withOperationIds } from './published-support.ts';
import { startSandbox, type Running } from './sandbox-support.ts';

// As tests/unit/published-document.spec.ts for Utleggsbegjæring: Skatteetaten's published Status på sak
// document (SwaggerHub utleggsbegjaering-status-paa-sak-api) replaces ours through versions.json. The
// stand-in is ours with another base path, another path and another operationId.
const THEIR_IDS: Record<string, string> = { hentStatusPaaSak: 'hentSakstatus' };
const THEIR_BASE = '/api/innkreving/utleggsbegjaering/status/v1';

let published: ReturnType<typeof publishedCopy>;
let dir: string;
let running: Running;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  published = publishedCopy({ api: 'statuspaasak', version: 'v1', operationIds: THEIR_IDS, basePath: THEIR_BASE, sti: () => '/sak/{eksternSaksreferanse}/status' });
  dir = published.dir;
  running = await startSandbox({ versions: { statuspaasak: 'v1' } });
});

test.afterAll(async () => {
  await running?.sandbox.close();
  published?.restore();
});

test('the loader renames the published operationId to ours and keeps the published base path and path', () => {
  const spec = loadSpec('statuspaasak', 'v1');
  expect(spec.publisert).toBe(true);
  expect(spec.operations.get('hentStatusPaaSak')?.fullPath).toBe(`${THEIR_BASE}/sak/{eksternSaksreferanse}/status`);
  expect(spec.operations.has('hentSakstatus')).toBe(false);
});

test('the client reaches the published path, the sandbox answers there, and the validator checks by it', async () => {
  const http = new HttpClient({ baseUrl: running.sandbox.url });
  const client = new StatusPaaSakClient('statuspaasak', http, () => running.token('statuspaasak'), 'v1');
  const res = await client.hentStatus('TEST_SAK_BESLUTTET');
  expect(res.status, res.text).toBe(200);
  expect((res.body as { saksstatus: string }).saksstatus).toBe('sakBesluttet');
  const contract = ContractValidator.forApi('statuspaasak', 'v1').validateResponse('hentStatusPaaSak', { status: res.status, contentType: res.contentType, body: res.body });
  expect(contract.violations).toEqual([]);
  const ukjent = await client.hentStatus('TEST_UGYLDIG');
  expect(ukjent.status).toBe(404);

  const token = await running.token('statuspaasak');
  const old = await fetch(`${running.sandbox.url}/api/utleggsbegjaering-status-paa-sak/v1/saker/TEST_SAK_BESLUTTET`, { headers: { authorization: `Bearer ${token}` } });
  expect(old.status, 'our own path is not served when the published document says otherwise').toBe(404);
});

test('a mapping to an operationId the document does not have is one clear error naming it', () => {
  withOperationIds(dir, 'statuspaasak', 'v1', { hentStatusPaaSak: 'finnesIkke' }, () => {
    expect(() => loadSpec('statuspaasak', 'v1')).toThrow(/has no operation "finnesIkke" \(specs\/versions\.json maps hentStatusPaaSak to it\)/);
  });
});

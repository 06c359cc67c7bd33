import { expect, test } from '@playwright/test';
import { UtleggsbegjaeringClient } from '../../src/clients/apis.ts';
import { ContractValidator } from '../../src/contract/index.ts';
import { HttpClient } from '../../src/http/client.ts';
import { loadSpec } from '../../src/spec/document.ts';
import { publishedCopy, withOperationIds } from './published-support.ts';
import { example, startSandbox, type Running } from './sandbox-support.ts';

// A supplier who has Skatteetaten's published document drops it into specs/ and points versions.json at
// it. Here the "published" document is ours with other paths and other operationIds, so the test shows
// that the sandbox, the clients and the validator follow the document, not our names or paths.
const THEIR_IDS: Record<string, string> = {
  sendInnUtleggsbegjaering: 'opprettUtleggsbegjaering',
  validerUtleggsbegjaering: 'validerBegjaering',
  hentUtleggsbegjaering: 'hentBegjaering',
  endreUtleggsbegjaering: 'oppdaterBegjaering',
  lastOppVedlegg: 'opprettVedlegg',
  hentVedlegg: 'hentVedleggsstatus',
};

let published: ReturnType<typeof publishedCopy>;
let dir: string;
let running: Running;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  published = publishedCopy({ api: 'utleggsbegjaering', version: 'v1', operationIds: THEIR_IDS, sti: (p) => p.replace('/utleggsbegjaering', '/begjaeringer').replace('/vedlegg', '/dokumenter') });
  dir = published.dir;
  running = await startSandbox({ versions: { utleggsbegjaering: 'v1' } });
});

test.afterAll(async () => {
  await running?.sandbox.close();
  published?.restore();
});

test('the loader renames the published operationIds to ours and keeps the published paths', () => {
  const spec = loadSpec('utleggsbegjaering', 'v1');
  expect(spec.publisert).toBe(true);
  expect(spec.operations.get('sendInnUtleggsbegjaering')?.fullPath).toBe('/api/utleggsbegjaering/v1/begjaeringer');
  expect(spec.operations.get('hentVedlegg')?.fullPath).toBe('/api/utleggsbegjaering/v1/dokumenter/{vedleggId}');
  expect(spec.operations.has('opprettUtleggsbegjaering')).toBe(false);
});

test('a client calling our operationIds reaches the published paths, and the sandbox answers by them', async () => {
  const http = new HttpClient({ baseUrl: running.sandbox.url });
  const client = new UtleggsbegjaeringClient('utleggsbegjaering', http, () => running.token('utleggsbegjaering'), 'v1');
  const sendt = await client.sendInn(example('enkel'));
  expect(sendt.status, sendt.text).toBe(201);
  const location = sendt.headers.location;
  expect(location).toMatch(/^\/api\/utleggsbegjaering\/v1\/begjaeringer\/[0-9a-f-]{36}$/);
  const contract = ContractValidator.forApi('utleggsbegjaering', 'v1').validateResponse('sendInnUtleggsbegjaering', { status: sendt.status, contentType: sendt.contentType, body: sendt.body });
  expect(contract.violations).toEqual([]);

  const hentet = await client.hent((sendt.body as { begjaeringId: string }).begjaeringId);
  expect(hentet.status).toBe(200);
  const old = await fetch(`${running.sandbox.url}/api/utleggsbegjaering/v1/utleggsbegjaering`, { method: 'POST' });
  expect(old.status, 'our own path is not served when the published document says otherwise').toBe(404);
});

test('a mapping to an operationId the document does not have is one clear error naming it', () => {
  withOperationIds(dir, 'utleggsbegjaering', 'v1', { ...THEIR_IDS, hentVedlegg: 'finnesIkke' }, () => {
    expect(() => loadSpec('utleggsbegjaering', 'v1')).toThrow(/has no operation "finnesIkke" \(specs\/versions\.json maps hentVedlegg to it\)/);
  });
});

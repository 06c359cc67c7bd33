import { expect, test } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { UtleggsbegjaeringClient } from '../../src/clients/apis.ts';
import { ContractValidator } from '../../src/contract/index.ts';
import { HttpClient } from '../../src/http/client.ts';
import { loadSpec } from '../../src/spec/document.ts';
import { specsDir } from '../../src/spec/files.ts';
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

let dir: string;
let running: Running;
const saved = process.env.CONFORMANCE_SPECS_DIR;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'published-spec-'));
  cpSync(specsDir(), dir, { recursive: true });
  const doc = parseYaml(readFileSync(join(dir, 'utleggsbegjaering.yaml'), 'utf8'));
  const paths: Record<string, unknown> = {};
  for (const [path, item] of Object.entries<Record<string, any>>(doc.paths)) {
    for (const op of Object.values<any>(item)) if (op?.operationId) op.operationId = THEIR_IDS[op.operationId] ?? op.operationId;
    paths[path.replace('/utleggsbegjaering', '/begjaeringer').replace('/vedlegg', '/dokumenter')] = item;
  }
  doc.paths = paths;
  writeFileSync(join(dir, 'publisert-utleggsbegjaering-v1.json'), JSON.stringify(doc));
  const manifest = JSON.parse(readFileSync(join(dir, 'versions.json'), 'utf8'));
  Object.assign(manifest.utleggsbegjaering.versions.v1, { spec: 'publisert-utleggsbegjaering-v1.json', publisert: true, operationIds: THEIR_IDS });
  writeFileSync(join(dir, 'versions.json'), JSON.stringify(manifest));
  process.env.CONFORMANCE_SPECS_DIR = dir;
  running = await startSandbox({ versions: { utleggsbegjaering: 'v1' } });
});

test.afterAll(async () => {
  await running?.sandbox.close();
  if (saved === undefined) delete process.env.CONFORMANCE_SPECS_DIR;
  else process.env.CONFORMANCE_SPECS_DIR = saved;
  rmSync(dir, { recursive: true, force: true });
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
  const manifest = JSON.parse(readFileSync(join(dir, 'versions.json'), 'utf8'));
  manifest.utleggsbegjaering.versions.v1.operationIds = { ...THEIR_IDS, hentVedlegg: 'finnesIkke' };
  const other = mkdtempSync(join(tmpdir(), 'published-spec-bad-'));
  try {
    cpSync(dir, other, { recursive: true });
    writeFileSync(join(other, 'versions.json'), JSON.stringify(manifest));
    process.env.CONFORMANCE_SPECS_DIR = other;
    expect(() => loadSpec('utleggsbegjaering', 'v1')).toThrow(/has no operation "finnesIkke" \(specs\/versions\.json maps hentVedlegg to it\)/);
  } finally {
    process.env.CONFORMANCE_SPECS_DIR = dir;
    rmSync(other, { recursive: true, force: true });
  }
});

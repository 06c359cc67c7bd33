import { expect, test } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { StatusPaaSakClient } from '../../src/clients/statuspaasak.ts';
import { ContractValidator } from '../../src/contract/index.ts';
import { HttpClient } from '../../src/http/client.ts';
import { loadSpec } from '../../src/spec/document.ts';
import { specsDir } from '../../src/spec/files.ts';
import { startSandbox, type Running } from './sandbox-support.ts';

// As tests/unit/published-document.spec.ts for Utleggsbegjæring: Skatteetaten's published Status på sak
// document (SwaggerHub utleggsbegjaering-status-paa-sak-api) replaces ours through versions.json. The
// stand-in is ours with another base path, another path and another operationId.
const THEIR_IDS: Record<string, string> = { hentStatusPaaSak: 'hentSakstatus' };
const THEIR_BASE = '/api/innkreving/utleggsbegjaering/status/v1';

let dir: string;
let running: Running;
const saved = process.env.CONFORMANCE_SPECS_DIR;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'published-statuspaasak-'));
  cpSync(specsDir(), dir, { recursive: true });
  const doc = parseYaml(readFileSync(join(dir, 'status-paa-sak.yaml'), 'utf8'));
  doc.servers = [{ url: THEIR_BASE }];
  const item = doc.paths['/saker/{eksternSaksreferanse}'];
  item.get.operationId = THEIR_IDS.hentStatusPaaSak;
  doc.paths = { '/sak/{eksternSaksreferanse}/status': item };
  writeFileSync(join(dir, 'publisert-status-paa-sak-v1.json'), JSON.stringify(doc));
  const manifest = JSON.parse(readFileSync(join(dir, 'versions.json'), 'utf8'));
  Object.assign(manifest.statuspaasak.versions.v1, { spec: 'publisert-status-paa-sak-v1.json', publisert: true, operationIds: THEIR_IDS });
  writeFileSync(join(dir, 'versions.json'), JSON.stringify(manifest));
  process.env.CONFORMANCE_SPECS_DIR = dir;
  running = await startSandbox({ versions: { statuspaasak: 'v1' } });
});

test.afterAll(async () => {
  await running?.sandbox.close();
  if (saved === undefined) delete process.env.CONFORMANCE_SPECS_DIR;
  else process.env.CONFORMANCE_SPECS_DIR = saved;
  rmSync(dir, { recursive: true, force: true });
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
  const manifest = JSON.parse(readFileSync(join(dir, 'versions.json'), 'utf8'));
  manifest.statuspaasak.versions.v1.operationIds = { hentStatusPaaSak: 'finnesIkke' };
  const other = mkdtempSync(join(tmpdir(), 'published-statuspaasak-bad-'));
  try {
    cpSync(dir, other, { recursive: true });
    writeFileSync(join(other, 'versions.json'), JSON.stringify(manifest));
    process.env.CONFORMANCE_SPECS_DIR = other;
    expect(() => loadSpec('statuspaasak', 'v1')).toThrow(/has no operation "finnesIkke" \(specs\/versions\.json maps hentStatusPaaSak to it\)/);
  } finally {
    process.env.CONFORMANCE_SPECS_DIR = dir;
    rmSync(other, { recursive: true, force: true });
  }
});

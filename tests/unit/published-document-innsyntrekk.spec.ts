import { expect, test } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { UtleggsbegjaeringClient } from '../../src/clients/apis.ts';
import { InnsynTrekkClient, norsk } from '../../src/clients/innsyntrekk.ts';
import { ContractValidator } from '../../src/contract/index.ts';
import { HttpClient } from '../../src/http/client.ts';
import { loadSpec } from '../../src/spec/document.ts';
import { specsDir } from '../../src/spec/files.ts';
import { example, startSandbox, type Running } from './sandbox-support.ts';

// As tests/unit/published-document.spec.ts for Utleggsbegjæring: Skatteetaten's document for Innsyn i
// ett trekk (SwaggerHub utleggsbegjaering-innsyn-api 1.0.1) replaces ours through versions.json. The
// stand-in is ours with another path and operationId; the sandbox, the client and the validator must
// follow it.
const THEIR_IDS: Record<string, string> = { hentInnsynITrekk: 'hentInnsynIEttTrekk' };
const THEIR_PATHS: Record<string, string> = { '/innsyn': '/trekk/innsynsforespoersel' };
const BASE = '/api/utleggsbegjaering-innsyn/v1';

let dir: string;
let running: Running;
const saved = process.env.CONFORMANCE_SPECS_DIR;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'published-innsyntrekk-'));
  cpSync(specsDir(), dir, { recursive: true });
  const doc = parseYaml(readFileSync(join(dir, 'innsyn-trekk.yaml'), 'utf8'));
  const paths: Record<string, unknown> = {};
  for (const [path, item] of Object.entries<Record<string, any>>(doc.paths)) {
    for (const op of Object.values<any>(item)) if (op?.operationId) op.operationId = THEIR_IDS[op.operationId];
    paths[THEIR_PATHS[path]] = item;
  }
  doc.paths = paths;
  writeFileSync(join(dir, 'publisert-innsyntrekk-v1.json'), JSON.stringify(doc));
  const manifest = JSON.parse(readFileSync(join(dir, 'versions.json'), 'utf8'));
  Object.assign(manifest.innsyntrekk.versions.v1, { spec: 'publisert-innsyntrekk-v1.json', publisert: true, operationIds: THEIR_IDS });
  writeFileSync(join(dir, 'versions.json'), JSON.stringify(manifest));
  process.env.CONFORMANCE_SPECS_DIR = dir;
  running = await startSandbox({ now: () => new Date('2026-05-15T10:00:00Z') });
});

test.afterAll(async () => {
  await running?.sandbox.close();
  if (saved === undefined) delete process.env.CONFORMANCE_SPECS_DIR;
  else process.env.CONFORMANCE_SPECS_DIR = saved;
  rmSync(dir, { recursive: true, force: true });
});

test('the loader renames the published operationId to ours and keeps the published path', () => {
  const spec = loadSpec('innsyntrekk');
  expect(spec.publisert).toBe(true);
  expect(spec.operations.get('hentInnsynITrekk')?.fullPath).toBe(`${BASE}/trekk/innsynsforespoersel`);
  expect(spec.operations.has('hentInnsynIEttTrekk')).toBe(false);
});

test('a client calling our operationId reaches the published path, and the sandbox answers by it', async () => {
  const http = new HttpClient({ baseUrl: running.sandbox.url });
  const innsyn = new InnsynTrekkClient('innsyntrekk', http, () => running.token('innsyntrekk'));
  const validator = ContractValidator.forApi('innsyntrekk');
  const gyldig = (res: { status: number; contentType: string; body: unknown }) =>
    expect(validator.validateResponse('hentInnsynITrekk', res).violations).toEqual([]);

  const sendt = await new UtleggsbegjaeringClient('utleggsbegjaering', http, () => running.token('utleggsbegjaering'), 'v1').sendInn(example('enkel'));
  expect(sendt.status, sendt.text).toBe(201);

  const svar = await innsyn.hent(norsk('311758489'), norsk('44926701751'));
  expect(svar.status, svar.text).toBe(200);
  expect(new URL(svar.exchange!.request.url).pathname).toBe(`${BASE}/trekk/innsynsforespoersel`);
  expect((svar.body as { saksoekersKravIEttTrekk: unknown[] }).saksoekersKravIEttTrekk).toHaveLength(3);
  gyldig(svar);

  const ukjent = await innsyn.hent(norsk('313182495'), norsk('44926701751'));
  expect(ukjent.status).toBe(404);
  gyldig(ukjent);

  const feil = await innsyn.hent(norsk('311758489'), norsk('123'));
  expect(feil.status).toBe(400);
  gyldig(feil);

  const token = await running.token('innsyntrekk');
  const old = await fetch(`${running.sandbox.url}${BASE}/innsyn`, {
    method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ saksoeker: norsk('311758489'), saksoekt: norsk('44926701751') }),
  });
  expect(old.status, 'our own path is not served when the published document says otherwise').toBe(404);
});

test('a mapping to an operationId the document does not have is one clear error naming it', () => {
  const manifest = JSON.parse(readFileSync(join(dir, 'versions.json'), 'utf8'));
  manifest.innsyntrekk.versions.v1.operationIds = { hentInnsynITrekk: 'finnesIkke' };
  const other = mkdtempSync(join(tmpdir(), 'published-innsyntrekk-bad-'));
  try {
    cpSync(dir, other, { recursive: true });
    writeFileSync(join(other, 'versions.json'), JSON.stringify(manifest));
    process.env.CONFORMANCE_SPECS_DIR = other;
    expect(() => loadSpec('innsyntrekk')).toThrow(/has no operation "finnesIkke" \(specs\/versions\.json maps hentInnsynITrekk to it\)/);
  } finally {
    process.env.CONFORMANCE_SPECS_DIR = dir;
    rmSync(other, { recursive: true, force: true });
  }
});

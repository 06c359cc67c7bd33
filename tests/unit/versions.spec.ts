import { test, expect } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate } from '../../sandbox/rules/utleggsbegjaering/index.ts';
import { invalidFor } from '../../generators/invalid/index.ts';
import { createRandom } from '../../generators/random.ts';
import { loadSpec } from '../../src/spec/document.ts';
import { specsDir } from '../../src/spec/files.ts';
import { startSandbox, example, type Running } from './sandbox-support.ts';

/**
 * A version is data: a second Utleggsbegjæring version made only of files (its own document under
 * /v9, a catalog without UGYLDIG_KID) is served, validated and checked without a line of code changing.
 */
let dir: string;
let running: Running | undefined;

test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'specs-v9-'));
  cpSync(specsDir(), dir, { recursive: true });
  const doc = readFileSync(join(dir, 'utleggsbegjaering.yaml'), 'utf8').replaceAll('/api/utleggsbegjaering/v1', '/api/utleggsbegjaering/v9');
  writeFileSync(join(dir, 'utleggsbegjaering-v9.yaml'), doc);
  const katalog = JSON.parse(readFileSync(join(dir, 'catalogs/utleggsbegjaering-v1.json'), 'utf8'));
  katalog.versjon = 'v9';
  katalog.regler = katalog.regler.filter((r: { kode: string }) => r.kode !== 'UGYLDIG_KID');
  writeFileSync(join(dir, 'catalogs/utleggsbegjaering-v9.json'), JSON.stringify(katalog));
  const versions = JSON.parse(readFileSync(join(dir, 'versions.json'), 'utf8'));
  versions.utleggsbegjaering.versions.v9 = { spec: 'utleggsbegjaering-v9.yaml', catalog: 'catalogs/utleggsbegjaering-v9.json', examples: 'examples/utleggsbegjaering/v1' };
  writeFileSync(join(dir, 'versions.json'), JSON.stringify(versions));
  process.env.CONFORMANCE_SPECS_DIR = dir;
});

test.afterAll(async () => {
  await running?.sandbox.close();
  delete process.env.CONFORMANCE_SPECS_DIR;
  rmSync(dir, { recursive: true, force: true });
});

test('the rules follow the chosen catalog: a code the version does not list is not reported', () => {
  const broken = invalidFor('UGYLDIG_KID', example('kompleks'), createRandom(1));
  if (broken.kind !== 'request') throw new Error('UGYLDIG_KID is a single-request mutation');
  const ktx = { modus: 'valider' as const };
  expect(evaluate(broken.body as any, ktx, 'v1').map((b) => b.kode)).toEqual(['UGYLDIG_KID']);
  expect(evaluate(broken.body as any, ktx, 'v9')).toEqual([]);
});

test('the sandbox serves the chosen version under its own base path', async () => {
  expect(loadSpec('utleggsbegjaering', 'v9').basePath).toBe('/api/utleggsbegjaering/v9');
  running = await startSandbox({ versions: { utleggsbegjaering: 'v9' } });
  const token = await running.token('utleggsbegjaering');
  const post = (path: string) => fetch(`${running!.sandbox.url}${path}`, {
    method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(example('enkel')),
  });
  expect((await post('/api/utleggsbegjaering/v9/utleggsbegjaering/valider')).status).toBe(204);
  expect((await post('/api/utleggsbegjaering/v1/utleggsbegjaering/valider')).status).toBe(404);
});

import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { specsDir } from '../../src/spec/files.ts';

// Versions are data, so a mistake in them is bad input: one line naming it, exit 2, no stack trace,
// before any test runs or any port is opened.

let dir: string;
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bad-versions-'));
  cpSync(specsDir(), dir, { recursive: true });
  const file = join(dir, 'catalogs', 'utleggsbegjaering-v2.json');
  const catalog = JSON.parse(readFileSync(file, 'utf8'));
  catalog.regler.push({ kode: 'NY_KODE_UTEN_MODUL', gjelderKunEndringer: false, tittel: 'Ny', beskrivelse: 'Ny', avvikstekst: 'Ny' });
  writeFileSync(file, JSON.stringify(catalog));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(command: string[], env: Record<string, string>) {
  const result = spawnSync(command[0], command.slice(1), { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stderr: result.stderr.trim() };
}

function expectOneLine(stderr: string, pattern: RegExp): void {
  expect(stderr).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(stderr.split('\n').filter((l) => l.trim() !== '' && !/^npm /.test(l))).toHaveLength(1);
}

test('the suite refuses an unknown version name before any test', () => {
  const { status, stderr } = run(['npx', 'playwright', 'test', '--list'], { CONFORMANCE_UTLEGGSBEGJAERING_VERSION: 'v9' });
  expect(status).toBe(2);
  expectOneLine(stderr, /has no version "v9" \(known: v1, v2\); check CONFORMANCE_UTLEGGSBEGJAERING_VERSION/);
});

test('the suite refuses a catalog code without a rule module, naming the code and the catalog', () => {
  const { status, stderr } = run(['npx', 'playwright', 'test', '--list'], { CONFORMANCE_SPECS_DIR: dir });
  expect(status).toBe(2);
  expectOneLine(stderr, /utleggsbegjaering-v2\.json: rule code "NY_KODE_UTEN_MODUL" has no module in sandbox\/rules\/utleggsbegjaering\//);
});

test('the sandbox refuses to start on a catalog code without a rule module, and on an unknown version', () => {
  const missing = run([process.execPath, '--import', 'tsx', 'bin/sandbox.ts', '--port', '0'], { CONFORMANCE_SPECS_DIR: dir });
  expect(missing.status).toBe(2);
  expectOneLine(missing.stderr, /^sandbox: .*"NY_KODE_UTEN_MODUL" has no module/);
  const unknown = run([process.execPath, '--import', 'tsx', 'bin/sandbox.ts', '--port', '0'], { CONFORMANCE_UTLEGGSBEGJAERING_VERSION: 'v9' });
  expect(unknown.status).toBe(2);
  expectOneLine(unknown.stderr, /^sandbox: .*has no version "v9"/);
});

test('the offline validator refuses a catalog code without a rule module in one line', () => {
  const validate = run([process.execPath, '--import', 'tsx', 'bin/validate.ts', '--version', 'v2', 'specs/examples/utleggsbegjaering/v2/kompleks.json'], { CONFORMANCE_SPECS_DIR: dir });
  expect(validate.status).toBe(2);
  expectOneLine(validate.stderr, /"NY_KODE_UTEN_MODUL" has no module/);
});

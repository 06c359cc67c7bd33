import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { personnummerart } from '../../src/data/syntetisk.ts';
import { freePort } from '../../src/net/free-port.ts';
import { specsDir } from '../../src/spec/files.ts';
import type { Sertifiseringsrapport } from '../../reporter/types.ts';
import { startSandbox, type Running } from './sandbox-support.ts';

// The conformance suite run as a user runs it (`npx playwright test ...`), each run writing its reports
// into a folder of its own (CONFORMANCE_REPORTS_DIR), against a second sandbox in this process where
// the run must not start its own.
const root = fileURLToPath(new URL('../..', import.meta.url));
const OURS = /^(CONFORMANCE_|MASKINPORTEN_|PLAYWRIGHT_|TEST_|PW_)/;

let running: Running;
let reports: string;
test.beforeAll(async () => {
  running = await startSandbox();
  reports = mkdtempSync(join(tmpdir(), 'conformance-run-'));
});
test.afterAll(async () => {
  await running?.sandbox.close();
  rmSync(reports, { recursive: true, force: true });
});

interface Run { code: number | null; stdout: string; stderr: string; ms: number }

/** Asynchronous: the sandbox runs in this process, and a synchronous child would block it. */
function playwright(args: string[], env: Record<string, string>, timeoutMs = 240_000): Promise<Run> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !OURS.test(k)));
  const started = Date.now();
  return new Promise((resolve) => {
    // Its own output folder, so a run here never clears another run's test-results/.
    const child = spawn('npx', ['playwright', 'test', `--output=${join(reports, 'test-results')}`, ...args], { cwd: root, env: { ...base, CI: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}

const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '');
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function folder(name: string): string {
  const dir = join(reports, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

test('--list lists, and nothing else: no sandbox, no summary, and the last run\'s reports stay as they were', async () => {
  const dir = folder('list');
  const old = { 'summary.json': '{"the last real run":true}', 'junit.xml': '<old/>', 'html/index.html': '<old/>', 'allure-results/old-result.json': '{}' };
  for (const [name, body] of Object.entries(old)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
  const run = await playwright(['--list'], { CONFORMANCE_REPORTS_DIR: dir });
  expect(run.code, run.stderr).toBe(0);
  expect(run.stdout).toMatch(/Total: \d+ tests in \d+ files/);
  expect(run.stdout + run.stderr, 'no sandbox was started').not.toMatch(/WebServer|Sandbox listening/);
  for (const [name, body] of Object.entries(old)) expect(readFileSync(join(dir, name), 'utf8'), name).toBe(body);
  expect(existsSync(join(dir, 'summary.md'))).toBe(false);
});

test('every bad setting is listed once, together, before any test: exit 2 in seconds, no stack trace', async () => {
  const bad = {
    CONFORMANCE_WORKERS: 'abc',
    CONFORMANCE_SEED: 'abc',
    CONFORMANCE_UTLEGGSBEGJAERING_VERSION: 'v9',
    CONFORMANCE_TREKKPAALEGG_VERSION: 'v7',
    CONFORMANCE_BASE_URL: 'notaurl',
    CONFORMANCE_PARTIES: join(reports, 'no-such-parties.json'),
    CONFORMANCE_SUMMARY_LANG: 'de',
  };
  const run = await playwright(['--list'], bad);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(lines(run.stderr)).toEqual([
    'Configuration problems:',
    '  - CONFORMANCE_BASE_URL must be an http(s) URL, got "notaurl"',
    '  - CONFORMANCE_WORKERS must be a whole number of workers (1 or more) or a share of the cores such as "50%", got "abc"',
    '  - CONFORMANCE_SEED must be a whole number from 0 to 2147483647, got "abc"',
    '  - CONFORMANCE_SUMMARY_LANG must be "nb" or "en", got "de"',
    `  - CONFORMANCE_PARTIES points at "${bad.CONFORMANCE_PARTIES}", which does not exist`,
    '  - specs/versions.json at /utleggsbegjaering/versions: has no version "v9" (known: v1, v2); check CONFORMANCE_UTLEGGSBEGJAERING_VERSION',
    '  - specs/versions.json at /trekkpaalegg/versions: has no version "v7" (known: v1); check CONFORMANCE_TREKKPAALEGG_VERSION',
  ]);
  // Each alone is one line naming its variable, and a bad URL never blames a variable nobody set.
  for (const [name, value] of Object.entries(bad)) {
    const one = await playwright(['--list'], { [name]: value });
    expect(one.code, name).toBe(2);
    expect(lines(one.stderr), name).toHaveLength(1);
    expect(one.stderr, name).toContain(name);
    expect(one.stderr, name).not.toMatch(/MASKINPORTEN_WELL_KNOWN_URL|\n\s+at /);
  }
  // The production refusal once, though the API and its Maskinporten share the host.
  const prod = await playwright(['--list'], { CONFORMANCE_BASE_URL: 'https://api.skatteetaten.no', MASKINPORTEN_CLIENT_ID: 'x', MASKINPORTEN_CLIENT_JWK: '{"kty":"RSA","d":"x"}' });
  expect(prod.code).toBe(2);
  expect(lines(prod.stderr)).toEqual(['Configuration problem: api.skatteetaten.no is a production host; the suite sends data, so it refuses production unless CONFORMANCE_ALLOW_PRODUCTION=1']);
});

test('an unreachable target or Maskinporten stops the run before any test: one line with the address and the cause, exit 2, in seconds', async () => {
  const closed = await freePort();
  const run = await playwright(['--workers=1'], { CONFORMANCE_BASE_URL: `http://127.0.0.1:${closed}`, CONFORMANCE_REPORTS_DIR: folder('closed') });
  expect(run.code).toBe(2);
  expect(lines(run.stderr)).toEqual([`Cannot reach CONFORMANCE_BASE_URL at http://127.0.0.1:${closed}: connect ECONNREFUSED 127.0.0.1:${closed}`]);
  expect(run.stdout).toBe('');
  expect(run.ms).toBeLessThan(30_000);
  // An origin that answers, but has no Maskinporten where one is expected.
  const server: Server = createServer((_, res) => res.writeHead(404).end());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  try {
    const noMp = await playwright(['--workers=1'], { CONFORMANCE_BASE_URL: `http://127.0.0.1:${port}`, CONFORMANCE_REPORTS_DIR: folder('no-maskinporten') });
    expect(noMp.code).toBe(2);
    expect(lines(noMp.stderr)).toEqual([
      `Maskinporten at http://127.0.0.1:${port}/maskinporten/.well-known/oauth-authorization-server answered 404 instead of its metadata (check CONFORMANCE_BASE_URL (its /maskinporten/), or set MASKINPORTEN_WELL_KNOWN_URL)`,
    ]);
  } finally {
    server.close();
  }
});

test('a filtered run against another origin: labelled partial and not evidence, no supplier named, the grounds recorded, the check for synthetic data run, every evidence file hashed', async () => {
  const dir = folder('filtered');
  const run = await playwright(['--project', 'trekkpaalegg-v1', '--grep', '@smoke', '--workers=1'], { CONFORMANCE_BASE_URL: running.sandbox.url, CONFORMANCE_REPORTS_DIR: dir, CONFORMANCE_SEED: '7' });
  expect(run.code, run.stdout + run.stderr).toBe(0);
  expect(run.stdout, 'no second sandbox').not.toContain('WebServer');
  const r = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as Sertifiseringsrapport;
  expect(r.delvis?.filtre).toEqual([{ navn: '--project', verdi: 'trekkpaalegg-v1' }, { navn: '--grep', verdi: '@smoke' }]);
  expect(r.miljoe).toMatchObject({ klasse: 'custom', baseUrl: running.sandbox.url, erBevis: false, leverandoerOrg: null, sandkassensTestklient: true });
  expect(r.miljoeMerknad).toContain(`gikk mot ${running.sandbox.url}, som ikke er Skatteetatens testmiljø`);
  expect(r.status.tekst).toMatch(/^Kjøringen bestod: .* Den er ikke dokumentasjon mot Skatteetatens testmiljø .* Den dekker bare en del av testpakken\.$/);
  expect(r.kjoering).toMatchObject({ prosjekt: { navn: 'innkreving-conformance', versjon: expect.any(String), commit: expect.stringMatching(/^[0-9a-f]{40}$/), endret: expect.any(Boolean) }, froe: 7, node: process.version, playwright: expect.stringMatching(/^\d+\.\d+\.\d+$/), parter: { kilde: 'generert' } });
  for (const s of r.spesifikasjoner) expect(s, `${s.api} ${s.versjon}`).toMatchObject({ publisert: expect.any(Boolean), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  expect(r.syntetiskeData).toMatchObject({ kontrollert: true, stopp: [] });
  expect(r.syntetiskeData.forespoersler).toBeGreaterThan(0);
  // Evidence: JUnit, the HTML report and the two human forms, each file's hash as it is on disk.
  const files = r.bevis.map((b) => b.fil);
  expect(files).toEqual(expect.arrayContaining(['junit.xml', 'html/index.html', 'summary.md', 'summary.html']));
  for (const b of r.bevis) expect(b.sha256, b.fil).toBe(sha256(join(dir, b.fil)));
  const md = readFileSync(join(dir, 'summary.md'), 'utf8');
  expect(md.split('\n').slice(0, 8).join('\n')).toContain('**Delvis kjøring – ikke en fullstendig sertifisering.** Kjøringen var avgrenset med --project trekkpaalegg-v1; --grep @smoke.');
  expect(md).toContain('| Leverandør (organisasjonsnummer) | ingen – sandkassens testklient tilhører ingen leverandør |');
});

test('a run whose parties come from Tenor files (CONFORMANCE_PARTIES) passes against the embedded sandbox, and its summary names the files', async () => {
  const dir = folder('tenor-parter');
  const tenor = join(root, 'tests/unit/fixtures/tenor/parter');
  const run = await playwright(['--project', 'utleggsbegjaering-v2', '--grep', '@smoke', '--workers=1'], { CONFORMANCE_PARTIES: tenor, CONFORMANCE_REPORTS_DIR: dir });
  expect(run.code, run.stdout + run.stderr).toBe(0);
  const r = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as Sertifiseringsrapport;
  const parter = r.kjoering.parter as { kilde: string; filer: { fil: string; format: string; antall: number }[]; personer: number; organisasjoner: number };
  expect(parter.kilde).toBe('fil');
  expect(parter.filer.length).toBeGreaterThan(0);
  expect(parter.filer.every((f) => /^tenor/.test(f.format)), JSON.stringify(parter.filer)).toBe(true);
  expect(parter.personer + parter.organisasjoner).toBeGreaterThan(0);
  const md = readFileSync(join(dir, 'summary.md'), 'utf8');
  expect(md).toMatch(/Parter.*Tenor/i);
});

test('CONFORMANCE_SUMMARY_LANG=en writes the summary in English', async () => {
  const dir = folder('english');
  const run = await playwright(['--project', 'maskinporten', '--workers=1'], { CONFORMANCE_BASE_URL: running.sandbox.url, CONFORMANCE_REPORTS_DIR: dir, CONFORMANCE_SUMMARY_LANG: 'en' });
  expect(run.code, run.stdout + run.stderr).toBe(0);
  const md = readFileSync(join(dir, 'summary.md'), 'utf8');
  expect(md).toMatch(/^# Certification summary: innkreving-conformance\n\n> \*\*The run passed: none of 3 tests failed\. It is not evidence/);
  expect(md).toContain("### Getting a token with the right organisation number from Maskinporten (item 2): passed");
});

/** A fødselsnummer with a real month and valid check digits: what a real person's could be. */
function realLooking(): string {
  for (let i = 0; i < 100_000; i++) {
    const candidate = `150385${String(i).padStart(5, '0')}`;
    if (personnummerart(candidate) === 'ekte') return candidate;
  }
  throw new Error('no real-looking number found');
}

test('a real-looking fødselsnummer in an example stops the run before it is sent, naming the example, and the summary says so', async () => {
  const specs = mkdtempSync(join(tmpdir(), 'specs-real-'));
  try {
    cpSync(specsDir(), specs, { recursive: true });
    const file = join(specs, 'examples', 'utleggsbegjaering', 'v2', 'kompleks.json');
    const text = readFileSync(file, 'utf8');
    const synthetic = /"taxIdentificationNumber"\s*:\s*"(\d{11})"/.exec(text)?.[1];
    expect(synthetic, 'the example names a person').toBeDefined();
    const fake = realLooking();
    writeFileSync(file, text.replaceAll(synthetic!, fake));
    const dir = folder('real-looking');
    const run = await playwright(['--project', 'utleggsbegjaering-v2', '--workers=1'], { CONFORMANCE_BASE_URL: running.sandbox.url, CONFORMANCE_IS_SANDBOX: '1', CONFORMANCE_SPECS_DIR: specs, CONFORMANCE_REPORTS_DIR: dir });
    // Interrupted, as by Ctrl-C: the tests not yet started did not run.
    expect(run.code).toBe(130);
    expect(run.stdout).toMatch(/\d+ did not run/);
    expect(run.stdout).toContain('IkkeSyntetiskeDataError: Stopped before sending POST');
    expect(run.stderr).toContain(`er ${fake.slice(0, 6)}*****, som ser ut som et ekte fødselsnummer eller D-nummer (kilde: ${file})`);
    expect(run.stdout + run.stderr, 'the number itself is never printed').not.toContain(fake);
    const r = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as Sertifiseringsrapport;
    expect(r.syntetiskeData.stopp).toHaveLength(1);
    expect(r.syntetiskeData.stopp[0].tekst).toContain(`(kilde: ${file})`);
    expect(r.sjekkliste.find((p) => p.id === 'syntetisk')?.resultat).toBe('feilet');
    expect(r.status.utfall).toBe('feilet');
    expect(r.totalt.ikkeKjoert).toBeGreaterThan(0);
    expect(readFileSync(join(dir, 'summary.json'), 'utf8')).not.toContain(fake);
  } finally {
    rmSync(specs, { recursive: true, force: true });
  }
});

test('the reproduction lines of a failure in the summary run as written in a fresh shell, against the run\'s environment', async () => {
  const dir = folder('repro');
  // A supplier organisation the sandbox's client does not act for makes the feed's checks fail.
  const run = await playwright(['--project', 'trekkpaalegg-v1', '--grep', 'business rules', '--workers=1'], { CONFORMANCE_BASE_URL: running.sandbox.url, CONFORMANCE_REPORTS_DIR: dir, CONFORMANCE_SUPPLIER_ORG: '310478717' });
  expect(run.code).toBe(1);
  const md = readFileSync(join(dir, 'summary.md'), 'utf8');
  const block = /```sh\n([\s\S]*?)\n```/.exec(md)?.[1];
  expect(block, 'a reproduction in the summary').toBeDefined();
  expect(block).toContain(`export CONFORMANCE_BASE_URL=${running.sandbox.url}`);
  expect(block).not.toContain('127.0.0.1:8085');
  const pasted = await new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn('bash', ['-c', block!], { cwd: root, env: { PATH: process.env.PATH, HOME: process.env.HOME } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code, out }));
  });
  expect(pasted.code).toBe(0);
  expect(pasted.out).toMatch(/^HTTP\/1\.1 200 OK/);
});

// npm run -s certify and npm run sandbox -- --record as a supplier runs them: the files, the lines, the
// exit codes, and bad input named without a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';

const tmp = (navn: string) => mkdtempSync(join(tmpdir(), `${navn}-`));
const certify = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'bin/certify.ts', ...args], { encoding: 'utf8', timeout: 60_000 });

test.describe.configure({ mode: 'serial' });

let opptak: string;

test('npm run sandbox -- --record DIR keeps each exchange, a line per finding on stderr, and closes the file on SIGTERM', async () => {
  // Starting the sandbox loads every document and compiles its validators: slow on a busy 2-core machine.
  test.setTimeout(150_000);
  opptak = tmp('sandbox-record');
  const child = spawn(process.execPath, ['--import', 'tsx', 'bin/sandbox.ts', '--port', '0', '--record', opptak], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c) => (stdout += c));
  child.stderr.on('data', (c) => (stderr += c));
  const url = await new Promise<string>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`no listening line: ${stdout} ${stderr}`)), 120_000);
    child.stdout.on('data', () => {
      const m = /Sandbox listening on (http:\/\/\S+)/.exec(stdout);
      if (m) { clearTimeout(t); resolve(m[1]); }
    });
  });
  // No token, no Korrelasjonsid, and not JSON: three findings, and the sandbox answers as ever.
  const res = await fetch(`${url}/api/utleggsbegjaering/v2/utleggsbegjaering`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"x":' });
  expect(res.status).toBe(401);
  expect((await fetch(`${url}/api/utleggsbegjaering/v2/utleggsbegjaering/valider`, { method: 'GET' })).status).toBe(405);
  await expect.poll(() => stderr, { timeout: 10_000 }).toMatch(/kontrakt\.metode/);
  const code = new Promise<number | null>((r) => child.once('exit', r));
  child.kill('SIGTERM');
  expect(await code).toBe(0);
  expect(stderr).toMatch(/^sandbox: recording every exchange to .*oekt-.*\.jsonl$/m);
  expect(stderr).toMatch(/^opptak: #1 POST \/api\/utleggsbegjaering\/v2\/utleggsbegjaering → 401 {2}FEIL kontrakt\.json: the body is not JSON/m);
  expect(stderr).toMatch(/^opptak: #1 .*FEIL maskinporten\.manglerToken/m);
  expect(stderr).toMatch(/^opptak: #2 GET \/api\/utleggsbegjaering\/v2\/utleggsbegjaering\/valider → 405 {2}FEIL kontrakt\.metode: .*allows only POST/m);
  const filer = readdirSync(opptak).filter((f) => f.endsWith('.jsonl'));
  expect(filer).toHaveLength(1);
  const linjer = readFileSync(join(opptak, filer[0]), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  expect(linjer.map((l) => l.type)).toEqual(['oekt', 'utveksling', 'utveksling']);
  expect(linjer[1].foresporsel.kropp.tekst).toBe('{"x":');
});

test('npm run -s certify -- DIR writes the certification summary in three forms, a line per scenario, and exits 1 when the system got something wrong', () => {
  const run = certify(opptak);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(1);
  expect(run.stdout).toMatch(/^NB: Opptaket ble gjort mot prosjektets sandkasse/m);
  expect(run.stdout).toMatch(/^– ikke vist {3}send inn en enkel begjæring$/m);
  expect(run.stdout).toMatch(/^2 exchanges, \d+ errors, \d+ warnings\.$/m);
  expect(run.stdout).toMatch(/^Written: .*summary\.md, .*summary\.html, .*summary\.json$/m);
  for (const f of ['summary.json', 'summary.md', 'summary.html']) expect(readdirSync(opptak)).toContain(f);
  // The suite's summary, with the supplier section, the recording's red notice and its files vouched for.
  const r = JSON.parse(readFileSync(join(opptak, 'summary.json'), 'utf8'));
  expect(r).toMatchObject({ format: 'innkreving-conformance/sertifiseringsrapport', formatVersjon: 3, status: { utfall: 'feilet' }, miljoe: { klasse: 'sandbox', erBevis: false, leverandoerOrg: null }, tester: [] });
  expect(r.miljoeMerknad).toMatch(/^Opptaket ble gjort mot prosjektets sandkasse/);
  expect(r.leverandoersystem.totalt.utvekslinger).toBe(2);
  expect(r.bevis.map((b: { fil: string }) => b.fil)).toEqual([readdirSync(opptak).find((f) => f.endsWith('.jsonl')), 'summary.md', 'summary.html']);
  expect(readFileSync(join(opptak, 'summary.md'), 'utf8')).toContain('## Leverandørsystemets kjøring');
  const out = tmp('certify-out');
  expect(certify(opptak, '--out', out).status).toBe(1);
  expect(readdirSync(out).sort()).toEqual(['summary.html', 'summary.json', 'summary.md']);
});

test('certify writes English on CONFORMANCE_SUMMARY_LANG=en, and never overwrites a suite run\'s summary', () => {
  const out = tmp('certify-en');
  const en = spawnSync(process.execPath, ['--import', 'tsx', 'bin/certify.ts', opptak, '--out', out], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, CONFORMANCE_SUMMARY_LANG: 'en' } });
  expect(en.status).toBe(1);
  expect(en.stdout).toMatch(/^– not shown {3}submit a simple petition$/m);
  const md = readFileSync(join(out, 'summary.md'), 'utf8');
  expect(md).toContain("## The supplier system's run");
  expect(md).toContain("> **Sandbox – not Skatteetaten's environment.**");
  expect(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')).spraak).toBe('en');

  const suite = tmp('certify-suite');
  const suitens = JSON.stringify({ format: 'innkreving-conformance/sertifiseringsrapport', formatVersjon: 3, tester: [{ id: 'x' }] });
  writeFileSync(join(suite, 'summary.json'), suitens);
  const run = certify(opptak, '--out', suite);
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/^certify: .* holds a suite run's summary\.json, which certify would overwrite; give another folder with --out\n$/);
  expect(readFileSync(join(suite, 'summary.json'), 'utf8')).toBe(suitens);
  expect(readdirSync(suite)).toEqual(['summary.json']);
});

test('a recording cut off mid-line is still summarised, the cut line named', () => {
  const dir = tmp('certify-cut');
  const fil = readdirSync(opptak).find((f) => f.endsWith('.jsonl'))!;
  const tekst = readFileSync(join(opptak, fil), 'utf8');
  writeFileSync(join(dir, fil), tekst);
  appendFileSync(join(dir, fil), '{"type":"utveksling","nr":3,"tid":"20');
  const run = certify(dir);
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/^certify: .*oekt-.*\.jsonl:4: not a JSON line \(cut off at the end: the recorder stopped while writing\?\); skipped$/m);
  const r = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')).leverandoersystem;
  expect(r.totalt.utvekslinger).toBe(2);
  expect(r.advarsler).toHaveLength(1);
});

test('bad input is one line and exit 2: no folder, an empty folder, a file that is not a recording, wrong options', () => {
  const tom = tmp('certify-empty');
  const fremmed = tmp('certify-foreign');
  writeFileSync(join(fremmed, 'oekt-x.jsonl'), '{"hei":1}\n');
  for (const [args, melding] of [
    [[join(tom, 'finnes-ikke')], /does not exist; give the folder of npm run sandbox -- --record DIR/],
    [[tom], /holds no recording \(no oekt-\*\.jsonl files\)/],
    [[fremmed], /oekt-x\.jsonl:1: the first line must be the session header/],
    [[], /give exactly one recording folder/],
    [[tom, '--bogus'], /Unknown option '--bogus'/],
  ] as const) {
    const run = certify(...args);
    expect(run.status, `${args.join(' ')}: ${run.stderr}`).toBe(2);
    expect(run.stderr).toMatch(melding);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }
  const sandbox = spawnSync(process.execPath, ['--import', 'tsx', 'bin/sandbox.ts', '--port', '0', '--record', join(fremmed, 'oekt-x.jsonl')], { encoding: 'utf8', timeout: 60_000 });
  expect(sandbox.status).toBe(2);
  expect(sandbox.stderr).toMatch(/^sandbox: --record: cannot record to .*: it is a file, not a folder\n$/);
});

import { test, expect } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { createRandom, generateUtleggsbegjaeringer } from '../../generators/index.ts';
import { MUTATION_CODES, invalidFor } from '../../generators/invalid/index.ts';
import type { FileResult } from '../../tools/validate/check.ts';
import { runValidate, type Output } from '../../tools/validate/run.ts';

const EXAMPLES = 'specs/examples/utleggsbegjaering/v1';
const FIXTURES = 'tests/unit/fixtures/validate';

/** Runs the validator in-process with --json and returns the exit code, the per-file results and stderr. */
async function validate(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const out: Output = { write: async (t) => void (stdout += t) };
  const err: Output = { write: async (t) => void (stderr += t) };
  const code = await runValidate(['--json', ...args], out, err);
  const lines = stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const summary = lines.pop()?.summary;
  return { code, results: lines as FileResult[], summary, stderr };
}

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'bin/validate.ts', ...args], (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

let dir: string;
test.beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'validate-'));
});
test.afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('the seed examples are valid and the run exits 0', async () => {
  const { code, results, summary } = await validate(EXAMPLES);
  expect(results.map((r) => r.status)).toEqual(['valid', 'valid']);
  expect(summary).toMatchObject({ files: 2, valid: 2, invalid: 0, errors: 0 });
  expect(code).toBe(0);
});

test('the summary names the codes that cannot be checked offline and why', async () => {
  const { summary } = await validate(EXAMPLES);
  const codes = summary.ikkeSjekketOffline.map((u: { kode: string }) => u.kode);
  expect(codes).toEqual(expect.arrayContaining(['DUPLIKAT_INNSENDING', 'INNSENDER_SAMSVARER_IKKE_MED_AUTENTISERING', 'VEDLEGG_SKAL_VAERE_TILGJENGELIG', 'UGYLDIG_STATUS']));
  expect(codes).not.toContain('UGYLDIG_KID');
  for (const u of summary.ikkeSjekketOffline) expect(u.reason).toMatch(/needs|changes/);
});

test('a petition breaking a rule lists the rule code with its message and exits 1', async () => {
  const { code, results } = await validate(join(FIXTURES, 'ugyldig-kid.json'), join(FIXTURES, 'krav-ikke-benyttet.json'));
  expect(code).toBe(1);
  const [kid, krav] = results;
  expect(kid).toMatchObject({ status: 'invalid', schema: [], rulesChecked: true, rules: [{ kode: 'UGYLDIG_KID', melding: 'Kidnummer 2509937600 er feil' }] });
  expect(krav).toMatchObject({ status: 'invalid', rules: [{ kode: 'KRAV_IKKE_BENYTTET', sti: '/kravTilInnkreving/3' }] });
  expect(krav.status === 'invalid' && krav.rules[0].melding).toContain('IKKE_REFERERT_1');
});

test('every generated single-request invalid variant shows exactly its code, or is one offline cannot check', async () => {
  const [base] = generateUtleggsbegjaeringer(1, { seed: 7, kompleksitet: 'kompleks' });
  const faker = createRandom(7);
  for (const kode of MUTATION_CODES) {
    const variant = invalidFor(kode, base, faker);
    if (variant.kind === 'request') await writeFile(join(dir, `${kode}.json`), JSON.stringify(variant.body));
  }
  await writeFile(join(dir, 'gyldig.json'), JSON.stringify(base));
  const { results, summary } = await validate(dir);
  const offline = new Set(summary.ikkeSjekketOffline.map((u: { kode: string }) => u.kode));
  const byFile = new Map(results.map((r) => [r.file.slice(dir.length + 1), r]));
  expect(byFile.get('gyldig.json')?.status).toBe('valid');
  expect(results.length).toBeGreaterThan(30);
  for (const kode of MUTATION_CODES) {
    const r = byFile.get(`${kode}.json`);
    if (!r) continue;
    if (offline.has(kode)) expect(r.status, kode).toBe('valid');
    else expect(r.status === 'invalid' && r.rules.map((b) => b.kode), kode).toEqual([kode]);
  }
});

test('schema errors name the JSON pointer, and rules are not run on a schema-invalid body', async () => {
  const { results, code } = await validate(join(FIXTURES, 'skjemafeil.json'));
  expect(code).toBe(1);
  expect(results[0]).toMatchObject({
    status: 'invalid',
    rulesChecked: false,
    rules: [],
    schema: expect.arrayContaining([
      { path: '/begjaeringsdato', message: 'must match format "date"' },
      { path: '/kravTilInnkreving/0/opprinneligBeloep/beloep', message: 'must be number' },
    ]),
  });
});

test('broken JSON is reported with line and column and the run goes on', async () => {
  const { results, code, summary } = await validate(join(FIXTURES, 'oedelagt.json'), join(FIXTURES, 'avkortet.json'), join(EXAMPLES, 'enkel.json'));
  expect(code).toBe(1);
  expect(results[0]).toEqual({ file: join(FIXTURES, 'oedelagt.json'), status: 'broken-json', reason: "Expected ':' after property name", line: 4, column: 19 });
  expect(results[1]).toMatchObject({ status: 'broken-json', line: 27 });
  expect(results[2].status).toBe('valid');
  expect(summary).toMatchObject({ files: 3, valid: 1, errors: 2 });
});

test('an empty file, a non-UTF-8 file and a dangling symbolic link are reported per file', async () => {
  await writeFile(join(dir, 'tom.json'), '');
  await writeFile(join(dir, 'latin1.json'), Buffer.from([0x7b, 0x22, 0xe6, 0x22, 0x3a, 0x31, 0x7d]));
  await symlink(join(dir, 'finnes-ikke'), join(dir, 'lenke.json'));
  await writeFile(join(dir, 'ikke-json.txt'), 'ignored: not *.json');
  const { results, code } = await validate(dir);
  expect(code).toBe(1);
  const byName = Object.fromEntries(results.map((r) => [r.file.slice(dir.length + 1), r]));
  expect(Object.keys(byName).sort()).toEqual(['latin1.json', 'lenke.json', 'tom.json']);
  expect(byName['tom.json']).toMatchObject({ status: 'broken-json', reason: 'the file is empty' });
  expect(byName['latin1.json']).toMatchObject({ status: 'unreadable', reason: 'is not UTF-8 text' });
  expect(byName['lenke.json']).toMatchObject({ status: 'unreadable', reason: expect.stringContaining('does not exist') });
});

test('folders are walked recursively for *.json files, following links to folders once', async () => {
  await mkdir(join(dir, 'a/b/c'), { recursive: true });
  await writeFile(join(dir, 'a/b/c/en.json'), JSON.stringify(generateUtleggsbegjaeringer(1, { seed: 3 })[0]));
  await symlink(dir, join(dir, 'a/loop'));
  const { results } = await validate(dir);
  expect(results.map((r) => [r.file.slice(dir.length + 1), r.status])).toEqual([['a/b/c/en.json', 'valid']]);
});

test('an empty folder checks nothing, says so, and exits 0', async () => {
  const { code, results, summary, stderr } = await validate(dir);
  expect(results).toEqual([]);
  expect(summary.files).toBe(0);
  expect(stderr).toContain('no .json files found');
  expect(code).toBe(0);
});

test('the CLI exits 2 with one line on stderr for usage errors', async () => {
  for (const args of [[], ['--verbose', EXAMPLES], ['finnes/ikke.json']]) {
    const { code, stdout, stderr } = await cli(...args);
    expect(code, args.join(' ')).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  }
});

test('the CLI prints text by default and exits 0 or 1', async () => {
  const ok = await cli(EXAMPLES);
  expect(ok.code).toBe(0);
  expect(ok.stdout).toMatch(/Not checked offline \(\d+ codes/);
  expect(ok.stdout).toContain(`OK       ${EXAMPLES}/enkel.json`);
  const bad = await cli(FIXTURES);
  expect(bad.code).toBe(1);
  expect(bad.stdout).toContain('rule   UGYLDIG_KID at /betalingsinformasjon/norskKonto/kidnummer: Kidnummer 2509937600 er feil');
  expect(bad.stdout).toContain(`${FIXTURES}/oedelagt.json:4:19: not valid JSON`);
});

test('3,000 files stream in constant memory', async () => {
  test.setTimeout(120_000);
  const petitions = generateUtleggsbegjaeringer(100, { seed: 11 });
  for (let folder = 0; folder < 30; folder++) {
    await mkdir(join(dir, String(folder)));
    await Promise.all(petitions.map((p, i) => {
      const body = i % 10 === 0 ? { ...p, kravTilInnkreving: [] } : p;
      return writeFile(join(dir, String(folder), `${i}.json`), JSON.stringify({ ...body, innsenderReferanse: `${folder}-${i}` }));
    }));
  }
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const heapAt: number[] = [];
  let lines = 0;
  // The output is dropped as it comes, as a pipe to another process would; heap is sampled after a full gc.
  const out: Output = {
    write: async () => {
      lines++;
      if (lines === 500 || lines === 3000) {
        gc();
        heapAt.push(process.memoryUsage().heapUsed);
      }
    },
  };
  const code = await runValidate([dir], out, { write: async () => {} });
  expect(code).toBe(1);
  expect(lines).toBe(3000 + 2); // preamble, 3,000 files, summary
  const growth = heapAt[1] - heapAt[0];
  expect(growth, `heap grew ${(growth / 1e6).toFixed(1)} MB from file 500 to file 3,000`).toBeLessThan(5e6);
});

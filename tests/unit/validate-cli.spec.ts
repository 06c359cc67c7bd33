import { test, expect } from '@playwright/test';
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { createRandom, generateUtleggsbegjaeringer } from '../../generators/index.ts';
import { MUTATION_CODES, invalidFor } from '../../generators/invalid/index.ts';
import { reglerFor } from '../../sandbox/rules/utleggsbegjaering/index.ts';
import { SpecError } from '../../src/spec/errors.ts';
import { migrasjon } from '../../src/spec/migrations.ts';
import type { FileResult } from '../../tools/validate/check.ts';
import { runValidate, type Output } from '../../tools/validate/run.ts';

// The seed examples and the fixtures of FIXTURES' top level are 0.9 (/v1) payloads, so their checks name v1:
// without --version the validator checks against the manifest default (v2).
const EXAMPLES = 'specs/examples/utleggsbegjaering/v1';
const FIXTURES = 'tests/unit/fixtures/validate';
/** The v1 example moved to data model 2.1 as specs/migrations/utleggsbegjaering-v1-v2.json says. */
const V2_FIXTURE = join(FIXTURES, 'v2/enkel.json');
const REGISTER_REASON = 'needs the party register (Folkeregisteret/Enhetsregisteret; the sandbox has its own)';

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

function cliWith(env: NodeJS.ProcessEnv, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'bin/validate.ts', ...args], { env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

const cli = (...args: string[]) => cliWith({}, ...args);

let dir: string;
test.beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'validate-'));
});
test.afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('the seed examples are valid and the run exits 0', async () => {
  const { code, results, summary } = await validate('--version', 'v1', EXAMPLES);
  expect(results.map((r) => r.status)).toEqual(['valid', 'valid']);
  expect(summary).toMatchObject({ files: 2, valid: 2, invalid: 0, errors: 0 });
  expect(code).toBe(0);
});

test('the summary names the codes that cannot be checked offline and why', async () => {
  const { summary } = await validate('--version', 'v1', EXAMPLES);
  const codes = summary.ikkeSjekketOffline.map((u: { kode: string }) => u.kode);
  expect(codes).toEqual(expect.arrayContaining(['DUPLIKAT_INNSENDING', 'INNSENDER_SAMSVARER_IKKE_MED_AUTENTISERING', 'VEDLEGG_SKAL_VAERE_TILGJENGELIG', 'UGYLDIG_STATUS']));
  expect(codes).not.toContain('UGYLDIG_KID');
  for (const u of summary.ikkeSjekketOffline) expect(u.reason).toMatch(/needs|changes/);
});

test('a petition breaking a rule lists the rule code with its message and exits 1', async () => {
  const { code, results } = await validate('--version', 'v1', join(FIXTURES, 'ugyldig-kid.json'), join(FIXTURES, 'krav-ikke-benyttet.json'));
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
  const { results, code } = await validate('--version', 'v1', join(FIXTURES, 'skjemafeil.json'));
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
  const { results, code, summary } = await validate('--version', 'v1', join(FIXTURES, 'oedelagt.json'), join(FIXTURES, 'avkortet.json'), join(EXAMPLES, 'enkel.json'));
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

test('a folder without *.json files is refused, naming the folder, exit 2 (it passed with 0 files)', async () => {
  await writeFile(join(dir, 'notat.txt'), 'not a payload');
  const run = await cli(dir);
  expect(run).toEqual({ code: 2, stdout: '', stderr: `validate: ${dir} is a folder without *.json files: nothing to check\n` });
  // Beside a file that is there, the empty folder still stops the run before anything is checked.
  const mixed = await cli(join(EXAMPLES, 'enkel.json'), dir);
  expect(mixed.code).toBe(2);
  expect(mixed.stdout).toBe('');
});

test('the generator\'s own output, a JSON array of petitions, is checked petition by petition', async () => {
  const file = join(dir, 'generert.json');
  const generated = await new Promise<string>((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', 'bin/generate.ts', 'utleggsbegjaering', '--count', '3', '--seed', '5'], { maxBuffer: 16 << 20 }, (error, stdout) => (error ? reject(error) : resolve(stdout)));
  });
  await writeFile(file, generated);
  const run = await cli(file);
  expect(run.stderr).toBe('');
  expect(run.stdout).toContain(`OK       ${file}[0] (v2)\nOK       ${file}[1] (v2)\nOK       ${file}[2] (v2)\n`);
  expect(run.stdout).toContain('3 payloads in 1 file checked against v2: 3 valid, 0 invalid');
  expect(run.code).toBe(0);

  const [first, second] = JSON.parse(generated);
  await writeFile(file, JSON.stringify([first, { ...second, kravTilInnkreving: 'ingen' }]));
  const { code, results, summary } = await validate(file);
  expect(results.map((r) => [r.index, r.status])).toEqual([[0, 'valid'], [1, 'invalid']]);
  expect(summary).toMatchObject({ files: 1, payloads: 2, valid: 1, invalid: 1 });
  expect(code).toBe(1);

  await writeFile(file, '[]');
  const empty = await validate(file);
  expect(empty.results).toEqual([{ file, status: 'error', reason: 'is an empty JSON array: no petition to check' }]);
  expect(empty.code).toBe(1);
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
  const ok = await cli('--version', 'v1', EXAMPLES);
  expect(ok.code).toBe(0);
  expect(ok.stdout).toMatch(/Not checked offline \(\d+ codes/);
  expect(ok.stdout).toContain(`OK       ${EXAMPLES}/enkel.json`);
  // Named files, not the folder: it also holds v2 fixtures, which a v1 run reports as another version.
  const bad = await cli('--version', 'v1', join(FIXTURES, 'ugyldig-kid.json'), join(FIXTURES, 'oedelagt.json'));
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

test.describe('versions', () => {
  test('a v2 petition is valid against v2, and every result says which version it was checked against', async () => {
    const { code, results, summary } = await validate('--version', 'v2', V2_FIXTURE);
    expect(results).toEqual([{ file: V2_FIXTURE, status: 'valid', version: 'v2' }]);
    expect(summary).toMatchObject({ version: 'v2', files: 1, valid: 1, wrongVersion: 0 });
    expect(code).toBe(0);
  });

  test('without --version the run follows CONFORMANCE_UTLEGGSBEGJAERING_VERSION, and the text names the version', async () => {
    const run = await cliWith({ CONFORMANCE_UTLEGGSBEGJAERING_VERSION: 'v2' }, V2_FIXTURE);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Checking Utleggsbegjæring v2 (data model 2.1) payloads');
    expect(run.stdout).toContain(`OK       ${V2_FIXTURE} (v2)`);
    expect(run.stdout).toContain('1 file checked against v2: 1 valid');
    expect(run.code).toBe(0);
  });

  test('a v1 petition checked as v2 is one finding naming the fields that moved, not forty schema errors; exit 2', async () => {
    const file = join(EXAMPLES, 'enkel.json');
    const { code, results, summary } = await validate('--version', 'v2', file);
    expect(code).toBe(2);
    expect(summary).toMatchObject({ files: 1, wrongVersion: 1, invalid: 0 });
    const [r] = results;
    expect(r).toMatchObject({ status: 'wrong-version', version: 'v2', dataModel: '2.1', fits: { version: 'v1', dataModel: '0.9', schemaErrors: 0 } });
    expect(r).not.toHaveProperty('schema');
    if (r.status !== 'wrong-version') return;
    expect(r.schemaErrors).toBeGreaterThan(10);
    expect(r.moved).toEqual(expect.arrayContaining([
      expect.objectContaining({ fra: '/kravTilInnkreving/0/kravreferanse', til: '/kravTilInnkreving/0/innsendersKravreferanse', endring: 'omdøpt', kilde: '1.0 endringsliste punkt 9' }),
      expect.objectContaining({ fra: '/saksoekt/0/saksoekt/person/identifikator/verdi', til: '/saksoekt/0/saksoekt/person/identifikator/taxIdentificationNumber', kilde: 'sammenligning av eksemplene' }),
      // A field under a renamed parent gets both renames.
      expect.objectContaining({ fra: '/innsender/prosessfullmektig/prosessfullmektig/person/identifikator/verdi', til: '/innsender/innsendersProsessfullmektig/prosessfullmektig/person/identifikator/taxIdentificationNumber' }),
      expect.objectContaining({ fra: '/betalingsinformasjon/norskKonto/kidnummer', til: '/betalingsinformasjon/kidnummer', endring: 'flyttet' }),
      expect.objectContaining({ fra: '/saksreferanse', endring: 'fjernet', kilde: '1.1 endringsliste punkt 1' }),
      expect.objectContaining({ fra: '/begjaeringensTvangsgrunnlag/0/begrunnelseUnnlatVarsel', endring: 'kodeverdier', verdi: 'ukjentOppholdsstedSakssøkt', nyVerdi: null }),
    ]));
    // Only what the payload has: the example has no foreign address and no saksøkt's prosessfullmektig.
    expect(r.moved.map((m) => m.fra).filter((f) => /adresseUtland|saksoektesProsessfullmektig|saksoekt\/\d+\/prosessfullmektig/.test(f))).toEqual([]);

    const text = await cli('--version', 'v2', file);
    expect(text.code).toBe(2);
    const finding = text.stdout.slice(text.stdout.indexOf('VERSION  '));
    expect(finding).toMatch(new RegExp(`^VERSION  ${file}: this is a v1 petition \\(data model 0\\.9\\), not v2 \\(data model 2\\.1\\): \\d+ schema errors against v2, none against v1\n`));
    expect(finding).toContain('  field  /kravTilInnkreving/0/kravreferanse → /kravTilInnkreving/0/innsendersKravreferanse (1.0 endringsliste punkt 9; 2 more like it)\n');
    expect(finding).toContain('  field  /saksoeker/0/saksoeker/virksomhet/identifikator/verdi → …/taxIdentificationNumber (sammenligning av eksemplene; 5 more like it)\n');
    expect(finding).toMatch(/ {2}… and \d+ more \(--json lists them\)\n {2}\(check it with --version v1, or move it to v2 as listed\)\n/);
    expect(finding).not.toContain('  schema ');
  });

  test('a v2 petition checked as v1 is named as v2', async () => {
    const { code, results } = await validate('--version', 'v1', V2_FIXTURE);
    expect(code).toBe(2);
    expect(results[0]).toMatchObject({ status: 'wrong-version', version: 'v1', fits: { version: 'v2', schemaErrors: 0 }, moved: [] });
  });

  test('a v1 petition with errors of its own is still named v1; a body that fits no version is an ordinary schema finding', async () => {
    const own = await validate('--version', 'v2', join(FIXTURES, 'skjemafeil.json'));
    expect(own.code).toBe(2);
    expect(own.results[0]).toMatchObject({ status: 'wrong-version', fits: { version: 'v1', schemaErrors: 2 } });
    await writeFile(join(dir, 'ingen.json'), JSON.stringify({ begjaeringsdato: 'i går', saksoeker: [] }));
    const none = await validate('--version', 'v2', join(dir, 'ingen.json'));
    expect(none.code).toBe(1);
    expect(none.results[0]).toMatchObject({ status: 'invalid', version: 'v2', rulesChecked: false });
  });

  test('an unknown version is one line naming it and the known versions, exit 2', async () => {
    const runs = await Promise.all([
      cli('--version', 'v9', EXAMPLES),
      cli('--version=v9', EXAMPLES),
      cliWith({ CONFORMANCE_UTLEGGSBEGJAERING_VERSION: 'v9' }, EXAMPLES),
      cli(EXAMPLES, '--version'),
    ]);
    const expected = [
      /^validate: unknown version "v9" \(known: v1, v2\)\n$/,
      /^validate: unknown version "v9" \(known: v1, v2\)\n$/,
      /^validate: unknown version "v9" in CONFORMANCE_UTLEGGSBEGJAERING_VERSION \(known: v1, v2\)\n$/,
      /^validate: --version needs a version, e.g. --version v2; usage: .*\n$/,
    ];
    runs.forEach((run, i) => {
      expect(run.code, String(expected[i])).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(expected[i]);
    });
  });

  test('the not-judged list for v2 includes the register rules, from what the rules say they need', async () => {
    const { summary } = await validate('--version', 'v2', V2_FIXTURE);
    const reason = new Map<string, string>(summary.ikkeSjekketOffline.map((u: { kode: string; reason: string }) => [u.kode, u.reason]));
    for (const kode of ['SAKSOEKT_MANGLER_I_REGISTERET', 'ER_IKKE_HOVEDENHET', 'SAKSOEKT_ER_IKKE_HOVEDENHET']) expect(reason.get(kode), kode).toContain(REGISTER_REASON);
    expect(reason.get('ULOVLIG_ENDRING_SAKSOEKT')).toMatch(/changes/);
    for (const r of reglerFor('v2').alle) if (r.trenger.length > 0) expect(reason.has(r.kode), r.kode).toBe(true);
    const v1 = (await validate('--version', 'v1', EXAMPLES)).summary.ikkeSjekketOffline.map((u: { kode: string }) => u.kode);
    expect(v1).not.toContain('SAKSOEKT_MANGLER_I_REGISTERET');
  });
});

test.describe('migration map', () => {
  test('every entry names a change-list point, or says it is our reading of the examples or the models', () => {
    const m = migrasjon('utleggsbegjaering', 'v1', 'v2');
    expect(m?.endringer.length).toBeGreaterThan(30);
    const point = String.raw`\d\.\d endringsliste punkt \d+`;
    for (const e of m!.endringer) expect(e.kilde, e.fra).toMatch(new RegExp(`^(${point}(; ${point})*|sammenligning av (eksemplene|modellene))$`));
    expect(m!.endringer.find((e) => e.fra === '/kravTilInnkreving/*/kravreferanse')).toEqual({ fra: '/kravTilInnkreving/*/kravreferanse', til: '/kravTilInnkreving/*/innsendersKravreferanse', endring: 'omdøpt', kilde: '1.0 endringsliste punkt 9' });
    expect(migrasjon('utleggsbegjaering', 'v2', 'v1')).toBeUndefined();
  });

  test('a bad entry is a SpecError naming the file and the pointer', async () => {
    const specs = join(dir, 'specs');
    await cp('specs', specs, { recursive: true });
    const file = join(specs, 'migrations', 'utleggsbegjaering-v1-v2.json');
    const data = JSON.parse(await readFile(file, 'utf8'));
    const bad: [unknown, RegExp][] = [
      [{ fra: '/kravTilInnkreving/*/kravreferanse', til: '/kravreferanse', endring: 'omdøpt', kilde: 'x' }, /at \/endringer\/0\/til: must have the same wildcards as fra/],
      [{ fra: 'kravreferanse', til: '/x', endring: 'omdøpt', kilde: 'x' }, /at \/endringer\/0\/fra: must be a JSON pointer/],
      [{ fra: '/saksreferanse', endring: 'borte', kilde: 'x' }, /at \/endringer\/0\/endring: must be one of omdøpt, flyttet/],
      [{ fra: '/saksreferanse', endring: 'fjernet' }, /at \/endringer\/0\/kilde: must name where the change comes from/],
      [{ fra: '/tvangsfullbyrdelsestype', endring: 'kodeverdier', kilde: 'x', verdier: { a: 7 } }, /at \/endringer\/0\/verdier\/a: must be a code value/],
    ];
    const before = process.env.CONFORMANCE_SPECS_DIR;
    process.env.CONFORMANCE_SPECS_DIR = specs;
    try {
      for (const [entry, message] of bad) {
        // Only a map that loads is cached, so the same file can be rewritten for each case.
        await writeFile(file, JSON.stringify({ ...data, endringer: [entry] }));
        let thrown: unknown;
        try {
          migrasjon('utleggsbegjaering', 'v1', 'v2');
        } catch (err) {
          thrown = err;
        }
        expect(thrown, JSON.stringify(entry)).toBeInstanceOf(SpecError);
        expect((thrown as Error).message).toContain(file);
        expect((thrown as Error).message).toMatch(message);
      }
    } finally {
      if (before === undefined) delete process.env.CONFORMANCE_SPECS_DIR;
      else process.env.CONFORMANCE_SPECS_DIR = before;
    }
  });
});

import { test, expect } from '@playwright/test';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ContractValidator } from '../../src/contract/index.ts';
import { evaluate } from '../../sandbox/rules/utleggsbegjaering/index.ts';
import { validateParties } from '../../generators/parties/index.ts';
import type { Utleggsbegjaering } from '../../src/model/utleggsbegjaering.ts';

// The CLI as a user runs it (tsx, as `npm run generate` does), as a child process. Each start costs
// a second or more, so the invocations are few and run side by side.
const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = 'tests/unit/fixtures/parties';

interface Run { code: number | null; stdout: string; stderr: string }

function generate(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'bin/generate.ts', ...args], { cwd: root, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr });
    });
  });
}

function ok(run: Run): unknown[] {
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const out = JSON.parse(run.stdout);
  expect(Array.isArray(out)).toBe(true);
  return out;
}

const json = 'application/json';
const kontekst = { modus: 'sendInn' as const, erDuplikat: () => false, hentVedlegg: (uuid: string) => ({ uuid, status: 'konvertert' as const }) };

test.describe.configure({ timeout: 120_000 });

test('same seed gives byte-identical output, another seed other output; every kind validates', async () => {
  const [a, b, c, trekk, krav, inn, parties, withParties] = await Promise.all([
    generate('utleggsbegjaering', '--count', '3', '--seed', '11'),
    generate('utleggsbegjaering', '--count', '3', '--seed', '11'),
    generate('utleggsbegjaering', '--count', '3', '--seed', '12'),
    generate('trekkpaalegg', '--count', '5', '--seed', '3', '--innsender', '313367002'),
    generate('krav', '--count', '4', '--seed', '3'),
    generate('innbetalinger', '--count', '4', '--seed', '3'),
    generate('parties', '--count', '6', '--seed', '3'),
    generate('utleggsbegjaering', '--count', '2', '--parties', `${fixtures}/good.json`),
  ]);
  expect(a.stdout).toBe(b.stdout);
  expect(c.stdout).not.toBe(a.stdout);

  const ub = ContractValidator.forApi('utleggsbegjaering');
  const petitions = [...ok(a), ...ok(c), ...ok(withParties)] as Utleggsbegjaering[];
  expect(petitions).toHaveLength(8);
  for (const p of petitions) {
    expect(ub.validateRequest('sendInnUtleggsbegjaering', p).violations).toEqual([]);
    expect(evaluate(p, { ...kontekst, paaloggetOrgnr: '312597772' })).toEqual([]);
  }

  const orders = ok(trekk) as { trekkpliktig: string }[];
  expect(orders).toHaveLength(5);
  expect(orders.every((o) => o.trekkpliktig === '313367002')).toBe(true);
  const tp = ContractValidator.forApi('trekkpaalegg');
  expect(tp.validateResponse('hentTrekkpaalegg', { status: 200, contentType: json, body: orders }).violations).toEqual([]);

  const kb = ContractValidator.forApi('kravogbetalinger');
  const k = ok(krav);
  const i = ok(inn);
  expect(k).toHaveLength(4);
  expect(kb.validateResponse('hentKrav', { status: 200, contentType: json, body: { partIdentifikator: '212201782', krav: k } }).violations).toEqual([]);
  expect(kb.validateResponse('hentInnbetalinger', { status: 200, contentType: json, body: { partIdentifikator: '212201782', innbetaling: i } }).violations).toEqual([]);

  const p = ok(parties);
  expect(p).toHaveLength(6);
  expect(() => validateParties(p, 'generated parties')).not.toThrow();
});

test('--invalid: a rule code breaks that rule only, schema:<kind> breaks the schema, scenario kinds give steps', async () => {
  const [kid, schema, scenario] = await Promise.all([
    generate('utleggsbegjaering', '--invalid', 'UGYLDIG_KID', '--count', '2', '--seed', '4'),
    generate('utleggsbegjaering', '--invalid', 'schema:bad-date', '--seed', '4'),
    generate('scenario', '--invalid', 'DUPLIKAT_INNSENDING', '--seed', '4'),
  ]);
  const bodies = ok(kid) as Utleggsbegjaering[];
  expect(bodies).toHaveLength(2);
  for (const b of bodies) expect([...new Set(evaluate(b, { ...kontekst, paaloggetOrgnr: '312597772' }).map((x) => x.kode))]).toEqual(['UGYLDIG_KID']);

  const ub = ContractValidator.forApi('utleggsbegjaering');
  const [bad] = ok(schema);
  expect(ub.validateRequest('sendInnUtleggsbegjaering', bad).violations.map((v) => v.path)).toContain('/begjaeringsdato');

  const [s] = ok(scenario) as { kode: string; steg: unknown[] }[];
  expect(s.kode).toBe('DUPLIKAT_INNSENDING');
  expect(s.steg.length).toBeGreaterThan(1);
});

test('bad input: one line on stderr naming the problem, exit code 2, nothing on stdout', async () => {
  const cases: [string[], RegExp][] = [
    [['utleggsbegjaering-x'], /unknown kind "utleggsbegjaering-x"/],
    [['utleggsbegjaering', '--invalid', 'FINNES_IKKE'], /unknown rule code "FINNES_IKKE"/],
    [['utleggsbegjaering', '--invalid', 'DUPLIKAT_INNSENDING'], /use kind scenario/],
    [['scenario'], /needs --invalid/],
    [['krav', '--colour', 'blue'], /--colour/],
    [['krav', '--count', 'ti'], /--count must be a whole number/],
    [['krav', '--seed', '1.5'], /--seed must be a whole number/],
    // Node's own parser said "argument is ambiguous" for a value that starts with a dash.
    [['krav', '--count', '-5'], /^generate: --count must be 0 or more, got -5\n$/],
    // A million complex petitions was 17 GB on stdout; refused before anything is written.
    [['utleggsbegjaering', '--count', '1000000'], /^generate: --count must be at most 10000 \(the limit per run; for more, run again with another --seed\), got 1000000\n$/],
    [['utleggsbegjaering', '--innsender', '312597773'], /--innsender/],
    [['utleggsbegjaering', '--parties', `${fixtures}/finnes-ikke.json`], /finnes-ikke\.json: no such file/],
    [['utleggsbegjaering', '--parties', `${fixtures}/broken.json`], /broken\.json: is not valid JSON/],
    [['utleggsbegjaering', '--parties', `${fixtures}/bad.json`], /bad\.json row \d+ field \w+/],
  ];
  const runs = await Promise.all(cases.map(([args]) => generate(...args)));
  runs.forEach((run, n) => {
    const [args, message] = cases[n];
    expect(run.code, args.join(' ')).toBe(2);
    expect(run.stdout, args.join(' ')).toBe('');
    expect(run.stderr, args.join(' ')).toMatch(message);
    expect(run.stderr.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
  });
});

test('--version v2: 2.1 petitions valid against the v2 document and rules, invalid variants and scenarios of the v2 catalog', async () => {
  const { registerOppslag, sandkasseregister } = await import('../../generators/parties/index.ts');
  const [a, b, enkel, enk, scenario, v2] = await Promise.all([
    generate('utleggsbegjaering', '--version', 'v2', '--count', '3', '--seed', '11'),
    generate('utleggsbegjaering', '--version', 'v2', '--count', '3', '--seed', '11'),
    generate('utleggsbegjaering', '--version', 'v2', '--count', '2', '--seed', '11', '--kompleksitet', 'enkel'),
    generate('utleggsbegjaering', '--version', 'v2', '--invalid', 'SAKSOEKT_ER_ENK', '--count', '2', '--seed', '4'),
    generate('scenario', '--version', 'v2', '--invalid', 'ULOVLIG_ENDRING_SAKSOEKT', '--seed', '4'),
    generate('utleggsbegjaering', '--version', 'v2', '--count', '3', '--seed', '11'),
  ]);
  expect(a.stdout).toBe(b.stdout);
  const ub = ContractValidator.forApi('utleggsbegjaering', 'v2');
  const ktx = { ...kontekst, paaloggetOrgnr: '312597772', partsregister: registerOppslag(sandkasseregister()), idag: '2026-06-01' };
  const petitions = [...ok(a), ...ok(enkel)] as never[];
  for (const p of petitions) {
    expect(ub.validateRequest('sendInnUtleggsbegjaering', p).violations).toEqual([]);
    expect(evaluate(p, ktx, 'v2')).toEqual([]);
  }
  expect((ok(enkel) as { begjaeringensTvangsgrunnlag: unknown[] }[]).every((p) => p.begjaeringensTvangsgrunnlag.length === 1)).toBe(true);
  for (const p of ok(enk) as never[]) expect([...new Set(evaluate(p, ktx, 'v2').map((x) => x.kode))]).toEqual(['SAKSOEKT_ER_ENK']);
  const [s] = ok(scenario) as { kode: string; steg: { operationId: string }[] }[];
  expect(s.kode).toBe('ULOVLIG_ENDRING_SAKSOEKT');
  expect(s.steg.at(-1)?.operationId).toBe('endreUtleggsbegjaering');
  // The manifest default (v2, what a supplier certifies against today) is what no --version gives.
  const [plain] = await Promise.all([generate('utleggsbegjaering', '--count', '3', '--seed', '11')]);
  expect(plain.stdout).toBe(v2.stdout);
});

test('--version and --kompleksitet: bad values are one line on stderr, exit code 2', async () => {
  const cases: [string[], RegExp][] = [
    [['utleggsbegjaering', '--version', 'v9'], /unknown version "v9" for --version; known: v1, v2/],
    [['utleggsbegjaering', '--kompleksitet', 'stor'], /unknown kompleksitet "stor"; one of enkel, kompleks, tilfeldig/],
    [['krav', '--version', 'v2'], /--version applies to utleggsbegjaering and scenario, not krav/],
    [['utleggsbegjaering', '--version', 'v2', '--invalid', 'FINNES_IKKE'], /unknown rule code "FINNES_IKKE".*utleggsbegjaering-v2\.json/],
    [['utleggsbegjaering', '--version', 'v1', '--invalid', 'SAKSOEKT_ER_ENK'], /unknown rule code "SAKSOEKT_ER_ENK".*utleggsbegjaering-v1\.json/],
    [['utleggsbegjaering', '--version', 'v2', '--invalid', 'ULOVLIG_ENDRING_SAKSOEKER'], /use kind scenario/],
    [['scenario', '--version', 'v2', '--invalid', 'SAKSOKER_ER_ENK'], /use kind utleggsbegjaering/],
  ];
  const runs = await Promise.all(cases.map(([args]) => generate(...args)));
  runs.forEach((run, n) => {
    const [args, message] = cases[n];
    expect(run.code, args.join(' ')).toBe(2);
    expect(run.stdout, args.join(' ')).toBe('');
    expect(run.stderr, args.join(' ')).toMatch(message);
    expect(run.stderr.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
  });
});

test('a negative --seed is a seed like any other (it was "argument is ambiguous"), and the limit itself is allowed', async () => {
  const [negative, again] = await Promise.all([generate('krav', '--count', '2', '--seed', '-3'), generate('krav', '--count=2', '--seed=-3')]);
  expect(ok(negative)).toHaveLength(2);
  expect(negative.stdout).toBe(again.stdout);
  const limit = await generate('parties', '--count', '10000', '--seed', '1');
  expect(ok(limit)).toHaveLength(10_000);
});

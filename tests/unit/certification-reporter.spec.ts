import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { FullConfig, FullResult, Suite, TestCase, TestResult } from '@playwright/test/reporter';
import { findSecrets } from '../../src/redact.ts';
import { loadKravOgBetalingerKoder, loadRegelkatalog } from '../../src/spec/catalog.ts';
import { loadSpec } from '../../src/spec/document.ts';
import { API_NAMES } from '../../src/spec/versions.ts';
import CertificationReporter from '../reporters/certification.ts';
import type { Sertifiseringsrapport } from '../reporters/types.ts';

// A token-shaped string as a failing test might echo it; the summary must never carry it.
const PLANTED_JWT = `eyJhbGciOiJSUzI1NiJ9.${'eyJzdWIiOiJ0ZXN0In0'}.${'c2lnbmF0dXJlLXBhcnQ'}`;
const ROOT = process.cwd();

interface FakeTest {
  file: string;
  title: string;
  status: TestResult['status'] | 'notRun';
  annotations?: { type: string; description?: string }[];
  errors?: string[];
  curl?: string | string[];
  flaky?: boolean;
}

function fakeSuite(tests: FakeTest[]): Suite {
  const cases = tests.map((t, i) => {
    const result = (status: TestResult['status']): TestResult =>
      ({
        status,
        duration: 10,
        retry: 0,
        errors: status === 'failed' ? (t.errors ?? ['boom']).map((message) => ({ message, cause: message.startsWith('TypeError: fetch failed') ? { message: 'Error: write EPIPE' } : undefined })) : [],
        annotations: t.annotations ?? [],
        attachments: [t.curl ?? []].flat().map((c, n) => ({ name: `0${n + 1} sendInnUtleggsbegjaering 422.curl.sh`, contentType: 'text/plain', body: Buffer.from(c) })),
      }) as unknown as TestResult;
    const results = t.status === 'notRun' ? [] : t.flaky ? [result('failed'), result('passed')] : [result(t.status)];
    const outcome = () => (t.flaky ? 'flaky' : t.status === 'passed' ? 'expected' : t.status === 'skipped' || t.status === 'notRun' ? 'skipped' : 'unexpected');
    return {
      title: t.title,
      titlePath: () => ['', 'utleggsbegjaering', t.file, t.title],
      location: { file: join(ROOT, t.file), line: i + 1, column: 1 },
      parent: { project: () => ({ name: 'utleggsbegjaering' }) },
      tags: ['@full'],
      annotations: t.annotations ?? [],
      results,
      outcome,
    } as unknown as TestCase;
  });
  return { allTests: () => cases } as unknown as Suite;
}

function metadata(erSandkasse: boolean) {
  return {
    miljoe: erSandkasse ? 'local' : 'test',
    miljoeNavn: erSandkasse ? 'sandkasse' : 'Skatteetaten test',
    baseUrl: 'http://127.0.0.1:4010',
    erSandkasse,
    leverandoerOrg: '310000001',
    spesifikasjoner: API_NAMES.map((api) => {
      const s = loadSpec(api);
      return { api, versjon: s.version, fil: s.file, sha256: s.sha256 };
    }),
  };
}

async function run(tests: FakeTest[], options: { erSandkasse?: boolean; shard?: FullConfig['shard'] } = {}): Promise<{ model: Sertifiseringsrapport; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'cert-'));
  const reporter = new CertificationReporter({ outputDir: dir });
  const config = { configFile: join(ROOT, 'playwright.config.ts'), rootDir: join(ROOT, 'tests'), metadata: metadata(options.erSandkasse ?? true), shard: options.shard ?? null } as unknown as FullConfig;
  reporter.onConfigure(config);
  reporter.onBegin(config, fakeSuite(tests));
  await reporter.onEnd({ status: 'failed', startTime: new Date('2026-01-05T08:00:00Z'), duration: 65_000 } as FullResult);
  return { model: JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')), dir };
}

const regel = (kode: string) => ({ type: 'regel', description: kode });
const contract = (d: string) => ({ type: 'contract', description: d });
const file = 'tests/utleggsbegjaering/regler.spec.ts';

test.describe('certification reporter', () => {
  test('gives each rule code its result: passed, failed, not testable with the reason, not reached', async () => {
    const { model, dir } = await run([
      { file, title: 'breaking MANGLER_KRAV answers 422', status: 'passed', annotations: [regel('MANGLER_KRAV'), contract('sendInnUtleggsbegjaering 422')] },
      { file, title: 'breaking UGYLDIG_KID answers 422', status: 'failed', annotations: [regel('UGYLDIG_KID'), contract('sendInnUtleggsbegjaering 400')] },
      // Skipped before it could record an annotation: the code comes from the title.
      { file, title: 'breaking UAVKLART_STATUS answers 422', status: 'skipped', annotations: [{ type: 'skip', description: "needs the sandbox's markers" }] },
      { file, title: 'breaking DUPLIKAT_SAKSOEKT answers 422', status: 'notRun' },
      { file, title: 'breaking UGYLDIG_RENTE answers 422', status: 'passed', flaky: true, annotations: [regel('UGYLDIG_RENTE')] },
    ]);
    rmSync(dir, { recursive: true });
    const byKode = new Map(model.regler.map((r) => [r.kode, r]));
    expect(model.regler.map((r) => r.kode)).toEqual(loadRegelkatalog().regler.map((r) => r.kode));
    expect(byKode.get('MANGLER_KRAV')?.resultat).toBe('bestaatt');
    expect(byKode.get('UGYLDIG_KID')?.resultat).toBe('feilet');
    expect(byKode.get('UGYLDIG_RENTE')?.resultat).toBe('bestaatt');
    expect(byKode.get('UAVKLART_STATUS')).toMatchObject({ resultat: 'ikkeTestbar', grunner: ["needs the sandbox's markers"] });
    expect(byKode.get('DUPLIKAT_SAKSOEKT')).toMatchObject({ resultat: 'ikkeNaadd', grunner: ['testene som viser til koden ble ikke kjørt'] });
    expect(byKode.get('KRAV_IKKE_BENYTTET')).toMatchObject({ resultat: 'ikkeNaadd', grunner: ['ingen test viser til koden'] });
    expect(model.totalt).toEqual({ tester: 5, bestaatt: 1, feilet: 1, hoppetOver: 1, ustabil: 1, ikkeKjoert: 1 });
    expect(model.hull.regler).toContain('KRAV_IKKE_BENYTTET');
    expect(model.hull.regler).not.toContain('MANGLER_KRAV');
    expect(model.hull.ikkeTestbare).toContainEqual({ kode: 'UAVKLART_STATUS', grunner: ["needs the sandbox's markers"] });
  });

  test('fills the matrix from contract annotations and lists unreached operations and statuses as gaps', async () => {
    const { model, dir } = await run([
      { file, title: 'POST /utleggsbegjaering answers 201', status: 'passed', annotations: [contract('sendInnUtleggsbegjaering 201')] },
      { file, title: 'POST /utleggsbegjaering/valider answers 204', status: 'failed', annotations: [contract('validerUtleggsbegjaering 204'), contract('validerUtleggsbegjaering 299')] },
    ]);
    rmSync(dir, { recursive: true });
    const ub = model.dekning.find((d) => d.api === 'utleggsbegjaering')!;
    const sendInn = ub.operasjoner.find((o) => o.operationId === 'sendInnUtleggsbegjaering')!;
    expect(sendInn.statuser.find((s) => s.status === '201')).toEqual({ status: '201', testet: true, tester: 1, bestaatt: 1, feilet: 0 });
    expect(sendInn.statuser.find((s) => s.status === '422')?.testet).toBe(false);
    const valider = ub.operasjoner.find((o) => o.operationId === 'validerUtleggsbegjaering')!;
    expect(valider.statuser.find((s) => s.status === '204')).toMatchObject({ testet: true, bestaatt: 0, feilet: 1 });
    expect(ub.udokumenterteStatuser).toEqual([{ operationId: 'validerUtleggsbegjaering', status: '299', tester: 1 }]);
    expect(model.hull.statuser).toContain('sendInnUtleggsbegjaering 422');
    // Every documented operation of every API is in the matrix; unreached ones are gaps.
    for (const api of API_NAMES) {
      const ops = [...loadSpec(api).operations.keys()].sort();
      expect(model.dekning.find((d) => d.api === api)!.operasjoner.map((o) => o.operationId).sort()).toEqual(ops);
    }
    expect(model.hull.operasjoner.some((o) => o.includes('(hentTrekkpaalegg)'))).toBe(true);
    expect(model.hull.feilkoder).toEqual(expect.arrayContaining(loadKravOgBetalingerKoder().map((k) => k.kode)));
  });

  test('says plainly at the top that a sandbox run is not evidence about Skatteetaten, and not for another environment', async () => {
    const sandbox = await run([]);
    expect(sandbox.model.sandkasseMerknad).toContain('ikke dokumentasjon på at noe virker mot Skatteetaten');
    const html = readFileSync(join(sandbox.dir, 'summary.html'), 'utf8');
    expect(html.indexOf('id="sandkasse"')).toBeGreaterThan(-1);
    expect(html.indexOf('id="sandkasse"')).toBeLessThan(html.indexOf('id="totalt"'));
    expect(readFileSync(join(sandbox.dir, 'summary.md'), 'utf8').split('\n').slice(0, 4).join('\n')).toContain('Sandkasse – ikke Skatteetatens miljø');
    const real = await run([], { erSandkasse: false });
    expect(real.model.sandkasseMerknad).toBeNull();
    expect(readFileSync(join(real.dir, 'summary.html'), 'utf8')).not.toContain('id="sandkasse"');
    for (const d of [sandbox.dir, real.dir]) rmSync(d, { recursive: true });
  });

  test('redacts a token planted in an error message and in the curl reproduction, in all three files', async () => {
    const { model, dir } = await run([
      {
        file,
        title: 'POST /utleggsbegjaering answers 201',
        status: 'failed',
        errors: [`expected 201, got 401 for Authorization: Bearer ${PLANTED_JWT}`],
        curl: `curl -X POST 'http://127.0.0.1:4010/api/utleggsbegjaering' -H 'Authorization: Bearer ${PLANTED_JWT}'\n`,
      },
    ]);
    expect(model.feil).toHaveLength(1);
    expect(model.feil[0].feilmeldinger[0]).toContain('expected 201, got 401');
    expect(model.feil[0].reproduksjon[0].tekst).toContain("curl -X POST 'http://127.0.0.1:4010/api/utleggsbegjaering'");
    for (const name of ['summary.json', 'summary.md', 'summary.html']) {
      const text = readFileSync(join(dir, name), 'utf8');
      expect(text, name).not.toContain(PLANTED_JWT);
      expect(findSecrets(text), name).toEqual([]);
      expect(text, name).toContain('[redacted]');
    }
    rmSync(dir, { recursive: true });
  });

  test('keeps the last three requests of a failure as its reproduction and says how many were left out', async () => {
    const curl = [1, 2, 3, 4, 5].map((n) => `curl -X POST 'http://127.0.0.1:4010/api/${n}'\n`);
    const { model, dir } = await run([{ file, title: 'POST /utleggsbegjaering answers 201', status: 'failed', curl }]);
    rmSync(dir, { recursive: true });
    expect(model.feil[0].reproduksjon.map((r) => r.tekst)).toEqual(curl.slice(2));
    expect(model.feil[0].reproduksjonUtelatt).toBe(2);
  });

  test('shows the cause of an error, so "fetch failed" is not the whole story', async () => {
    const { model, dir } = await run([{ file, title: 'POST /utleggsbegjaering with a body over the limit answers 413', status: 'failed', errors: ['TypeError: fetch failed'] }]);
    rmSync(dir, { recursive: true });
    expect(model.feil[0].feilmeldinger).toEqual(['TypeError: fetch failed\n    årsak: Error: write EPIPE']);
  });

  test('marks a shard summary as partial', async () => {
    const { model, dir } = await run([], { shard: { current: 1, total: 2 } });
    rmSync(dir, { recursive: true });
    expect(model.delkjoering).toMatchObject({ shard: 1, av: 2 });
  });

  test('prints one line instead of failing the run when it cannot write', async () => {
    const reporter = new CertificationReporter({ outputDir: '/dev/null/not-a-dir' });
    const config = { configFile: join(ROOT, 'playwright.config.ts'), metadata: metadata(true), shard: null } as unknown as FullConfig;
    reporter.onConfigure(config);
    reporter.onBegin(config, fakeSuite([]));
    const lines: string[] = [];
    const write = process.stderr.write;
    process.stderr.write = ((chunk: string) => lines.push(String(chunk)) > 0) as typeof process.stderr.write;
    try {
      await reporter.onEnd({ status: 'passed', startTime: new Date(), duration: 1 } as FullResult);
    } finally {
      process.stderr.write = write;
    }
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^certification reporter: could not write the summary: /);
  });
});

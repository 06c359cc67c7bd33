import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { FullConfig, FullResult, Suite, TestCase, TestResult } from '@playwright/test/reporter';
import { findSecrets } from '../../src/redact.ts';
import { loadKravOgBetalingerKoder, loadRegelkatalog } from '../../src/spec/catalog.ts';
import { loadSpec } from '../../src/spec/document.ts';
import { specsDir } from '../../src/spec/files.ts';
import { API_NAMES, type ApiName, defaultVersion } from '../../src/spec/versions.ts';
import CertificationReporter from '../../reporter/certification.ts';
import { rapportFraOpptak } from '../../reporter/opptak.ts';
import type { Leverandoerrapport, Sertifiseringsrapport } from '../../reporter/types.ts';
import { toHtml } from '../../reporter/write-html.ts';
import { toMarkdown } from '../../reporter/write-markdown.ts';
import type { LestOekt } from '../../tools/leverandoer/les.ts';

// A token-shaped string as a failing test might echo it; the summary must never carry it.
const PLANTED_JWT = `eyJhbGciOiJSUzI1NiJ9.${'eyJzdWIiOiJ0ZXN0In0'}.${'c2lnbmF0dXJlLXBhcnQ'}`;
const ROOT = process.cwd();

/**
 * A copy of specs/ whose Utleggsbegjæring v2 is the v1 document under /v2 with the real 72-code v2
 * catalog: the reporter's handling of two versions is tested apart from the v2 document's contents
 * (written elsewhere, and free to change).
 */
let specs: string;
test.beforeAll(() => {
  specs = mkdtempSync(join(tmpdir(), 'cert-specs-'));
  cpSync(specsDir(), specs, { recursive: true });
  writeFileSync(join(specs, 'utleggsbegjaering-v2.yaml'), readFileSync(join(specs, 'utleggsbegjaering.yaml'), 'utf8').replaceAll('/api/utleggsbegjaering/v1', '/api/utleggsbegjaering/v2'));
  const versions = JSON.parse(readFileSync(join(specs, 'versions.json'), 'utf8'));
  versions.utleggsbegjaering.versions.v2 = { spec: 'utleggsbegjaering-v2.yaml', catalog: 'catalogs/utleggsbegjaering-v2.json', examples: 'examples/utleggsbegjaering/v1', datamodell: '2.1' };
  // A third version whose catalog drops a code and flips a changes-only flag, which v1 → v2 does not.
  writeFileSync(join(specs, 'utleggsbegjaering-v3.yaml'), readFileSync(join(specs, 'utleggsbegjaering.yaml'), 'utf8').replaceAll('/api/utleggsbegjaering/v1', '/api/utleggsbegjaering/v3'));
  const v3 = JSON.parse(readFileSync(join(specs, 'catalogs/utleggsbegjaering-v2.json'), 'utf8'));
  v3.versjon = 'v3';
  v3.regler = v3.regler.filter((r: { kode: string }) => r.kode !== 'UGYLDIG_KID');
  v3.regler.find((r: { kode: string }) => r.kode === 'MANGLER_KRAV').gjelderKunEndringer = true;
  writeFileSync(join(specs, 'catalogs/utleggsbegjaering-v3.json'), JSON.stringify(v3));
  versions.utleggsbegjaering.versions.v3 = { spec: 'utleggsbegjaering-v3.yaml', catalog: 'catalogs/utleggsbegjaering-v3.json', examples: 'examples/utleggsbegjaering/v1' };
  writeFileSync(join(specs, 'versions.json'), JSON.stringify(versions));
});
test.beforeEach(() => {
  process.env.CONFORMANCE_SPECS_DIR = specs;
});
test.afterEach(() => {
  delete process.env.CONFORMANCE_SPECS_DIR;
});
test.afterAll(() => rmSync(specs, { recursive: true, force: true }));

interface FakeTest {
  file: string;
  title: string;
  status: TestResult['status'] | 'notRun';
  /** Default utleggsbegjaering-v1; the version tag follows the project unless `tags` is given. */
  project?: string;
  tags?: string[];
  annotations?: { type: string; description?: string }[];
  errors?: string[];
  curl?: string | string[];
  flaky?: boolean;
}

function fakeSuite(tests: FakeTest[]): Suite {
  const cases = tests.map((t, i) => {
    const project = t.project ?? 'utleggsbegjaering-v1';
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
      titlePath: () => ['', project, t.file, t.title],
      location: { file: join(ROOT, t.file), line: i + 1, column: 1 },
      parent: { project: () => ({ name: project }) },
      tags: t.tags ?? ['@utleggsbegjaering', `@${project}`, '@full'],
      annotations: t.annotations ?? [],
      results,
      outcome,
    } as unknown as TestCase;
  });
  return { allTests: () => cases } as unknown as Suite;
}

// Both Utleggsbegjæring versions and every other API's one version, in API_NAMES order (new APIs join by themselves).
const ANDRE: [ApiName, string][] = API_NAMES.filter((api) => api !== 'utleggsbegjaering').map((api) => [api, defaultVersion(api)]);
const ALLE: [ApiName, string][] = [['utleggsbegjaering', 'v1'], ['utleggsbegjaering', 'v2'], ...ANDRE];
const BARE_V1 = ALLE.filter(([api, v]) => !(api === 'utleggsbegjaering' && v === 'v2'));

function metadata(erSandkasse: boolean, versjoner: [ApiName, string][] | null) {
  return {
    miljoe: erSandkasse ? 'local' : 'test',
    miljoeNavn: erSandkasse ? 'lokal sandkasse' : 'Skatteetatens testmiljø',
    baseUrl: 'http://127.0.0.1:4010',
    erSandkasse,
    leverandoerOrg: '310000001',
    ...(versjoner && {
      spesifikasjoner: versjoner.map(([api, versjon]) => {
        const s = loadSpec(api, versjon);
        return { api, versjon: s.version, fil: s.file, sha256: s.sha256 };
      }),
    }),
  };
}

interface RunOptions {
  erSandkasse?: boolean;
  shard?: FullConfig['shard'];
  /** The (api, version) pairs the metadata lists; null leaves `spesifikasjoner` out. Default: all four. */
  versjoner?: [ApiName, string][] | null;
  /** Metadata on top of the default (environment kind, filters, the run's grounds). */
  meta?: Record<string, unknown>;
  status?: FullResult['status'];
  language?: 'nb' | 'en';
  /** Files to create in the output folder before the run ends, as evidence (path → content). */
  evidence?: Record<string, string>;
}

async function run(tests: FakeTest[], options: RunOptions = {}): Promise<{ model: Sertifiseringsrapport; dir: string; html: string; md: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'cert-'));
  for (const [name, body] of Object.entries(options.evidence ?? {})) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
  const reporter = new CertificationReporter({ outputDir: dir, language: options.language, evidence: options.evidence ? Object.keys(options.evidence).map((f) => join(dir, f)) : [] });
  const meta = { ...metadata(options.erSandkasse ?? true, options.versjoner === undefined ? ALLE : options.versjoner), ...options.meta };
  const config = { configFile: join(ROOT, 'playwright.config.ts'), rootDir: join(ROOT, 'tests'), metadata: meta, shard: options.shard ?? null } as unknown as FullConfig;
  reporter.onConfigure(config);
  // A run in which no test ran writes no summary, so a case about the metadata alone has one test.
  reporter.onBegin(config, fakeSuite(tests.length ? tests : [{ file: 'tests/trekkpaalegg/feed.spec.ts', title: 'a test that ran', status: 'passed', project: 'trekkpaalegg-v1', tags: ['@trekkpaalegg'] }]));
  await reporter.onEnd({ status: options.status ?? 'failed', startTime: new Date('2026-01-05T08:00:00Z'), duration: 65_000 } as FullResult);
  return {
    model: JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')),
    dir,
    html: readFileSync(join(dir, 'summary.html'), 'utf8'),
    md: readFileSync(join(dir, 'summary.md'), 'utf8'),
  };
}

const regel = (kode: string) => ({ type: 'regel', description: kode });
const contract = (d: string) => ({ type: 'contract', description: d });
const file = 'tests/utleggsbegjaering/regler.spec.ts';

function katalog(model: Sertifiseringsrapport, versjon: string) {
  const k = model.regelkataloger.find((x) => x.versjon === versjon);
  if (!k) throw new Error(`no catalog ${versjon} in the summary`);
  return { ...k, byKode: new Map(k.regler.map((r) => [r.kode, r])) };
}

function matrise(model: Sertifiseringsrapport, api: string, versjon: string) {
  const m = model.dekning.find((d) => d.api === api && d.versjon === versjon);
  if (!m) throw new Error(`no matrix ${api} ${versjon} in the summary`);
  return m;
}

function celle(model: Sertifiseringsrapport, api: string, versjon: string, operationId: string, status: string) {
  return matrise(model, api, versjon).operasjoner.find((o) => o.operationId === operationId)!.statuser.find((s) => s.status === status)!;
}

test.describe('certification reporter', () => {
  test('gives each rule code its result: passed, failed, not testable with the reason, not reached', async () => {
    const { model, dir } = await run([
      { file, title: 'breaking MANGLER_KRAV answers 422', status: 'passed', annotations: [regel('MANGLER_KRAV'), contract('sendInnUtleggsbegjaering 422 utleggsbegjaering@v1')] },
      { file, title: 'breaking UGYLDIG_KID answers 422', status: 'failed', annotations: [regel('UGYLDIG_KID'), contract('sendInnUtleggsbegjaering 400 utleggsbegjaering@v1')] },
      // Skipped before it could record an annotation: the code comes from the title.
      { file, title: 'breaking UAVKLART_STATUS answers 422', status: 'skipped', annotations: [{ type: 'skip', description: "needs the sandbox's markers" }] },
      { file, title: 'breaking DUPLIKAT_SAKSOEKT answers 422', status: 'notRun' },
      { file, title: 'breaking UGYLDIG_RENTE answers 422', status: 'passed', flaky: true, annotations: [regel('UGYLDIG_RENTE')] },
    ]);
    rmSync(dir, { recursive: true });
    const v1 = katalog(model, 'v1');
    expect(v1.regler.map((r) => r.kode)).toEqual(loadRegelkatalog('v1').regler.map((r) => r.kode));
    expect(v1.byKode.get('MANGLER_KRAV')?.resultat).toBe('bestaatt');
    expect(v1.byKode.get('UGYLDIG_KID')?.resultat).toBe('feilet');
    expect(v1.byKode.get('UGYLDIG_RENTE')?.resultat).toBe('bestaatt');
    expect(v1.byKode.get('UAVKLART_STATUS')).toMatchObject({ resultat: 'ikkeTestbar', grunner: ["needs the sandbox's markers"] });
    expect(v1.byKode.get('DUPLIKAT_SAKSOEKT')).toMatchObject({ resultat: 'ikkeNaadd', grunner: ['testene som viser til koden ble ikke kjørt'] });
    expect(v1.byKode.get('KRAV_IKKE_BENYTTET')).toMatchObject({ resultat: 'ikkeNaadd', grunner: ['ingen test viser til koden'] });
    expect(model.totalt).toEqual({ tester: 5, bestaatt: 1, feilet: 1, hoppetOver: 1, ustabil: 1, ikkeKjoert: 1 });
    const hullV1 = model.hull.regler.find((h) => h.versjon === 'v1')!.koder;
    expect(hullV1).toContain('KRAV_IKKE_BENYTTET');
    expect(hullV1).not.toContain('MANGLER_KRAV');
    expect(model.hull.ikkeTestbare).toContainEqual({ kode: 'UAVKLART_STATUS', versjon: 'v1', grunner: ["needs the sandbox's markers"] });
    expect(model.formatVersjon).toBe(3);
  });

  test('fills the matrix from contract annotations and lists unreached operations and statuses as gaps', async () => {
    const { model, dir } = await run([
      { file, title: 'POST /utleggsbegjaering answers 201', status: 'passed', annotations: [contract('sendInnUtleggsbegjaering 201 utleggsbegjaering@v1')] },
      {
        file,
        title: 'POST /utleggsbegjaering/valider answers 204',
        status: 'failed',
        annotations: [contract('validerUtleggsbegjaering 204 utleggsbegjaering@v1'), contract('validerUtleggsbegjaering 299 utleggsbegjaering@v1')],
      },
    ]);
    rmSync(dir, { recursive: true });
    expect(celle(model, 'utleggsbegjaering', 'v1', 'sendInnUtleggsbegjaering', '201')).toEqual({ status: '201', testet: true, tester: 1, bestaatt: 1, feilet: 0 });
    expect(celle(model, 'utleggsbegjaering', 'v1', 'sendInnUtleggsbegjaering', '422').testet).toBe(false);
    expect(celle(model, 'utleggsbegjaering', 'v1', 'validerUtleggsbegjaering', '204')).toMatchObject({ testet: true, bestaatt: 0, feilet: 1 });
    expect(matrise(model, 'utleggsbegjaering', 'v1').udokumenterteStatuser).toEqual([{ operationId: 'validerUtleggsbegjaering', status: '299', tester: 1 }]);
    expect(model.hull.dekning.find((h) => h.api === 'utleggsbegjaering' && h.versjon === 'v1')!.statuser.map((x) => `${x.operationId} ${x.status}`)).toContain('sendInnUtleggsbegjaering 422');
    // Every documented operation of every (api, version) the run covered is in the matrix; unreached ones are gaps.
    expect(model.dekning.map((d) => [d.api, d.versjon])).toEqual(ALLE);
    for (const [api, versjon] of ALLE) {
      const ops = [...loadSpec(api, versjon).operations.keys()].sort();
      expect(matrise(model, api, versjon).operasjoner.map((o) => o.operationId).sort(), `${api} ${versjon}`).toEqual(ops);
    }
    expect(model.hull.dekning.find((h) => h.api === 'trekkpaalegg')!.operasjoner.some((o) => o.operationId === 'hentTrekkpaalegg')).toBe(true);
    expect(model.hull.feilkoder).toEqual(expect.arrayContaining(loadKravOgBetalingerKoder().map((k) => k.kode)));
  });

  test('two Utleggsbegjæring versions give two catalog tables and two matrices, each with its own data model', async () => {
    const { model, dir, html, md } = await run([]);
    rmSync(dir, { recursive: true });
    expect(model.regelkataloger.map((k) => [k.versjon, k.datamodell, k.regler.length])).toEqual([
      ['v1', '0.9', loadRegelkatalog('v1').regler.length],
      ['v2', '2.1', loadRegelkatalog('v2').regler.length],
    ]);
    expect(katalog(model, 'v2').regler.map((r) => r.kode)).toEqual(loadRegelkatalog('v2').regler.map((r) => r.kode));
    expect(model.dekning.filter((d) => d.api === 'utleggsbegjaering').map((d) => [d.versjon, d.datamodell])).toEqual([
      ['v1', '0.9'],
      ['v2', '2.1'],
    ]);
    expect(matrise(model, 'utleggsbegjaering', 'v2').operasjoner[0].sti).toMatch(/^\/api\/utleggsbegjaering\/v2\//);

    const v2Tittel = `Utleggsbegjæring v2 (datamodell 2.1): ${loadRegelkatalog('v2').regler.length} regelkoder`;
    expect(html).toContain(`<h3 id="regler-v2">${v2Tittel}</h3>`);
    expect(html).toContain(`<h3 id="regler-v1">Utleggsbegjæring v1 (datamodell 0.9): ${loadRegelkatalog('v1').regler.length} regelkoder</h3>`);
    expect(html.match(/<table class="regler" data-versjon="v[12]">/g)).toHaveLength(2);
    expect(html.match(/<table class="matrix" data-api="utleggsbegjaering" data-versjon="v[12]">/g)).toHaveLength(2);
    expect(html).toContain('<h3>Trekkpålegg v1</h3>');
    expect(md).toContain(`### ${v2Tittel}`);
    expect(md).toContain('### Utleggsbegjæring v2 (datamodell 2.1)\n');
    // The gaps are named per version too.
    expect(model.hull.regler.map((h) => [h.versjon, h.koder.length])).toEqual([
      ['v1', loadRegelkatalog('v1').regler.length],
      ['v2', loadRegelkatalog('v2').regler.length],
    ]);
    expect(model.hull.dekning.map((h) => `${h.api} ${h.versjon}`)).toEqual(ALLE.map(([a, v]) => `${a} ${v}`));
  });

  test('a v1 contract annotation never fills a v2 cell, nor the other way round', async () => {
    const { model, dir } = await run([
      { file, title: 'v1 send answers 201', status: 'passed', annotations: [contract('sendInnUtleggsbegjaering 201 utleggsbegjaering@v1')] },
      { file, title: 'v2 valider answers 204', status: 'passed', project: 'utleggsbegjaering-v2', annotations: [contract('validerUtleggsbegjaering 204 utleggsbegjaering@v2')] },
      // Older results: no api@version. The API whose default version documents the operation; the version
      // from the test's tag, else that default.
      { file, title: 'old-style in a v2 test', status: 'passed', project: 'utleggsbegjaering-v2', annotations: [contract('hentUtleggsbegjaering 404')] },
      { file, title: 'old-style without a version', status: 'passed', project: 'conformance', tags: ['@utleggsbegjaering'], annotations: [contract('hentUtleggsbegjaering 200')] },
      { file, title: 'a version the run did not cover', status: 'passed', annotations: [contract('sendInnUtleggsbegjaering 422 utleggsbegjaering@v3')] },
    ]);
    rmSync(dir, { recursive: true });
    expect(celle(model, 'utleggsbegjaering', 'v1', 'sendInnUtleggsbegjaering', '201').testet).toBe(true);
    expect(celle(model, 'utleggsbegjaering', 'v2', 'sendInnUtleggsbegjaering', '201').testet).toBe(false);
    expect(celle(model, 'utleggsbegjaering', 'v2', 'validerUtleggsbegjaering', '204').testet).toBe(true);
    expect(celle(model, 'utleggsbegjaering', 'v1', 'validerUtleggsbegjaering', '204').testet).toBe(false);
    expect(celle(model, 'utleggsbegjaering', 'v2', 'hentUtleggsbegjaering', '404').testet).toBe(true);
    expect(celle(model, 'utleggsbegjaering', 'v1', 'hentUtleggsbegjaering', '404').testet).toBe(false);
    // Without a version anywhere, the manifest's default version is the one meant.
    const standard = defaultVersion('utleggsbegjaering');
    const annen = standard === 'v1' ? 'v2' : 'v1';
    expect(celle(model, 'utleggsbegjaering', standard, 'hentUtleggsbegjaering', '200').testet).toBe(true);
    expect(celle(model, 'utleggsbegjaering', annen, 'hentUtleggsbegjaering', '200').testet).toBe(false);
    for (const v of ['v1', 'v2']) expect(celle(model, 'utleggsbegjaering', v, 'sendInnUtleggsbegjaering', '422').testet, v).toBe(false);
    expect(model.advarsler).toContain('1 kontraktsresultat gjelder utleggsbegjaering v3, som kjøringen ikke dekker ifølge metadata; det er ikke talt med i noen dekningsmatrise.');
    // Each operation is a gap of its own version only.
    const hull = (v: string) => model.hull.dekning.find((h) => h.api === 'utleggsbegjaering' && h.versjon === v)!;
    expect(hull('v2').operasjoner.some((o) => o.operationId === 'sendInnUtleggsbegjaering')).toBe(true);
    expect(hull('v1').operasjoner.some((o) => o.operationId === 'sendInnUtleggsbegjaering')).toBe(false);
    expect(model.tester.find((t) => t.tittel === 'old-style in a v2 test')!.kontrakt).toEqual([{ operationId: 'hentUtleggsbegjaering', status: '404', api: 'utleggsbegjaering', versjon: 'v2' }]);
  });

  test('a rule test tagged @utleggsbegjaering-v2 counts only for the v2 catalog', async () => {
    const { model, dir } = await run([
      // The tag decides even where the project does not say.
      { file, title: 'v2 breaking MANGLER_KRAV answers 422', status: 'passed', project: 'conformance', tags: ['@utleggsbegjaering', '@utleggsbegjaering-v2'], annotations: [regel('MANGLER_KRAV')] },
      { file, title: 'v2 breaking ER_IKKE_HOVEDENHET answers 422', status: 'skipped', project: 'utleggsbegjaering-v2', tags: ['@utleggsbegjaering'], annotations: [regel('ER_IKKE_HOVEDENHET'), { type: 'skip', description: 'needs the register' }] },
      { file, title: 'v1 breaking UGYLDIG_KID answers 422', status: 'failed', annotations: [regel('UGYLDIG_KID')] },
      { file, title: 'v1 breaking a v2-only code', status: 'passed', annotations: [regel('PRIORITET_MANGLER')] },
    ]);
    rmSync(dir, { recursive: true });
    const v1 = katalog(model, 'v1');
    const v2 = katalog(model, 'v2');
    expect(v2.byKode.get('MANGLER_KRAV')).toMatchObject({ resultat: 'bestaatt', tester: [`conformance › ${file} › v2 breaking MANGLER_KRAV answers 422`] });
    expect(v1.byKode.get('MANGLER_KRAV')).toMatchObject({ resultat: 'ikkeNaadd', tester: [] });
    expect(v1.byKode.get('UGYLDIG_KID')?.resultat).toBe('feilet');
    expect(v2.byKode.get('UGYLDIG_KID')?.resultat).toBe('ikkeNaadd');
    expect(v2.byKode.get('ER_IKKE_HOVEDENHET')).toMatchObject({ resultat: 'ikkeTestbar', grunner: ['needs the register'] });
    expect(v2.byKode.get('PRIORITET_MANGLER')?.resultat).toBe('ikkeNaadd');
    expect(model.hull.ikkeTestbare).toEqual([{ kode: 'ER_IKKE_HOVEDENHET', versjon: 'v2', grunner: ['needs the register'] }]);
    expect(model.hull.regler.find((h) => h.versjon === 'v1')!.koder).toContain('MANGLER_KRAV');
    expect(model.hull.regler.find((h) => h.versjon === 'v2')!.koder).not.toContain('MANGLER_KRAV');
    expect(model.advarsler).toContain('Testene for Utleggsbegjæring v1 viser til koden PRIORITET_MANGLER, som ikke står i katalogen for v1.');
    expect(model.tester.map((t) => [t.tittel, t.regelversjon])).toEqual(
      expect.arrayContaining([
        ['v2 breaking MANGLER_KRAV answers 422', 'v2'],
        ['v1 breaking UGYLDIG_KID answers 422', 'v1'],
      ]),
    );
  });

  test('the same test in the v1 and the v2 project is two tests, each counted for its own version', async () => {
    const same = { file, title: 'breaking UGYLDIG_KID answers 422', annotations: [regel('UGYLDIG_KID')] };
    const { model, dir } = await run([
      { ...same, status: 'passed', project: 'utleggsbegjaering-v1' },
      { ...same, status: 'failed', project: 'utleggsbegjaering-v2' },
    ]);
    rmSync(dir, { recursive: true });
    expect(model.tester.map((t) => t.id)).toEqual([`utleggsbegjaering-v1 › ${file} › ${same.title}`, `utleggsbegjaering-v2 › ${file} › ${same.title}`]);
    expect(katalog(model, 'v1').byKode.get('UGYLDIG_KID')).toMatchObject({ resultat: 'bestaatt', tester: [model.tester[0].id] });
    expect(katalog(model, 'v2').byKode.get('UGYLDIG_KID')).toMatchObject({ resultat: 'feilet', tester: [model.tester[1].id] });
    expect(model.feil.map((f) => f.prosjekt)).toEqual(['utleggsbegjaering-v2']);
  });

  test('the catalog changes appear only when the run covers two versions', async () => {
    const both = await run([]);
    const fra = loadRegelkatalog('v1').regler;
    const til = loadRegelkatalog('v2').regler;
    expect(both.model.katalogendringer).toHaveLength(1);
    const e = both.model.katalogendringer[0];
    expect([e.fra, e.til]).toEqual(['v1', 'v2']);
    expect(e.antall).toEqual({ fra: fra.length, til: til.length });
    const v1Koder = new Set(fra.map((r) => r.kode));
    const v2Koder = new Set(til.map((r) => r.kode));
    expect(e.lagtTil.map((x) => x.kode)).toEqual(til.filter((r) => !v1Koder.has(r.kode)).map((r) => r.kode));
    expect(e.fjernet.map((x) => x.kode)).toEqual(fra.filter((r) => !v2Koder.has(r.kode)).map((r) => r.kode));
    const differ = fra.filter((a) => {
      const b = til.find((r) => r.kode === a.kode);
      return b && (a.tittel !== b.tittel || a.beskrivelse !== b.beskrivelse || a.avvikstekst !== b.avvikstekst || a.gjelderKunEndringer !== b.gjelderKunEndringer);
    });
    expect(e.endret.map((x) => x.kode)).toEqual(differ.map((r) => r.kode));
    expect(both.html).toContain('<section id="katalogendringer">');
    expect(both.html).toContain(`Utleggsbegjæring v1 → v2 (${fra.length} → ${til.length} regelkoder): ${e.lagtTil.length} nye, ${e.fjernet.length} fjernet, ${e.endret.length} endret`);
    expect(both.md).toContain('## Endringer i regelkatalogen');

    const one = await run([], { versjoner: BARE_V1 });
    expect(one.model.katalogendringer).toEqual([]);
    expect(one.model.regelkataloger.map((k) => k.versjon)).toEqual(['v1']);
    expect(one.html).not.toContain('id="katalogendringer"');
    expect(one.md).not.toContain('Endringer i regelkatalogen');

    // A run of v2 alone shows v2 and nothing of v1: a version the run did not cover is not shown.
    const bareV2 = await run([], { versjoner: ALLE.filter(([api, v]) => !(api === 'utleggsbegjaering' && v === 'v1')) });
    expect(bareV2.model.regelkataloger.map((k) => k.versjon)).toEqual(['v2']);
    expect(bareV2.model.dekning.filter((d) => d.api === 'utleggsbegjaering').map((d) => d.versjon)).toEqual(['v2']);
    expect(bareV2.model.katalogendringer).toEqual([]);
    expect(bareV2.html).not.toContain('data-api="utleggsbegjaering" data-versjon="v1"');
    expect(bareV2.html).not.toContain('id="regler-v1"');
    expect(bareV2.md).not.toContain('Utleggsbegjæring v1');
    for (const d of [both.dir, one.dir, bareV2.dir]) rmSync(d, { recursive: true });
  });

  test('compares each covered version with the next: removed codes and a changed changes-only flag', async () => {
    const { model, dir, md, html } = await run([], { versjoner: [['utleggsbegjaering', 'v3'], ['utleggsbegjaering', 'v1'], ['utleggsbegjaering', 'v2']] });
    rmSync(dir, { recursive: true });
    // In specs/versions.json order, whatever order the metadata lists them in.
    expect(model.regelkataloger.map((k) => [k.versjon, k.datamodell])).toEqual([['v1', '0.9'], ['v2', '2.1'], ['v3', null]]);
    expect(model.katalogendringer.map((e) => [e.fra, e.til])).toEqual([['v1', 'v2'], ['v2', 'v3']]);
    const e = model.katalogendringer[1];
    expect(e.lagtTil).toEqual([]);
    expect(e.fjernet).toEqual([{ kode: 'UGYLDIG_KID', tittel: loadRegelkatalog('v2').byKode.get('UGYLDIG_KID')!.tittel }]);
    expect(e.endret).toEqual([{ kode: 'MANGLER_KRAV', tittel: loadRegelkatalog('v2').byKode.get('MANGLER_KRAV')!.tittel, felt: [{ felt: 'gjelderKunEndringer', fra: false, til: true }] }]);
    expect(md).toContain('| MANGLER_KRAV | gjelder kun endringer | nei | ja |');
    expect(md).toContain('### Utleggsbegjæring v3: ');
    expect(html).toContain('<h3 id="regler-v3">Utleggsbegjæring v3: ');
    // The other APIs are not named in this metadata: their default versions, so their gaps still show.
    expect(model.dekning.map((d) => `${d.api} ${d.versjon}`)).toEqual(['utleggsbegjaering v1', 'utleggsbegjaering v2', 'utleggsbegjaering v3', ...ANDRE.map(([a, v]) => `${a} ${v}`)]);
  });

  test('without versions in the metadata it measures against each API\'s default version and says the metadata is missing', async () => {
    const { model, dir } = await run([{ file, title: 'breaking MANGLER_KRAV answers 422', status: 'passed', project: 'conformance', tags: ['@utleggsbegjaering'], annotations: [regel('MANGLER_KRAV'), contract('sendInnUtleggsbegjaering 422')] }], { versjoner: null });
    rmSync(dir, { recursive: true });
    const standard = defaultVersion('utleggsbegjaering');
    expect(model.dekning.map((d) => [d.api, d.versjon])).toEqual(API_NAMES.map((api) => [api, defaultVersion(api)]));
    expect(model.regelkataloger.map((k) => k.versjon)).toEqual([standard]);
    expect(katalog(model, standard).byKode.get('MANGLER_KRAV')?.resultat).toBe('bestaatt');
    expect(celle(model, 'utleggsbegjaering', standard, 'sendInnUtleggsbegjaering', '422').testet).toBe(true);
    expect(model.advarsler).toContain('Playwright-metadata mangler "spesifikasjoner"; dokumentversjoner og sjekksummer er ukjente.');
  });

  test('says plainly at the top that a sandbox run is not evidence about Skatteetaten, and not for another environment', async () => {
    const sandbox = await run([]);
    expect(sandbox.model.miljoeMerknad).toContain('ikke dokumentasjon på at noe virker mot Skatteetaten');
    expect(sandbox.html.indexOf('id="miljoe-merknad"')).toBeGreaterThan(-1);
    expect(sandbox.html.indexOf('id="miljoe-merknad"')).toBeLessThan(sandbox.html.indexOf('id="totalt"'));
    expect(sandbox.md.split('\n').slice(0, 6).join('\n')).toContain('Sandkasse – ikke Skatteetatens miljø');
    const real = await run([], { erSandkasse: false });
    expect(real.model.miljoeMerknad).toBeNull();
    expect(real.model.miljoe.erBevis).toBe(true);
    expect(real.html).not.toContain('id="miljoe-merknad"');
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
    const config = { configFile: join(ROOT, 'playwright.config.ts'), metadata: metadata(true, ALLE), shard: null } as unknown as FullConfig;
    reporter.onConfigure(config);
    reporter.onBegin(config, fakeSuite([{ file, title: 'ran', status: 'passed' }]));
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

test('a run that executes no test (--list, a filter matching nothing) writes no summary and leaves the last one as it was', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cert-none-'));
  try {
    writeFileSync(join(dir, 'summary.json'), '{"the last real run":true}');
    const reporter = new CertificationReporter({ outputDir: dir });
    const config = { configFile: join(ROOT, 'playwright.config.ts'), rootDir: join(ROOT, 'tests'), metadata: metadata(true, ALLE), shard: null } as unknown as FullConfig;
    reporter.onConfigure(config);
    reporter.onBegin(config, fakeSuite([{ file, title: 'listed, never run', status: 'notRun' }]));
    await reporter.onEnd({ status: 'passed', startTime: new Date(), duration: 5 } as FullResult);
    expect(readFileSync(join(dir, 'summary.json'), 'utf8')).toBe('{"the last real run":true}');
    expect(() => readFileSync(join(dir, 'summary.md'), 'utf8')).toThrow();
    // A filter that matches no test at all: no summary either.
    const none = new CertificationReporter({ outputDir: dir });
    none.onConfigure(config);
    none.onBegin(config, fakeSuite([]));
    await none.onEnd({ status: 'failed', startTime: new Date(), duration: 5 } as FullResult);
    expect(readFileSync(join(dir, 'summary.json'), 'utf8')).toBe('{"the last real run":true}');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.describe('the summary says no more than the run showed', () => {
  const passed = (title: string, annotations: FakeTest['annotations'] = [], extra: Partial<FakeTest> = {}): FakeTest => ({ file, title, status: 'passed', annotations, ...extra });

  test('a filtered run is labelled partial at the top, names its filters, and its headline says so', async () => {
    const filtre = [{ navn: '--grep', verdi: '@smoke' }, { navn: '--project', verdi: 'trekkpaalegg-v1' }, { navn: '', verdi: 'tests/trekkpaalegg' }];
    const { model, html, md, dir } = await run([passed('a')], { meta: { filtre }, status: 'passed' });
    rmSync(dir, { recursive: true });
    expect(model.delvis).toMatchObject({ filtre, ikkeKjoert: 0 });
    expect(model.status.tekst).toContain('Den dekker bare en del av testpakken.');
    const top = md.split('\n').slice(0, 10).join('\n');
    expect(top).toContain('**Delvis kjøring – ikke en fullstendig sertifisering.**');
    expect(top).toContain('--grep @smoke; --project trekkpaalegg-v1; tests/trekkpaalegg');
    expect(html.indexOf('id="delvis"')).toBeGreaterThan(-1);
    expect(html.indexOf('id="delvis"')).toBeLessThan(html.indexOf('id="totalt"'));
    // Tests that never ran (max failures, Ctrl-C) make a run partial too.
    const stopped = await run([passed('a'), { file, title: 'b', status: 'notRun' }], { status: 'interrupted' });
    expect(stopped.model.delvis).toMatchObject({ filtre: [], ikkeKjoert: 1 });
    expect(stopped.model.status.utfall).toBe('avbrutt');
    // The whole suite: no label.
    const whole = await run([passed('a')], { status: 'passed' });
    expect(whole.model.delvis).toBeNull();
    for (const d of [stopped.dir, whole.dir]) rmSync(d, { recursive: true });
  });

  test('a merge of only some shards names the parts it lacks', async () => {
    const { model, dir } = await run([passed('a')], { meta: { 'kjoeringsdel-1-av-3': true, 'kjoeringsdel-3-av-3': true } });
    rmSync(dir, { recursive: true });
    expect(model.delkjoering).toMatchObject({ shard: null, av: 3, mangler: [2] });
    const all = await run([passed('a')], { meta: { 'kjoeringsdel-1-av-2': true, 'kjoeringsdel-2-av-2': true } });
    rmSync(all.dir, { recursive: true });
    expect(all.model.delkjoering).toBeNull();
  });

  test('anything but Skatteetaten\'s test environment with the supplier\'s own client says what it was in the red box, and never names the sandbox\'s client as the supplier', async () => {
    const cases: [Record<string, unknown>, RegExp | null][] = [
      [{ miljoe: 'custom', miljoeklasse: 'custom', baseUrl: 'http://127.0.0.1:7000', erSandkasse: false, sandkassensTestklient: true, leverandoerOrg: '312597772' }, /gikk mot http:\/\/127\.0\.0\.1:7000, som ikke er Skatteetatens testmiljø .*sandkassens egen testklient/],
      [{ miljoe: 'custom', miljoeklasse: 'sandbox', baseUrl: 'http://127.0.0.1:7001', erSandkasse: true, sandkassensTestklient: true }, /gikk mot en sandkasse på http:\/\/127\.0\.0\.1:7001/],
      [{ miljoe: 'custom', miljoeklasse: 'skatteetatenProduction', baseUrl: 'https://api.skatteetaten.no', erSandkasse: false }, /produksjonsmiljø/],
      [{ miljoe: 'test', miljoeklasse: 'skatteetatenTest', baseUrl: 'https://api-test.sits.no', erSandkasse: false, sandkassensTestklient: true }, /med sandkassens testklient/],
      [{ miljoe: 'test', miljoeklasse: 'skatteetatenTest', baseUrl: 'https://api-test.sits.no', erSandkasse: false, sandkassensTestklient: false, leverandoerOrg: '912345678' }, null],
    ];
    for (const [meta, notice] of cases) {
      const { model, html, md, dir } = await run([passed('a')], { meta, status: 'passed' });
      rmSync(dir, { recursive: true });
      const what = String(meta.miljoeklasse);
      if (!notice) {
        expect(model.miljoeMerknad, what).toBeNull();
        expect(model.miljoe).toMatchObject({ erBevis: true, leverandoerOrg: '912345678' });
        expect(model.status.tekst, what).toBe('Kjøringen bestod: ingen av 1 test feilet.');
        continue;
      }
      expect(model.miljoeMerknad, what).toMatch(notice);
      expect(model.miljoe.erBevis, what).toBe(false);
      expect(model.status.tekst, what).toContain('Den er ikke dokumentasjon mot Skatteetatens testmiljø');
      expect(html, what).toMatch(/<div class="banner" id="miljoe-merknad" role="alert">/);
      expect(html.indexOf('id="miljoe-merknad"'), what).toBeLessThan(html.indexOf('id="totalt"'));
      if (meta.sandkassensTestklient) {
        expect(model.miljoe.leverandoerOrg, what).toBeNull();
        expect(md, what).toContain('| Leverandør (organisasjonsnummer) | ingen – sandkassens testklient tilhører ingen leverandør |');
        expect(md, what).not.toContain('312597772');
      }
    }
  });

  test('records what ties it to one state of the suite: version, commit, seed, filters, parties, documents and their source, Node and Playwright', async () => {
    const meta = {
      prosjekt: { navn: 'innkreving-conformance', versjon: '0.1.0', commit: 'a'.repeat(40), endret: true },
      froe: 42,
      node: 'v20.19.0',
      playwright: '1.65.1',
      filtre: [{ navn: 'CONFORMANCE_UTLEGGSBEGJAERING_VERSION', verdi: 'v1' }],
      parter: { kilde: 'fil', sti: 'parter.json', filer: [{ fil: 'parter.json', format: 'tenor', antall: 5 }], personer: 3, organisasjoner: 2 },
      spesifikasjoner: [{ ...metadata(true, [['utleggsbegjaering', 'v1']]).spesifikasjoner![0], publisert: true }],
    };
    const { model, md, dir } = await run([passed('a')], { meta });
    rmSync(dir, { recursive: true });
    expect(model.kjoering).toEqual({ prosjekt: meta.prosjekt, froe: 42, node: 'v20.19.0', playwright: '1.65.1', filtre: meta.filtre, parter: meta.parter });
    expect(model.spesifikasjoner[0]).toMatchObject({ api: 'utleggsbegjaering', versjon: 'v1', publisert: true, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(md).toContain(`| Git-commit | ${'a'.repeat(40)} (med lokale endringer som ikke er sjekket inn) |`);
    expect(md).toContain('| Frø for genererte data | 42 |');
    expect(md).toContain('| Avgrensning | CONFORMANCE_UTLEGGSBEGJAERING_VERSION=v1 |');
    expect(md).toContain('| Parter (personer og virksomheter) | fra filen parter.json (tenor: 5): 3 personer, 2 virksomheter |');
    expect(md).toContain('| Utleggsbegjæring | v1 | Skatteetatens publiserte dokument |');
    expect(md).toMatch(/\| Node\.js \| v20\.19\.0 \|[\s\S]*\| Playwright \| 1\.65\.1 \|/);
    const generated = await run([passed('a')], { meta: { parter: { kilde: 'generert', froe: 2026 } } });
    rmSync(generated.dir, { recursive: true });
    expect(generated.md).toContain('| Parter (personer og virksomheter) | generert av sandkassen (frø 2026) |');
  });

  test('summary.json lists the sha256 of every evidence file, and of summary.md and summary.html as written', async () => {
    const evidence = { 'junit.xml': '<testsuites/>', 'html/index.html': '<html></html>', 'html/data/abc.png': 'png-bytes' };
    const { model, dir } = await run([passed('a')], { evidence });
    try {
      const sha = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');
      expect(model.bevis.map((b) => b.fil)).toEqual(['junit.xml', 'html/index.html', 'html/data/abc.png', 'summary.md', 'summary.html']);
      for (const b of model.bevis) expect(b.sha256, b.fil).toBe(sha(readFileSync(join(dir, b.fil))));
      expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toContain('| junit.xml |');
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  test('each checklist item the suite can speak to gets a line with the tests behind it and their result', async () => {
    const ub = (d: string) => contract(`${d} utleggsbegjaering@v1`);
    const tests: FakeTest[] = [
      passed('token', [], { tags: ['@maskinporten', '@smoke'], project: 'maskinporten' }),
      passed('send', [ub('sendInnUtleggsbegjaering 201')]),
      passed('bad', [ub('sendInnUtleggsbegjaering 422')]),
      passed('valider', [ub('validerUtleggsbegjaering 204')]),
      { file, title: 'krav', status: 'failed', annotations: [contract('hentAapneKrav 200 kravogbetalinger@v1')] },
      passed('supplier\'s own token test', [{ type: 'sjekkliste', description: 'token' }], { tags: [] }),
    ];
    const { model, md, html, dir } = await run(tests);
    rmSync(dir, { recursive: true });
    const punkt = (id: string) => model.sjekkliste.find((p) => p.id === id)!;
    expect(model.sjekkliste.map((p) => [p.id, p.avsnitt, p.resultat])).toEqual([['token', 2, 'bestaatt'], ['flyt', 5, 'bestaatt'], ['respons', 5, 'feilet'], ['syntetisk', 3, 'ikkeAktuelt']]);
    expect(punkt('token').antall).toMatchObject({ tester: 2, bestaatt: 2 });
    expect(punkt('flyt').deler).toEqual([
      { navn: 'innsending', tester: 1, bestaatt: 1, feilet: 0 },
      { navn: 'feilhåndtering', tester: 1, bestaatt: 1, feilet: 0 },
      { navn: 'validering', tester: 1, bestaatt: 1, feilet: 0 },
    ]);
    expect(punkt('respons').antall).toMatchObject({ tester: 4, feilet: 1 });
    expect(punkt('respons').tester).toContain(`utleggsbegjaering-v1 › ${file} › krav`);
    expect(md).toContain('### Korrekt respons fra API-et (punkt 5): feilet');
    expect(md).toContain('- ✗ utleggsbegjaering-v1 › krav');
    expect(html).toContain('<tr data-punkt="flyt">');
    // Without a validation test the full flow is not covered, and says which part is missing.
    const part = await run(tests.filter((x) => x.title !== 'valider'), { status: 'passed' });
    rmSync(part.dir, { recursive: true });
    expect(part.model.sjekkliste.find((p) => p.id === 'flyt')).toMatchObject({ resultat: 'ikkeDekket', merknad: 'Kjøringen nådde ikke validering.' });
  });

  test('states that the synthetic-data check ran and what it found, naming the file a real-looking number came from', async () => {
    const funn = (alvor: string, verdi: string, kilde: string | null) => JSON.stringify({ forespoersel: 'POST http://127.0.0.1:7000/api/utleggsbegjaering/v2/utleggsbegjaering', hvor: 'body /saksoekt/0/identifikator', verdi, kilde, alvor });
    const meta = { miljoe: 'custom', miljoeklasse: 'custom', erSandkasse: false, syntetiskKontroll: true };
    const clean = await run([passed('a', [{ type: 'syntetisk-kontroll', description: '3' }]), passed('b', [{ type: 'syntetisk-kontroll', description: '2' }, { type: 'syntetisk-advarsel', description: funn('advarsel', '974761076', null) }])], { meta });
    rmSync(clean.dir, { recursive: true });
    expect(clean.model.syntetiskeData).toMatchObject({ kontrollert: true, forespoersler: 5, stopp: [] });
    expect(clean.model.syntetiskeData.advarsler[0].tekst).toContain('974761076, som er i serien ekte virksomheter får');
    expect(clean.model.syntetiskeData.merknad).toMatch(/^Hvert fødselsnummer og D-nummer i 5 forespørsler ble sjekket før sending, og alle var syntetiske .* 1 advarsel om organisasjonsnumre/);
    expect(clean.model.sjekkliste.find((p) => p.id === 'syntetisk')).toMatchObject({ resultat: 'bestaatt', antall: { tester: 2 } });
    const stopped = await run([{ file, title: 'a', status: 'failed', annotations: [{ type: 'syntetisk-stopp', description: funn('stopp', '010190*****', 'specs/examples/utleggsbegjaering/v2/enkel.json') }] }], { meta, status: 'interrupted' });
    rmSync(stopped.dir, { recursive: true });
    expect(stopped.model.syntetiskeData.stopp[0].tekst).toBe('POST http://127.0.0.1:7000/api/utleggsbegjaering/v2/utleggsbegjaering: body /saksoekt/0/identifikator er 010190*****, som ser ut som et ekte fødselsnummer eller D-nummer (kilde: specs/examples/utleggsbegjaering/v2/enkel.json)');
    expect(stopped.model.sjekkliste.find((p) => p.id === 'syntetisk')?.resultat).toBe('feilet');
    expect(stopped.md).toContain('## Bare syntetiske data');
    // Against the embedded sandbox nothing leaves the machine, and the summary says so.
    const local = await run([passed('a')]);
    rmSync(local.dir, { recursive: true });
    expect(local.model.syntetiskeData).toMatchObject({ kontrollert: false, merknad: expect.stringContaining('den innebygde sandkassen') });
  });

  test('for a case officer: a failed run says so first, every DAS and KB code has a meaning, gaps are named in words and by path, and no source file is named', async () => {
    const { model, md, html, dir } = await run([{ file, title: 'POST /utleggsbegjaering answers 201', status: 'failed', errors: ['expected 201, got 500'], annotations: [contract('sendInnUtleggsbegjaering 500 utleggsbegjaering@v1')] }]);
    rmSync(dir, { recursive: true });
    expect(model.status).toEqual({ utfall: 'feilet', tekst: expect.stringMatching(/^Kjøringen feilet: 1 av 1 test feilet\./) });
    expect(md.split('\n')[2]).toMatch(/^> \*\*Kjøringen feilet: 1 av 1 test feilet\./);
    expect(html).toMatch(/<p class="muted">[^<]*<\/p>\n<div class="status feilet" id="status" role="status">Kjøringen feilet/);
    for (const k of model.feilkoder) expect(k.betydning.length, k.kode).toBeGreaterThan(10);
    expect(model.feilkoder.find((k) => k.kode === 'DAS-001')?.betydning).toBe('Uventet feil hos tjenesten. Katalogen beskriver ikke koden nærmere.');
    expect(md).toContain('| Felles (DAS) | DAS-002 | 404 | Adressen (stien) er ukjent for tjenesten. |');
    const gap = model.hull.dekning.find((h) => h.api === 'utleggsbegjaering' && h.versjon === 'v1')!.statuser.find((x) => x.status === '201')!;
    expect(gap).toMatchObject({ operationId: 'sendInnUtleggsbegjaering', navn: 'Send inn en utleggsbegjæring', metode: 'POST', sti: '/api/utleggsbegjaering/v1/utleggsbegjaering' });
    expect(md).toContain('- Send inn en utleggsbegjæring (POST /api/utleggsbegjaering/v1/utleggsbegjaering): 201');
    for (const [name, text] of [['summary.md', md], ['summary.html', html]]) {
      expect(text, name).not.toMatch(/tests\/|\.spec\.ts|specs\/|reporters\/|\.yaml\b|catalogs\//);
    }
  });

  test('CONFORMANCE_SUMMARY_LANG=en gives the same summary in English for a supplier\'s own staff', async () => {
    process.env.CONFORMANCE_SUMMARY_LANG = 'en';
    let en;
    try {
      en = await run([{ file, title: 'x', status: 'failed' }]);
    } finally {
      delete process.env.CONFORMANCE_SUMMARY_LANG;
    }
    const nb = await run([{ file, title: 'x', status: 'failed' }]);
    for (const d of [en.dir, nb.dir]) rmSync(d, { recursive: true });
    expect(en.model.spraak).toBe('en');
    expect([en.model.miljoe.navn, nb.model.miljoe.navn], 'the environment named in each language').toEqual(['local sandbox', 'lokal sandkasse']);
    expect(en.model.status.tekst).toMatch(/^The run failed: 1 of 1 test failed\. It is not evidence about Skatteetaten's test environment/);
    expect(en.md).toMatch(/^# Certification summary: innkreving-conformance/);
    expect(en.html).toContain('<html lang="en">');
    for (const heading of ['Coverage matrix', 'Rule catalog (422 checks)', 'Error codes', 'Gaps', "Skatteetaten's checklist", 'Only synthetic data', 'Grounds of the run']) expect(en.md).toContain(`## ${heading}`);
    expect(en.model.regelkataloger[0].regler.find((r) => r.resultat === 'ikkeNaadd')?.grunner).toEqual(['no test refers to the code']);
    // Neither language's own sentences leak into the other.
    for (const nbOnly of ['Dekningsmatrise', 'Kjøringen feilet', 'ikke nådd', 'Hull', 'Sandkasse – ikke']) expect(en.md, nbOnly).not.toContain(nbOnly);
    for (const enOnly of ['Coverage matrix', 'The run failed', 'not reached', 'Gaps', 'Sandbox – not']) expect(nb.md, enOnly).not.toContain(enOnly);
  });
});

/** A supplier system's recording as tools/certify models it: a proxy session to a host that is not Skatteetaten's. */
function leverandoerrapport(): Leverandoerrapport {
  const maal = 'https://proxy.example.test';
  return {
    format: 1,
    generert: '2026-01-05T09:00:00.000Z',
    opptak: [{ fil: 'oekt-1.jsonl', sha256: 'a'.repeat(64), bytes: 1234, oekt: 'o1', modus: 'proxy', maal, start: '2026-01-05T08:30:00.000Z', utvekslinger: 3, klasse: 'custom' }],
    miljoe: { klasse: 'custom', bevis: false, merknad: `Opptaket ble gjort gjennom proxyen mot ${maal}, som ikke er Skatteetatens testmiljø.` },
    valg: { validerFoerInnsending: true, statusintervallSekunder: 60, tokenmarginSekunder: 30 },
    totalt: { utvekslinger: 3, operasjonskall: 3, feil: 1, advarsler: 1, miljoeavvik: 1, utenSvar: 0 },
    operasjoner: [{ api: 'utleggsbegjaering', versjon: 'v2', operationId: 'sendInnUtleggsbegjaering', metode: 'POST', sti: '/api/utleggsbegjaering/v2/utleggsbegjaering', kall: 3, statuser: { '201': 1, '422': 2 } }],
    ikkeBrukt: [{ api: 'utleggsbegjaering', versjon: 'v2', operationId: 'hentVedlegg', metode: 'GET', sti: '/api/utleggsbegjaering/v2/vedlegg/{uuid}' }],
    regelkoder: [{ versjon: 'v2', kode: 'UGYLDIG_KID', tittel: 'Ugyldig KID', kilder: ['foresporsel', 'svar'], utvekslinger: ['#2'] }],
    regelkataloger: [{ versjon: 'v2', fil: 'utleggsbegjaering-v2.json', koder: 72, naadd: 1 }],
    funn: [
      { sjekk: 'flyt.sammeKroppEtterAvvisning', kategori: 'flyt', alvor: 'feil', melding: 'the same petition as exchange #2, which was rejected, sent again unchanged', utveksling: '#3', se: ['#2'], foresporsel: 'POST /api/utleggsbegjaering/v2/utleggsbegjaering', status: 422, curl: `TOKEN=$(npm run -s token -- --scope skatteetaten:utleggsbegjaering)\ncurl -sS -i -X POST '${maal}/api/utleggsbegjaering/v2/utleggsbegjaering'`, slutt: false },
      { sjekk: 'flyt.feedIkkeTilSlutten', kategori: 'flyt', alvor: 'advarsel', melding: 'the feed was left after a full page', utveksling: '#3', se: [], foresporsel: null, status: null, curl: null, slutt: true },
      { sjekk: 'svar.skjema', kategori: 'svar', alvor: 'feil', melding: 'the answer does not match its schema', utveksling: '#1', se: [], foresporsel: 'POST /api/utleggsbegjaering/v2/utleggsbegjaering', status: 201, curl: null, slutt: false },
    ],
    scenarier: [
      { id: 'enkel', tittel: 'send inn en enkel begjæring', resultat: 'vist', merknad: 'En enkel begjæring ble tatt imot.', utvekslinger: ['#1'] },
      { id: 'rett', tittel: 'rett en avvist begjæring', resultat: 'feilet', merknad: 'Den avviste begjæringen ble sendt uendret.', utvekslinger: ['#2', '#3'] },
      { id: 'token', tittel: 'tål at tokenet går ut', resultat: 'ikkeVist', merknad: 'Opptaket viser ikke at et token gikk ut.', utvekslinger: [] },
    ],
    sjekkliste: [
      { id: 'spesifikasjon', avsnitt: 4, punkt: 'Følg API-spesifikasjonen', resultat: 'bestaatt', merknad: 'Alle 3 forespørsler fulgte dokumentet.' },
      { id: 'respons', avsnitt: 5, punkt: 'Verifiser at dere mottar korrekt respons fra API', resultat: 'feilet', merknad: '1 avvik mellom miljøets svar og dokumentet.' },
    ],
    advarsler: ['oekt-1.jsonl:5: not a JSON line; skipped'],
  };
}

test.describe('the supplier section "Leverandørsystemets kjøring"', () => {
  test('a suite run without a recording has no section: no key in summary.json, no heading in the pages', async () => {
    const { model, md, html, dir } = await run([{ file, title: 'a', status: 'passed' }], { status: 'passed' });
    rmSync(dir, { recursive: true });
    expect('leverandoersystem' in model).toBe(false);
    expect(md).not.toContain('Leverandørsystemets kjøring');
    expect(html).not.toContain('id="leverandoersystemets-kjoering"');
    expect(html).not.toContain('.badge.vist');
  });

  test('with a recording the section is rendered in both forms, beside the suite\'s own sections and with the recording\'s own red notice', async () => {
    const { model, dir } = await run([{ file, title: 'a', status: 'passed' }], { status: 'passed' });
    rmSync(dir, { recursive: true });
    const r: Sertifiseringsrapport = { ...model, leverandoersystem: leverandoerrapport() };
    const md = toMarkdown(r);
    const html = toHtml(r);
    // The suite's own sections are still there, and the section comes after them.
    expect(md).toContain('## Dekningsmatrise');
    expect(md.indexOf('## Leverandørsystemets kjøring')).toBeGreaterThan(md.indexOf('## Hull'));
    // The recording is not evidence for its own reason, said inside the section (the top notice is the suite run's).
    expect(md).toContain('> **Ikke dokumentasjon mot Skatteetatens testmiljø.** Opptaket ble gjort gjennom proxyen mot https://proxy.example.test');
    expect(html).toMatch(/<div class="banner" id="opptak-merknad" role="alert"><strong>Ikke dokumentasjon mot Skatteetatens testmiljø\.<\/strong> Opptaket ble gjort gjennom proxyen/);
    expect(md).toContain('| send inn en enkel begjæring | ✓ vist | #1 | En enkel begjæring ble tatt imot. |');
    expect(md).toContain('| rett en avvist begjæring | ✗ feilet | #2, #3 |');
    expect(md).toContain('| tål at tokenet går ut | – ikke vist | – |');
    expect(md).toContain('| Verifiser at dere mottar korrekt respons fra API | punkt 5 | feilet |');
    expect(md).toContain('| Utleggsbegjæring v2 | POST /api/utleggsbegjaering/v2/utleggsbegjaering (sendInnUtleggsbegjaering) | 3 | 201: 1, 422: 2 |');
    expect(md).toContain('- Utleggsbegjæring v2: 1 av 72 koder i utleggsbegjaering-v2.json');
    expect(md).toContain('| v2 | UGYLDIG_KID | Ugyldig KID | forespørselen (dømt av opptaket), miljøets 422-svar | #2 |');
    expect(md).toContain('### Hva systemet gjorde feil (1 feil, 1 advarsel)');
    expect(md).toContain('#### #3 POST /api/utleggsbegjaering/v2/utleggsbegjaering → 422');
    expect(md).toContain('- **Feil** Arbeidsflyt `flyt.sammeKroppEtterAvvisning`: the same petition as exchange #2, which was rejected, sent again unchanged (se #2)');
    expect(md).toMatch(/```sh\nTOKEN=\$\(npm run -s token -- --scope skatteetaten:utleggsbegjaering\)\ncurl -sS -i -X POST 'https:\/\/proxy\.example\.test\/api\/utleggsbegjaering\/v2\/utleggsbegjaering'\n```/);
    expect(md).toContain('#### #3 (ved øktens slutt)');
    expect(md).toContain('### Avvik i miljøets svar (1)');
    expect(md).toContain('- #1 POST /api/utleggsbegjaering/v2/utleggsbegjaering → 201: `svar.skjema` the answer does not match its schema');
    expect(md).toContain(`| oekt-1.jsonl | o1 |`);
    expect(md).toContain('- oekt-1.jsonl:5: not a JSON line; skipped');
    expect(html).toContain('<h2>Leverandørsystemets kjøring</h2>');
    expect(html).toContain('<span class="badge vist">✓ vist</span>');
    expect(html).toContain('<span class="badge feilet">feilet</span>');
    expect(html).toContain('<li data-sjekk="flyt.sammeKroppEtterAvvisning"><span class="badge feil">Feil</span>');
    expect(html).toContain('.badge.vist{');
    for (const text of [md, html]) expect(findSecrets(text)).toEqual([]);

    const en = toMarkdown({ ...r, spraak: 'en' });
    expect(en).toContain("## The supplier system's run");
    expect(en).toContain('| submit a simple petition | ✓ shown | #1 |');
    expect(en).toContain('### What the system got wrong (1 error, 1 warning)');
    for (const nbOnly of ['Leverandørsystemets kjøring', 'Hva systemet gjorde feil', 'ikke vist', 'ved øktens slutt']) expect(en, nbOnly).not.toContain(nbOnly);
  });

  test('a summary of a recording alone claims nothing of the suite: no tests, no matrix, the recording\'s red notice and an amber "recording only" box', () => {
    const l = leverandoerrapport();
    const oekt = { fil: 'oekt-1.jsonl', sha256: 'a'.repeat(64), bytes: 1234, advarsler: [], poster: [], hode: { type: 'oekt', format: 1, id: 'o1', start: l.opptak[0].start, modus: 'proxy', maal: l.opptak[0].maal, valg: l.valg, spesifikasjoner: [], verktoey: { navn: 'innkreving-conformance', versjon: '0.1.0', node: process.version } } } as unknown as LestOekt;
    const r = rapportFraOpptak(l, [oekt], 'nb', { prosjekt: { navn: 'innkreving-conformance', versjon: '0.1.0', commit: 'abcdef1234567', endret: false }, node: 'v20.0.0' });
    expect(r).toMatchObject({ status: { utfall: 'feilet' }, miljoe: { klasse: 'custom', erBevis: false, leverandoerOrg: null, baseUrl: 'https://proxy.example.test' }, miljoeMerknad: l.miljoe.merknad, tester: [], dekning: [], kjoering: { prosjekt: { commit: 'abcdef1234567' }, node: 'v20.0.0', playwright: null } });
    expect(r.status.tekst).toBe('Opptaket viser 1 feil i leverandørsystemets forespørsler og flyt (3 utvekslinger, 1 advarsel); 1 av 3 scenarier er vist. Den er ikke dokumentasjon mot Skatteetatens testmiljø (se merknaden under).');
    const md = toMarkdown(r);
    const top = md.split('\n').slice(0, 8).join('\n');
    expect(top).toContain('> **Ikke dokumentasjon mot Skatteetatens testmiljø.** Opptaket ble gjort gjennom proxyen');
    expect(top).toContain('> **Bare et opptak – testpakken ble ikke kjørt.**');
    // The recording's notice is said once, at the top.
    expect(md.split('Opptaket ble gjort gjennom proxyen').length).toBe(2);
    for (const suite of ['## Totalt', '## Dekningsmatrise', '## Feilkoder', '## Hull', 'Status for kjøringen', 'Frø for genererte data', 'hele testpakken']) expect(md, suite).not.toContain(suite);
    expect(md).toContain('| Git-commit | abcdef1234567 (uten lokale endringer) |');
    expect(md).toContain('## Leverandørsystemets kjøring');
    const html = toHtml(r);
    expect(html).not.toContain('id="totalt"');
    expect(html).not.toContain('id="dekningsmatrise"');
    expect(html).toContain('<div class="status feilet" id="status" role="status">Opptaket viser 1 feil');
  });
});

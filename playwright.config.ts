import { defineConfig, type ReporterDescription } from '@playwright/test';
import { join } from 'node:path';
import { ConfigError, environmentClass, usesSandboxClient, type Environment } from './src/config/environment.ts';
import { readSettings, type Settings } from './src/config/settings.ts';
import { freePort } from './src/net/free-port.ts';
import { loadSpec, type SpecDocument } from './src/spec/document.ts';
import { SpecError } from './src/spec/errors.ts';
import { API_NAMES, listVersions, runVersions, versionVariable, type ApiName } from './src/spec/versions.ts';
import { PartiesFileError, parterFraMiljoe } from './generators/parties/index.ts';
import { RegistryError } from './sandbox/rules/registry.ts';
import { reglerFor } from './sandbox/rules/utleggsbegjaering/index.ts';
import { kjoeringsmetadata } from './reporter/metadata.ts';
import { RUN_SEED } from './tests/support/seeds.ts';

// Playwright loads this file in the runner, in every worker and in merge-reports. Only the runner
// speaks: a problem is printed once, and a merge job needs no environment (its comes from the shards).
// A worker is the runner's IPC child; a runner started from inside a test inherits the variable, not the channel.
const inWorker = process.env.TEST_WORKER_INDEX !== undefined && typeof process.send === 'function';
const merging = process.argv.includes('merge-reports');
const listing = process.argv.includes('--list');

function refuse(message: string): never {
  if (!inWorker) process.stderr.write(`${message}\n`);
  process.exit(2);
}

const startsSandbox = !merging && !process.env.CONFORMANCE_BASE_URL && (process.env.CONFORMANCE_ENV || 'local') === 'local';
if (startsSandbox && !process.env.CONFORMANCE_SANDBOX_URL) {
  process.env.CONFORMANCE_SANDBOX_URL = `http://127.0.0.1:${await freePort()}`;
}

let settings: Settings;
let environment: Environment | undefined;
let covered: { api: ApiName; specs: SpecDocument[] }[];
let parties: ReturnType<typeof parterFraMiljoe>;
try {
  // Every setting at once, so all problems are listed together (exit 2, before any test).
  settings = readSettings(process.env, { environment: !merging });
  environment = settings.environment;
  const env = environment;
  // Against the sandbox every version runs; elsewhere the version a supplier certifies against today
  // (the manifest default), unless CONFORMANCE_<API>_VERSION names one. Loading the documents here
  // means a broken document stops the run before any test, in one line.
  covered = API_NAMES.map((api) => ({ api, specs: runVersions(api, env?.isSandbox ?? true).map((v) => loadSpec(api, v)) }));
  // Every code of each covered catalog needs its rule module (the registry names the one that lacks it).
  for (const spec of covered.find((c) => c.api === 'utleggsbegjaering')!.specs) reglerFor(spec.version);
  // The parties the sandbox and the generators read: a file that cannot be used stops the run here.
  parties = merging ? undefined : parterFraMiljoe();
} catch (err) {
  if (err instanceof ConfigError || err instanceof SpecError || err instanceof RegistryError) refuse(err.message);
  if (err instanceof PartiesFileError) refuse(`CONFORMANCE_PARTIES: ${err.message}`);
  throw err;
}

const reportsDir = settings.reportsDir ?? 'reports';
const sharded = process.argv.some((a) => a.startsWith('--shard'));
const ownReporters = !process.argv.some((a) => a.startsWith('--reporter'));
// allure-playwright never clears its folder, so results of earlier runs would count as retries. The
// global setup clears it once the target answered (so --list, a bad setting or an unreachable target
// leave the last run's results alone), and only when our reporters run.
if (ownReporters && !sharded && !merging && !inWorker) process.env.CONFORMANCE_CLEAR_ALLURE = join(reportsDir, 'allure-results');
const reporter: ReporterDescription[] = [
  [process.env.CI ? 'dot' : 'list'],
  ['html', { outputFolder: join(reportsDir, 'html'), open: 'never' }],
  ['junit', { outputFile: join(reportsDir, 'junit.xml') }],
  // allure-playwright 3.12 throws under merge-reports; shards' Allure results are merged by copying them.
  ...(merging ? [] : [['allure-playwright', { resultsDir: join(reportsDir, 'allure-results'), detail: false, suiteTitle: false }] as ReporterDescription]),
  ['./reporter/index.ts', { outputDir: reportsDir }],
];
if (sharded) reporter.push(['blob', { outputDir: join(reportsDir, 'blob') }]);
// --list runs nothing: Playwright would still have JUnit, the HTML report and Allure write "skipped" for
// every test over the last real run's files. Listing only lists.
if (listing) reporter.splice(0, reporter.length, ['list']);

// Against the sandbox every version runs, so a version variable there narrows the run like --project.
const narrowing = environment?.isSandbox
  ? API_NAMES.filter((api) => settings.versions[api] && listVersions(api).length > 1).map((api) => ({ navn: versionVariable(api), verdi: settings.versions[api]! }))
  : [];

function partsMetadata() {
  if (!parties) return { kilde: 'generert', froe: null };
  return {
    kilde: 'fil',
    sti: parties.path,
    filer: parties.files.map((f) => ({ fil: f.file, format: f.format, antall: f.count })),
    personer: parties.parties.filter((p) => p.type === 'person').length,
    organisasjoner: parties.parties.filter((p) => p.type === 'organisasjon').length,
  };
}

function environmentMetadata(env: Environment) {
  const sandboxClient = usesSandboxClient(env);
  return {
    miljoe: env.kind,
    miljoeNavn: env.name,
    miljoeklasse: environmentClass(env),
    baseUrl: env.baseUrl,
    maskinporten: env.maskinporten.wellKnownUrl,
    erSandkasse: env.isSandbox,
    sandkassensTestklient: sandboxClient,
    // The sandbox's test client belongs to no supplier; its organisation is never recorded as one.
    leverandoerOrg: sandboxClient ? null : (env.supplierOrg ?? env.maskinporten.systembrukerOrg ?? null),
    // Every request that leaves the machine is checked for real identifiers (tests/fixtures: http).
    syntetiskKontroll: environmentClass(env) !== 'embeddedSandbox',
  };
}

export default defineConfig({
  testDir: 'tests',
  testIgnore: ['unit/**', 'reports/**'],
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // The tests wait on the server far more than they compute, so one worker per core (not Playwright's
  // default of half) keeps a small CI machine busy.
  workers: settings.workers ?? '100%',
  timeout: 30_000,
  outputDir: 'test-results/conformance',
  reporter,
  // Reaches the target and its Maskinporten once before any test (not for --list, which runs nothing).
  globalSetup: './tests/setup/preflight.ts',
  metadata: {
    ...(environment ? environmentMetadata(environment) : {}),
    ...(inWorker || merging ? {} : kjoeringsmetadata({ rootDir: import.meta.dirname, ekstraFiltre: narrowing })),
    froe: RUN_SEED,
    parter: partsMetadata(),
    spesifikasjoner: covered.flatMap(({ api, specs }) =>
      specs.map((spec) => ({ api, versjon: spec.version, fil: spec.file, sha256: spec.sha256, publisert: spec.publisert })),
    ),
  },
  // Each covered version is its own project, e.g. --project utleggsbegjaering-v2. Utleggsbegjæring declares
  // its tests once per version (tests/support/versjoner.ts), tagged @utleggsbegjaering-<version>, and each
  // project runs its own tag; the other APIs have one version. The Maskinporten project checks the token.
  projects: [
    ...covered.flatMap(({ api, specs }) =>
      specs.map(({ version }) => ({
        name: `${api}-${version}`,
        testMatch: `${api}/**/*.spec.ts`,
        ...(api === 'utleggsbegjaering' ? { grep: new RegExp(`@${api}-${version}(?![\\w-])`) } : {}),
      })),
    ),
    { name: 'maskinporten', testMatch: 'maskinporten/**/*.spec.ts' },
  ],
  webServer: startsSandbox
    ? {
        command: `node --import tsx bin/sandbox.ts --port ${new URL(process.env.CONFORMANCE_SANDBOX_URL!).port}`,
        // Ready when the sandbox prints its one line: no polling interval to wait out.
        wait: { stdout: /Sandbox listening on http:/ },
        reuseExistingServer: false,
        timeout: 60_000,
        stdout: 'pipe',
        stderr: 'pipe',
        gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
      }
    : undefined,
});

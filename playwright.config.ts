import { defineConfig, type ReporterDescription } from '@playwright/test';
import { rmSync } from 'node:fs';
import { ConfigError, resolveEnvironment } from './src/config/environment.ts';
import { freePort } from './src/net/free-port.ts';
import { loadSpec, type SpecDocument } from './src/spec/document.ts';
import { SpecError } from './src/spec/errors.ts';
import { RegistryError } from './sandbox/rules/registry.ts';
import { reglerFor } from './sandbox/rules/utleggsbegjaering/index.ts';
import { API_NAMES, runVersions, type ApiName } from './src/spec/versions.ts';

const startsSandbox = !process.env.CONFORMANCE_BASE_URL && (process.env.CONFORMANCE_ENV ?? 'local') === 'local';
if (startsSandbox && !process.env.CONFORMANCE_SANDBOX_URL) {
  process.env.CONFORMANCE_SANDBOX_URL = `http://127.0.0.1:${await freePort()}`;
}

let environment;
let covered: { api: ApiName; specs: SpecDocument[] }[];
try {
  environment = resolveEnvironment();
  // Against the sandbox every version runs; elsewhere the version a supplier certifies against today
  // (the manifest default), unless CONFORMANCE_<API>_VERSION names one. Loading the documents here
  // means a bad version name or a broken document stops the run before any test, in one line.
  const env = environment;
  covered = API_NAMES.map((api) => ({ api, specs: runVersions(api, env.isSandbox).map((v) => loadSpec(api, v)) }));
  // Every code of each covered catalog needs its rule module (the registry names the one that lacks it).
  for (const spec of covered.find((c) => c.api === 'utleggsbegjaering')!.specs) reglerFor(spec.version);
} catch (err) {
  if (err instanceof ConfigError || err instanceof SpecError || err instanceof RegistryError) {
    // Exit before any test runs, with every missing setting listed at once.
    process.stderr.write(`${err.message}\n`);
    process.exit(2);
  }
  throw err;
}

const sharded = process.argv.some((a) => a.startsWith('--shard'));
const merging = process.argv.includes('merge-reports');
const ownReporters = !process.argv.some((a) => a.startsWith('--reporter'));
// allure-playwright never clears its folder, so results of earlier runs would count as retries. Only the
// runner's first load of this file clears it (workers inherit the flag), and only when our reporters run.
if (ownReporters && !sharded && !merging && !process.env.CONFORMANCE_REPORTS_CLEARED) {
  rmSync('reports/allure-results', { recursive: true, force: true });
  process.env.CONFORMANCE_REPORTS_CLEARED = '1';
}
const reporter: ReporterDescription[] = [
  [process.env.CI ? 'dot' : 'list'],
  ['html', { outputFolder: 'reports/html', open: 'never' }],
  ['junit', { outputFile: 'reports/junit.xml' }],
  // allure-playwright 3.12 throws under merge-reports; shards' Allure results are merged by copying them.
  ...(merging ? [] : [['allure-playwright', { resultsDir: 'reports/allure-results', detail: false, suiteTitle: false }] as ReporterDescription]),
  ['./tests/reporters/certification.ts', { outputDir: 'reports' }],
];
if (sharded) reporter.push(['blob', { outputDir: 'reports/blob' }]);

export default defineConfig({
  testDir: 'tests',
  testIgnore: ['unit/**', 'reports/**'],
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // The tests wait on the server far more than they compute, so one worker per core (not Playwright's
  // default of half) keeps a small CI machine busy.
  workers: process.env.CONFORMANCE_WORKERS ? Number(process.env.CONFORMANCE_WORKERS) : '100%',
  timeout: 30_000,
  outputDir: 'test-results/conformance',
  reporter,
  metadata: {
    miljoe: environment.kind,
    miljoeNavn: environment.name,
    baseUrl: environment.baseUrl,
    erSandkasse: environment.isSandbox,
    leverandoerOrg: environment.supplierOrg ?? null,
    spesifikasjoner: covered.flatMap(({ api, specs }) =>
      specs.map((spec) => ({ api, versjon: spec.version, fil: spec.file, sha256: spec.sha256, publisert: spec.publisert })),
    ),
  },
  // Each covered version is its own project, e.g. --project utleggsbegjaering-v2. Utleggsbegjæring declares
  // its tests once per version (tests/support/versjoner.ts), tagged @utleggsbegjaering-<version>, and each
  // project runs its own tag; the other APIs have one version.
  projects: covered.flatMap(({ api, specs }) => {
    return specs.map(({ version }) => ({
      name: `${api}-${version}`,
      testMatch: `${api}/**/*.spec.ts`,
      ...(api === 'utleggsbegjaering' ? { grep: new RegExp(`@${api}-${version}(?![\\w-])`) } : {}),
    }));
  }),
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

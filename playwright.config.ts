import { defineConfig, type ReporterDescription } from '@playwright/test';
import { rmSync } from 'node:fs';
import { ConfigError, resolveEnvironment } from './src/config/environment.ts';
import { freePort } from './src/net/free-port.ts';
import { loadSpec } from './src/spec/document.ts';
import { API_NAMES } from './src/spec/versions.ts';

const startsSandbox = !process.env.CONFORMANCE_BASE_URL && (process.env.CONFORMANCE_ENV ?? 'local') === 'local';
if (startsSandbox && !process.env.CONFORMANCE_SANDBOX_URL) {
  process.env.CONFORMANCE_SANDBOX_URL = `http://127.0.0.1:${await freePort()}`;
}

let environment;
try {
  environment = resolveEnvironment();
} catch (err) {
  if (err instanceof ConfigError) {
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
    spesifikasjoner: API_NAMES.map((api) => {
      const spec = loadSpec(api);
      return { api, versjon: spec.version, fil: spec.file, sha256: spec.sha256 };
    }),
  },
  // One project: the APIs are selected by tag (@utleggsbegjaering, @trekkpaalegg, @kravogbetalinger), and a
  // single project lets one worker run tests of all three without a restart per API.
  projects: [{ name: 'conformance', testMatch: API_NAMES.map((api) => `${api}/**/*.spec.ts`) }],
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

import { defineConfig } from '@playwright/test';

// Our own code's tests: plain Node, no browser, no sandbox started by the runner.
export default defineConfig({
  testDir: 'tests/unit',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? 'dot' : 'list',
  outputDir: 'test-results/unit',
  timeout: 60_000,
  // Much of the time is loading and building tables per file, not waiting; both cores share it.
  workers: process.env.CONFORMANCE_UNIT_WORKERS ? Number(process.env.CONFORMANCE_UNIT_WORKERS) : '100%',
});

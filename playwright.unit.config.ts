import { defineConfig } from '@playwright/test';

// Our own code's tests: plain Node, no browser, no sandbox started by the runner.
export default defineConfig({
  testDir: 'tests/unit',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? 'dot' : 'list',
  outputDir: 'test-results/unit',
  timeout: 60_000,
});

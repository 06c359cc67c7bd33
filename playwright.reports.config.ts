import { defineConfig } from '@playwright/test';

// Checks on what a conformance run left under reports/: run after `npm run conformance` (or after
// merge-reports in CI). No webServer, no report writers of its own, so it never touches reports/.
export default defineConfig({
  testDir: 'tests/reports',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? 'dot' : 'list',
  outputDir: 'test-results/reports',
  timeout: 60_000,
});

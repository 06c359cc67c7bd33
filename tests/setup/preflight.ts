import { rmSync } from 'node:fs';
import { preflight } from '../../src/config/preflight.ts';
import { readSettings } from '../../src/config/settings.ts';

/**
 * Playwright's globalSetup: after the embedded sandbox (if any) is up and before any test, reach the
 * target and its Maskinporten once. A failure is one line and exit 2, not a run of failing tests.
 * The settings were checked when the config loaded, so they are valid here.
 */
export default async function globalSetup(): Promise<void> {
  const { environment } = readSettings();
  const problem = environment ? await preflight(environment) : undefined;
  if (problem) {
    process.stderr.write(`${problem}\n`);
    process.exit(2);
  }
  // Set by playwright.config.ts when this run's Allure results replace the last run's.
  const allure = process.env.CONFORMANCE_CLEAR_ALLURE;
  if (allure) rmSync(allure, { recursive: true, force: true });
}

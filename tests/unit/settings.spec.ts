import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../../src/config/environment.ts';
import { readSettings } from '../../src/config/settings.ts';

function problems(env: NodeJS.ProcessEnv): string[] {
  try {
    readSettings(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

test.describe('settings', () => {
  test('good values are read; unset ones take their defaults', () => {
    const dir = mkdtempSync(join(tmpdir(), 'settings-'));
    try {
      writeFileSync(join(dir, 'parter.json'), '[]');
      const s = readSettings({ CONFORMANCE_WORKERS: '3', CONFORMANCE_SEED: '0', CONFORMANCE_SUMMARY_LANG: 'en', CONFORMANCE_PARTIES: join(dir, 'parter.json'), CONFORMANCE_UTLEGGSBEGJAERING_VERSION: 'v1' });
      expect(s).toMatchObject({ workers: 3, seed: 0, summaryLanguage: 'en', parties: join(dir, 'parter.json'), versions: { utleggsbegjaering: 'v1' } });
      expect(readSettings({ CONFORMANCE_WORKERS: '50%' }).workers).toBe('50%');
      expect(readSettings({})).toMatchObject({ workers: undefined, seed: undefined, summaryLanguage: 'nb', parties: undefined, versions: {} });
      // CI systems define unset variables as empty strings.
      expect(readSettings({ CONFORMANCE_WORKERS: '', CONFORMANCE_SEED: '', CONFORMANCE_SUMMARY_LANG: '' }).summaryLanguage).toBe('nb');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  for (const [name, value, message] of [
    ['CONFORMANCE_WORKERS', 'abc', /CONFORMANCE_WORKERS must be a whole number of workers/],
    ['CONFORMANCE_WORKERS', '0', /CONFORMANCE_WORKERS must be/],
    ['CONFORMANCE_WORKERS', '150%', /CONFORMANCE_WORKERS must be/],
    ['CONFORMANCE_SEED', 'abc', /CONFORMANCE_SEED must be a whole number from 0 to 2147483647, got "abc"/],
    ['CONFORMANCE_SEED', '-1', /CONFORMANCE_SEED must be/],
    ['CONFORMANCE_SEED', '4294967296', /CONFORMANCE_SEED must be/],
    ['CONFORMANCE_SUMMARY_LANG', 'de', /CONFORMANCE_SUMMARY_LANG must be "nb" or "en", got "de"/],
    ['CONFORMANCE_PARTIES', '/no/such/parties.json', /CONFORMANCE_PARTIES points at "\/no\/such\/parties.json", which does not exist/],
    ['CONFORMANCE_SPECS_DIR', '/no/such/specs', /CONFORMANCE_SPECS_DIR points at "\/no\/such\/specs", which does not exist/],
    ['CONFORMANCE_UTLEGGSBEGJAERING_VERSION', 'v9', /has no version "v9" \(known: v1, v2\); check CONFORMANCE_UTLEGGSBEGJAERING_VERSION/],
    ['CONFORMANCE_IS_SANDBOX', 'yes', /CONFORMANCE_IS_SANDBOX must be 1 or 0, got "yes"/],
    ['CONFORMANCE_ALLOW_PRODUCTION', 'true', /CONFORMANCE_ALLOW_PRODUCTION must be 1 or 0, got "true"/],
  ] as const) {
    test(`${name}=${value} is one problem naming ${name}`, () => {
      const found = problems({ [name]: value });
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(message);
    });
  }

  test('several problems are listed together, each once, environment first', () => {
    const found = problems({ CONFORMANCE_ENV: 'staging', CONFORMANCE_WORKERS: 'x', CONFORMANCE_SEED: 'y', CONFORMANCE_SUPPLIER_ORG: '12' });
    expect(found).toEqual([
      'CONFORMANCE_ENV must be "local" or "test" (or set CONFORMANCE_BASE_URL), got "staging"',
      'CONFORMANCE_SUPPLIER_ORG must be 9 digits, got "12"',
      expect.stringMatching(/^CONFORMANCE_WORKERS/),
      expect.stringMatching(/^CONFORMANCE_SEED/),
    ]);
  });

  test('a merge job checks its settings without an environment', () => {
    expect(readSettings({ CONFORMANCE_ENV: 'test' }, { environment: false }).environment).toBeUndefined();
    expect(() => readSettings({ CONFORMANCE_ENV: 'test' })).toThrow(/MASKINPORTEN_CLIENT_ID is not set/);
  });
});

import { test, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox, type Running } from './sandbox-support.ts';
import { apiForPath } from '../../src/spec/document.ts';
import { defaultVersion } from '../../src/spec/versions.ts';
import { startFaultyProxy, FAULTS, type Fault } from '../support/faulty-proxy.ts';

/**
 * Proves the suite catches real faults: the conformance tests themselves run (as a child Playwright run)
 * against a proxy that injects one defect into a correct sandbox. Each fault must fail at least one test
 * of the selection; the control run through the same proxy with no fault must pass.
 */
// Utleggsbegjæring's tests run once per version; one version (the manifest default) is enough to show a
// fault is caught, and halves the time.
const UB = ['--project', `utleggsbegjaering-${defaultVersion('utleggsbegjaering')}`];
const selections: Record<Fault, string[]> = {
  none: ['tests/utleggsbegjaering/innsending.spec.ts', 'tests/trekkpaalegg', '--grep', 'seed|example|KRAV_IKKE_BENYTTET|UGYLDIG_KID|feed|page|token|scope', ...UB, '--project', 'trekkpaalegg-v1'],
  'wrong-status': ['tests/utleggsbegjaering/innsending.spec.ts', ...UB],
  'wrong-rule-code': ['tests/utleggsbegjaering/regler.spec.ts', '--grep', 'KRAV_IKKE_BENYTTET|UGYLDIG_KID', ...UB],
  'missing-rule-code': ['tests/utleggsbegjaering/regler.spec.ts', '--grep', 'KRAV_IKKE_BENYTTET|UGYLDIG_KID', ...UB],
  'schema-break': ['tests/trekkpaalegg'],
  'broken-paging': ['tests/trekkpaalegg'],
  // The 401s and 403s of every API; the cases that wait a real token out add time and nothing here.
  'lets-bad-token-through': [
    'tests/trekkpaalegg/auth.spec.ts', 'tests/kravogbetalinger/auth.spec.ts', 'tests/utleggsbegjaering/auth.spec.ts', '--grep-invert', 'waited out',
    ...UB, '--project', 'trekkpaalegg-v1', '--project', 'kravogbetalinger-v1',
  ],
};

interface JsonReport { stats: { expected: number; unexpected: number; skipped: number }; suites: any[] }

function failedTitles(report: JsonReport): string[] {
  const out: string[] = [];
  const walk = (suite: any) => {
    for (const spec of suite.specs ?? []) for (const t of spec.tests ?? []) if (t.status === 'unexpected') out.push(spec.title);
    for (const child of suite.suites ?? []) walk(child);
  };
  report.suites.forEach(walk);
  return out;
}

function runSuite(baseUrl: string, args: string[], outDir: string): Promise<{ code: number; report: JsonReport }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['playwright', 'test', ...args, '--reporter=json', `--output=${join(outDir, 'results')}`, '--workers=2'], {
      env: { ...process.env, CONFORMANCE_BASE_URL: baseUrl, CONFORMANCE_IS_SANDBOX: '1', PLAYWRIGHT_JSON_OUTPUT_NAME: join(outDir, 'report.json'), CI: '' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        resolve({ code: code ?? -1, report: JSON.parse(readFileSync(join(outDir, 'report.json'), 'utf8')) });
      } catch {
        reject(new Error(`child run wrote no report (exit ${code}): ${stderr.slice(0, 2000)}`));
      }
    });
  });
}

test.describe('the suite catches faults of a server', () => {
  test.describe.configure({ mode: 'parallel', timeout: 240_000 });
  let running: Running;

  test.beforeAll(async () => {
    running = await startSandbox();
  });
  test.afterAll(async () => {
    await running?.sandbox.close();
  });

  for (const [fault, description] of Object.entries(FAULTS) as [Fault, string][]) {
    const expectation = fault === 'none' ? 'passes' : 'fails at least one test';
    test(`a server that ${description}: the suite ${expectation}`, async () => {
      const proxy = await startFaultyProxy(running.sandbox.url, fault, (path) => running.token(apiForPath(path) ?? 'utleggsbegjaering'));
      const outDir = mkdtempSync(join(tmpdir(), `fault-${fault}-`));
      try {
        const { code, report } = await runSuite(proxy.url, selections[fault], outDir);
        const failed = failedTitles(report);
        await test.info().attach('failed tests', { body: failed.join('\n') || '(none)', contentType: 'text/plain' });
        expect(report.stats.expected + report.stats.unexpected, 'the selection ran some tests').toBeGreaterThan(0);
        if (fault === 'none') {
          expect(failed, 'the control run must pass').toEqual([]);
          expect(code).toBe(0);
        } else {
          expect(failed.length, `no test noticed: ${description}`).toBeGreaterThan(0);
          expect(code).toBe(1);
        }
      } finally {
        await proxy.close();
        rmSync(outDir, { recursive: true, force: true });
      }
    });
  }
});

import { test, expect } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox, type Running } from './sandbox-support.ts';
import { apiForPath } from '../../src/spec/document.ts';
import { defaultVersion } from '../../src/spec/versions.ts';
import { startFaultyProxy, feilMedId } from '../support/faulty-proxy.ts';
import { failedTitles, runSuite } from '../support/faults/run-suite.ts';

/**
 * Proves the suite catches real faults: the conformance tests themselves run (as a child Playwright run)
 * against a proxy that injects one defect into a correct sandbox. Each fault must fail at least one test
 * of the selection; the control run through the same proxy with no fault must pass.
 */
// Utleggsbegjæring's tests run once per version; one version (the manifest default) is enough to show a
// fault is caught, and halves the time.
const UB = ['--project', `utleggsbegjaering-${defaultVersion('utleggsbegjaering')}`];
// Four of the mutation catalogue's faults (npm run mutation runs all 35): a rule code, a schema, an auth check, a link,
// each with the catalogue's own selection of tests; the control run goes through the same proxy unchanged.
const CONTROL = ['tests/utleggsbegjaering/innsending.spec.ts', 'tests/trekkpaalegg', '--grep', 'seed|example|KRAV_IKKE_BENYTTET|UGYLDIG_KID|feed|page|token|scope', ...UB, '--project', 'trekkpaalegg-v1'];
const UNIT_FAULTS = ['wrong-rule-code', 'schema-break', 'expired-token-accepted', 'location-elsewhere'];

test.describe('the suite catches faults of a server', () => {
  test.describe.configure({ mode: 'parallel', timeout: 240_000 });
  let running: Running;

  test.beforeAll(async () => {
    running = await startSandbox();
  });
  test.afterAll(async () => {
    await running?.sandbox.close();
  });

  for (const fault of ['none', ...UNIT_FAULTS]) {
    const description = fault === 'none' ? 'forwards everything unchanged (the control run)' : feilMedId(fault).beskrivelse;
    const selection = fault === 'none' ? CONTROL : feilMedId(fault).utvalg;
    const expectation = fault === 'none' ? 'passes' : 'fails at least one test';
    test(`a server that ${description}: the suite ${expectation}`, async () => {
      const proxy = await startFaultyProxy(running.sandbox.url, fault, (path) => running.token(apiForPath(path) ?? 'utleggsbegjaering'));
      const outDir = mkdtempSync(join(tmpdir(), `fault-${fault}-`));
      try {
        const { code, report } = await runSuite(proxy.url, selection, outDir);
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

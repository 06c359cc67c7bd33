import { spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { atMost, ratio, type BenchSection } from './lib/types.ts';

const PLAYWRIGHT = resolve('node_modules/@playwright/test/cli.js');

function run(args: string[], cwd = process.cwd()): Promise<{ code: number; stdout: string; ms: number }> {
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(process.execPath, [PLAYWRIGHT, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: '', FORCE_COLOR: '0' } });
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => { stdout += c.toString(); });
    child.stderr.resume();
    child.once('exit', (code) => done({ code: code ?? 1, stdout, ms: performance.now() - started }));
  });
}

/** Counts the tests of a `--list --reporter=json` report. */
function countTests(suite: any): number {
  let n = 0;
  for (const spec of suite.specs ?? []) n += (spec.tests ?? []).length;
  for (const child of suite.suites ?? []) n += countTests(child);
  return n;
}

const TINY_SERVER = `import { createServer } from 'node:http';
createServer((req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}')).listen(Number(process.argv[2]), '127.0.0.1');
`;

function trivialConfig(port: number): string {
  return `import { defineConfig } from '@playwright/test';
export default defineConfig({
  testDir: '.', fullyParallel: true, retries: 0, outputDir: './out', reporter: 'line', workers: '100%',
  use: { baseURL: 'http://127.0.0.1:${port}' },
  webServer: { command: 'node tiny-server.mjs ${port}', url: 'http://127.0.0.1:${port}/', reuseExistingServer: false },
});
`;
}

function trivialSpec(n: number): string {
  return `import { test, expect } from '@playwright/test';
for (let i = 0; i < ${n}; i++) {
  test('trivial request ' + i, async ({ request }) => {
    const r = await request.get('/');
    expect(r.status()).toBe(200);
  });
}
`;
}

/**
 * Wall time of the whole conformance suite (its config, its sandbox webServer, the line reporter so
 * reports/ is left alone) against the same number of one-GET Playwright tests against a tiny server,
 * started the same way (webServer) and run with the same default worker count.
 */
export async function benchSuite(port: number): Promise<BenchSection> {
  const work = resolve('test-results/bench-suite');
  await rm(work, { recursive: true, force: true });
  await mkdir(join(work, 'trivial'), { recursive: true });
  try {
    const listed = await run(['test', '--list', '--reporter=json']);
    if (listed.code !== 0) throw new Error(`playwright test --list failed (exit ${listed.code})`);
    const count = countTests(JSON.parse(listed.stdout.slice(listed.stdout.indexOf('{'))));
    const suite = await run(['test', '--reporter=line', `--output=${join(work, 'conformance')}`]);
    const summary = /(\d+) passed/.exec(suite.stdout)?.[1] ?? '0';
    const failed = /(\d+) failed/.exec(suite.stdout)?.[1] ?? '0';
    const skipped = /(\d+) skipped/.exec(suite.stdout)?.[1] ?? '0';

    const dir = join(work, 'trivial');
    await writeFile(join(dir, 'tiny-server.mjs'), TINY_SERVER);
    await writeFile(join(dir, 'playwright.config.ts'), trivialConfig(port));
    await writeFile(join(dir, 'trivial.spec.ts'), trivialSpec(count));
    const trivial = await run(['test', '--config', join(dir, 'playwright.config.ts')], dir);
    if (trivial.code !== 0) throw new Error(`the trivial suite failed (exit ${trivial.code}): ${trivial.stdout.slice(-400)}`);

    const r = ratio(suite.ms, trivial.ms);
    return {
      comparisons: [{
        benchmark: 'suite', subject: 'conformance suite wall time', subjectValue: suite.ms / 1000, baseline: `${count} trivial request tests`, baselineValue: trivial.ms / 1000, unit: 's', ratio: r,
        details: { tests: count, passed: Number(summary), failed: Number(failed), skipped: Number(skipped), exitCode: suite.code },
      }],
      targets: [atMost('suite: wall time vs the same number of trivial tests', r, 1.5, (n) => `${n.toFixed(2)}×`)],
      notes: [`Suite: ${count} tests (from --list); both runs start their server through webServer and run one worker per core; the suite ran with --reporter=line so reports/ is not touched (exit ${suite.code}: ${summary} passed, ${failed} failed, ${skipped} skipped).`],
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

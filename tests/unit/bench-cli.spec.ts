import { test, expect } from '@playwright/test';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { verdict } from '../../bench/lib/verdict.ts';
import { atLeast, atMost } from '../../bench/lib/types.ts';

// The benchmarks themselves are slow and the machine shared, so their exit code is tested on the
// function that judges a run; the CLI only for what needs no benchmark (--help, bad options).
const root = fileURLToPath(new URL('../..', import.meta.url));
const met = atLeast('generators: complex petitions per second', 6_000, 5_000, String);
const missed = atMost('sandbox v2 204: p99 latency', 18, 10, (n) => `${n} ms`);

test('every target met: exit 0', () => {
  expect(verdict([met, met], {}, false)).toEqual({ code: 0, line: 'All 2 targets met: exit 0' });
});

test('a missed target fails the run (it exited 0 with five missed), and says how to explore instead', () => {
  const judged = verdict([met, missed, missed], {}, false);
  expect(judged.code).toBe(1);
  expect(judged.line).toBe('FAILED: 2 of 3 targets missed: exit 1 (run with --explore to report without failing)');
});

test('--explore keeps exit 0 for missed targets, but not for a benchmark that did not run', () => {
  expect(verdict([met, missed], {}, true)).toEqual({ code: 0, line: '1 of 2 targets missed; --explore, so exit 0' });
  const broken = verdict([met], { sandbox: 'Prism did not start' }, true);
  expect(broken.code).toBe(1);
  expect(broken.line).toContain('1 benchmark did not run (sandbox)');
});

test('bad options are exit 2 with the usage, before any benchmark runs', async () => {
  const run = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--only', 'nope'], { cwd: root }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }));
  });
  expect(run).toMatchObject({ code: 2, stdout: '' });
  expect(run.stderr).toContain('--only: unknown benchmark "nope"');
});

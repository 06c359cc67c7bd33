import { test, expect } from '@playwright/test';
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Every command-line entry point answers --help with its usage on stdout and exit 0. The list is read
// from bin/ (and the bench runner), so a new CLI is covered the day it lands.
const root = fileURLToPath(new URL('../..', import.meta.url));
const clis = [...readdirSync(`${root}bin`).filter((f) => f.endsWith('.ts')).map((f) => `bin/${f}`), 'bench/run.ts'];

function run(file: string, arg: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', file, arg], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

test('every CLI prints its usage on stdout for --help and -h, exits 0, and nothing on stderr', async () => {
  expect(clis).toEqual(expect.arrayContaining(['bin/sandbox.ts', 'bin/token.ts', 'bin/generate.ts', 'bin/validate.ts', 'bin/replay.ts', 'bin/catalog.ts', 'bin/report.ts', 'bench/run.ts']));
  const runs = await Promise.all(clis.flatMap((file) => [run(file, '--help'), run(file, '-h')]));
  // All refusals at once, each with what it said, so one run names every CLI that needs mending.
  const refused = clis.flatMap((file, i) => ['--help', '-h'].flatMap((flag, n) => {
    const r = runs[i * 2 + n];
    return r.code === 0 && r.stderr === '' && /^usage: /.test(r.stdout) ? [] : [`${file} ${flag}: exit ${r.code}, ${(r.stderr || r.stdout).trim().split('\n')[0]}`];
  }));
  expect(refused).toEqual([]);
});

import { test, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { example, startSandbox, type Running } from './sandbox-support.ts';

let running: Running;
let dir: string;
test.beforeAll(async () => {
  running = await startSandbox();
  dir = mkdtempSync(join(tmpdir(), 'replay-'));
});
test.afterAll(async () => running?.sandbox.close());

// Asynchronous on purpose: the sandbox runs in this process, and a synchronous child would block it.
function replay(...files: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('node', ['--import', 'tsx', 'bin/replay.ts', ...files], { env: { ...process.env, CONFORMANCE_BASE_URL: running.sandbox.url } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

function record(name: string, exchange: object): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(exchange, null, 2));
  return file;
}

test('a recorded GET is sent again to the configured environment with a fresh token', async () => {
  const file = record('liste.json', {
    operationId: 'hentTrekkpaalegg',
    // Recorded against another origin, with the token redacted as the reports keep it.
    request: { method: 'GET', url: 'https://api-test.sits.no/api/trekkpaalegg/v1?maksAntall=2', headers: { Authorization: 'Bearer [redacted]', Accept: 'application/json' } },
    response: { status: 200 },
  });
  const run = await replay(file);
  expect(run.stderr).toBe('');
  expect(run.stdout).toContain('GET /api/trekkpaalegg/v1?maksAntall=2 → 200 (recorded 200), matches the contract');
  expect(run.status).toBe(0);
});

test('a replay whose answer differs from the recording exits 1 and says how', async () => {
  const body = JSON.stringify(example('enkel'));
  const file = record('send.json', {
    operationId: 'sendInnUtleggsbegjaering',
    request: { method: 'POST', url: 'http://127.0.0.1:1/api/utleggsbegjaering/v1/utleggsbegjaering', headers: { Authorization: 'Bearer [redacted]', 'Content-Type': 'application/json' }, body },
    response: { status: 201 },
  });
  const first = await replay(file);
  expect(first.stdout).toContain('→ 201 (recorded 201)');
  const second = await replay(file);
  expect(second.stdout).toContain('→ 422 (recorded 201)');
  expect(second.status).toBe(1);
});

test('no file, a missing file and a file that is not an exchange are usage errors (exit 2, one line)', async () => {
  for (const args of [[], [join(dir, 'nope.json')], [record('other.json', { hello: 1 })]]) {
    const run = await replay(...args);
    expect(run.status, args.join(' ')).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stdout).toBe('');
  }
});

import { test, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The sandbox as a user starts and stops it: through npm, or node, killed by process id.
const root = fileURLToPath(new URL('../..', import.meta.url));

interface Started { child: ChildProcess; url: URL; pid: number; exited: Promise<number | null>; stderr: () => string }

/** Starts the command and waits for `Sandbox listening on URL (pid N)`. */
function start(command: string, args: string[], ready = /Sandbox listening on (\S+) \(pid (\d+)\)\n/): Promise<Started> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    child.stderr!.on('data', (d) => (stderr += d));
    child.stdout!.on('data', (d) => {
      stdout += d;
      const m = ready.exec(stdout);
      if (m) resolve({ child, url: new URL(m[1]), pid: Number(m[2]), exited, stderr: () => stderr });
    });
    exited.then((code) => reject(new Error(`exited ${code} before listening: ${stdout}${stderr}`)));
  });
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const portTaken = (url: URL) => new Promise<boolean>((resolve) => {
  const socket = connect(Number(url.port), url.hostname);
  socket.once('connect', () => (socket.destroy(), resolve(true)));
  socket.once('error', () => resolve(false));
});

/** The sandbox's process is gone and its port free, within `ms`. */
async function stoppedWithin(s: Started, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until && (alive(s.pid) || (await portTaken(s.url)))) await new Promise((r) => setTimeout(r, 100));
  if (alive(s.pid)) process.kill(s.pid, 'SIGKILL'); // never leave one behind, even when the test fails
  expect(alive(s.pid), `sandbox pid ${s.pid} still running`).toBe(false);
  expect(await portTaken(s.url), `${s.url.host} still held`).toBe(false);
}

test('kill <pid of npm> stops the sandbox too and frees the port (it kept holding it)', async () => {
  const s = await start('npm', ['run', 'sandbox', '--', '--port', '0']);
  expect(s.pid).not.toBe(s.child.pid);
  expect(await portTaken(s.url)).toBe(true);
  process.kill(s.child.pid!, 'SIGTERM');
  await stoppedWithin(s, 5_000);
  expect(s.stderr()).toContain('sandbox: the process that started it');
});

test('the printed pid stops it cleanly on SIGTERM, SIGINT and SIGHUP: exit 0, port free', async () => {
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
    const s = await start(process.execPath, ['--import', 'tsx', 'bin/sandbox.ts', '--port', '0']);
    expect(s.pid).toBe(s.child.pid);
    process.kill(s.pid, signal);
    expect(await s.exited, signal).toBe(0);
    await stoppedWithin(s, 2_000);
  }
});

test('kill <pid of npm> stops the proxy too and frees its port (it kept running)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'proxy-cli-'));
  try {
    const s = await start('npm', ['run', 'proxy', '--', '--port', '0', '--target', 'http://127.0.0.1:9', '--record', dir], /Proxy listening on (\S+) → \S+ \(pid (\d+)\)\n/);
    expect(s.pid).not.toBe(s.child.pid);
    process.kill(s.child.pid!, 'SIGTERM');
    await stoppedWithin(s, 5_000);
    expect(s.stderr()).toContain('proxy: the process that started it');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

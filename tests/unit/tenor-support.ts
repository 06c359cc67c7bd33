// Shared by tests/unit/tenor-*.spec.ts: fixture paths, the parties of the committed Tenor fixture, and
// the command-line tools run as a user runs them (node + tsx, as npm run does), as child processes.
import { execFile, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createPartyRegistry, identifierOf, sandkasseregister, type Party } from '../../generators/parties/index.ts';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/tenor/${name}`, import.meta.url));
/** Tenor files of both sources and every form: the reference samples and what the local Tenor writes. */
export const PARTER = fixture('parter');

/**
 * The parties the committed fixture files soek-freg.json and soek-brreg-er-fr.json hold: generated from a
 * seed of their own, none of them known to the sandbox's register, so a petition naming one can only
 * pass where the import reached the register.
 */
export function fixturParter(): Party[] {
  const egne = sandkasseregister();
  const r = createPartyRegistry({ seed: 4242, persons: 30, organisations: 16 });
  return r.all().filter((p) => r.sourceOf(p) === 'generated' && egne.byId(identifierOf(p)) === undefined);
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs bin/<name>.ts to its end; `env` is added to (and with undefined values, removed from) the test's own. */
export function run(name: string, args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  const merged: NodeJS.ProcessEnv = { ...process.env };
  delete merged.CONFORMANCE_PARTIES;
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete merged[k];
    else merged[k] = v;
  }
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', `bin/${name}.ts`, ...args], { cwd: root, env: merged, maxBuffer: 64 << 20, timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr });
    });
  });
}

export interface SandboxProcess {
  url: string;
  stderr: () => string;
  stop(): Promise<void>;
}

/** bin/sandbox.ts on a free port, as the suite's webServer starts it; resolves once it prints its URL. */
export function startSandboxProcess(args: string[], env: Record<string, string | undefined> = {}): Promise<SandboxProcess> {
  const merged: NodeJS.ProcessEnv = { ...process.env };
  delete merged.CONFORMANCE_PARTIES;
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete merged[k];
    else merged[k] = v;
  }
  const child = spawn(process.execPath, ['--import', 'tsx', 'bin/sandbox.ts', '--port', '0', ...args], { cwd: root, env: merged });
  let out = '';
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`sandbox did not start in 60 s: ${err}`)), 60_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`sandbox exited with ${code}: ${err}`));
    });
    child.stdout.on('data', (d) => {
      out += d;
      const m = /Sandbox listening on (http:\S+)/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({
        url: m[1],
        stderr: () => err,
        stop: () => new Promise<void>((done) => {
          child.once('exit', () => done());
          child.kill('SIGTERM');
        }),
      });
    });
  });
}

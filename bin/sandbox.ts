#!/usr/bin/env -S npx tsx
/**
 * Starts the sandbox: the three APIs and the local Maskinporten on one port.
 *
 *   npx tsx bin/sandbox.ts [--port 8085] [--host 127.0.0.1] [--seed N] [--parties FILE|DIR] [--record DIR]
 *
 * --record DIR keeps every exchange (redacted) in DIR/oekt-*.jsonl and judges each as it arrives, a line
 * per finding on stderr (tools/leverandoer/; `npm run -s certify -- DIR` summarises it).
 *
 * Prints one line, `Sandbox listening on http://HOST:PORT (pid N)`, and runs until SIGINT, SIGTERM or
 * SIGHUP, or until the process that started it (npm, a shell, a test runner) ends.
 * Exit codes: 0 stopped cleanly, 1 could not start (e.g. port in use), 2 bad options or bad specs/ (a
 * document, catalog or versions.json that does not load, a catalog code without a rule module).
 */
// First, so it notes the starting process before anything else runs.
import { untilStopped } from './lib/until-stopped.ts';
import { parseArgs } from 'node:util';
import { loadParties, parterFraMiljoe, PartiesFileError } from '../generators/parties/index.ts';
import { RegistryError } from '../sandbox/rules/registry.ts';
import { createSandbox, type Sandbox } from '../sandbox/server.ts';
import { SpecError } from '../src/spec/errors.ts';
import { OpptakError } from '../tools/leverandoer/opptak.ts';
import { sandkasseopptak } from '../tools/leverandoer/sandkasse.ts';

const USAGE = 'usage: sandbox [--port 8085] [--host 127.0.0.1] [--seed N] [--parties FILE|DIR] [--record DIR]';

class UsageError extends Error {}

function integer(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  if (!/^-?\d+$/.test(raw)) throw new UsageError(`--${name} must be a whole number, got "${raw}" (${USAGE})`);
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < min || n > max) throw new UsageError(`--${name} must be from ${min} to ${max}, got ${raw}`);
  return n;
}

function parseOptions(argv: string[]) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { port: { type: 'string' }, host: { type: 'string' }, seed: { type: 'string' }, parties: { type: 'string' }, record: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    throw new UsageError(`${(err as Error).message.split('\n')[0]} (${USAGE})`);
  }
  if (values.help) return undefined;
  const host = values.host ?? '127.0.0.1';
  if (host.trim() === '') throw new UsageError(`--host must not be empty (${USAGE})`);
  let parties;
  try {
    // The supplier's own parties (--parties, else CONFORMANCE_PARTIES, our format or Tenor's) join the
    // sandbox's register, so the register rules know them; what could not be mapped is said on stderr.
    const lest = values.parties !== undefined ? loadParties(values.parties) : parterFraMiljoe();
    for (const w of lest?.warnings ?? []) process.stderr.write(`sandbox: --parties ${w}\n`);
    parties = lest?.parties;
  } catch (err) {
    if (err instanceof PartiesFileError) throw new UsageError(err.message.split('\n').join('; '));
    throw err;
  }
  return {
    port: integer('port', values.port, 8085, 0, 65535),
    host,
    seed: integer('seed', values.seed, 1, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER),
    parties,
    record: values.record,
  };
}

function startError(err: unknown, host: string, port: number): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') return `sandbox: port ${port} on ${host} is already in use; pick another with --port`;
  if (code === 'EACCES') return `sandbox: not allowed to listen on ${host}:${port}`;
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') return `sandbox: cannot listen on host ${host} (${code})`;
  return `sandbox: could not start: ${String((err as Error).message ?? err).split('\n')[0]}`;
}

async function main(): Promise<number> {
  let options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`sandbox: ${err.message}\n`);
    return 2;
  }
  if (!options) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (options.record?.trim() === '') {
    process.stderr.write(`sandbox: --record needs a folder (${USAGE})\n`);
    return 2;
  }
  let opptak;
  try {
    opptak = options.record !== undefined ? sandkasseopptak({ mappe: options.record }) : undefined;
  } catch (err) {
    if (!(err instanceof OpptakError)) throw err;
    process.stderr.write(`sandbox: --record: ${err.message}\n`);
    return 2;
  }
  let sandbox: Sandbox;
  try {
    sandbox = await createSandbox({ ...options, onExchange: opptak?.krok });
  } catch (err) {
    // A broken document, catalog or versions.json, or a catalog code without a rule module: bad input, named.
    if (err instanceof SpecError || err instanceof RegistryError) {
      process.stderr.write(`sandbox: ${err.message}\n`);
      return 2;
    }
    process.stderr.write(`${startError(err, options.host, options.port)}\n`);
    return 1;
  }
  const stopped = untilStopped('sandbox', () => sandbox.close().then(() => opptak?.lukk()));
  // Only now: whoever waits for this line may signal at once, and finds the handlers in place.
  process.stdout.write(`Sandbox listening on ${sandbox.url} (pid ${process.pid})\n`);
  if (opptak) process.stderr.write(`sandbox: recording every exchange to ${opptak.start(sandbox.url).fil}\n`);
  return stopped;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`sandbox: ${String((err as Error)?.message ?? err).split('\n')[0]}\n`);
    process.exitCode = 1;
  },
);

#!/usr/bin/env -S npx tsx
/**
 * A validating proxy in front of an environment: the supplier's system talks to it instead of the
 * environment, it forwards every call unchanged, judges both directions against the contracts and
 * records them (redacted) for `npm run -s certify -- DIR`.
 *
 *   npm run -s proxy -- [--target https://api-test.sits.no] [--port 8086] [--host 127.0.0.1]
 *                       [--record reports/opptak] [--valider-foer-innsending] [--statusintervall 60]
 *
 * Prints `Proxy listening on http://HOST:PORT → TARGET (pid N)`, then a line per finding on stderr.
 * A production target is refused unless CONFORMANCE_ALLOW_PRODUCTION=1 (as the suite does).
 * Exit codes: 0 stopped cleanly, 1 could not start (port in use), 2 bad options.
 */
// First, so it notes the starting process before anything else runs.
import { untilStopped } from './lib/until-stopped.ts';
import { parseArgs } from 'node:util';
import { OpptakError, klargjoerMappe, startOpptak } from '../tools/leverandoer/opptak.ts';
import { MaalError, STANDARDMAAL, tolkMaal } from '../tools/proxy/maal.ts';
import { createProxy } from '../tools/proxy/proxy.ts';

const USAGE = 'usage: proxy [--target ORIGIN] [--port 8086] [--host 127.0.0.1] [--record DIR] [--valider-foer-innsending] [--statusintervall SECONDS]';
const HELP = `${USAGE}

Forwards a supplier's calls to --target (default ${STANDARDMAAL}, Skatteetaten's test environment) byte
for byte, judges each request and answer against the documents in specs/ and the rule catalog, and
records every exchange, redacted, in --record (default reports/opptak). --valider-foer-innsending: the
supplier's system validates each petition before it submits it, so a sendInn without a valider of the
same body is a finding. --statusintervall: least seconds between two status polls of one case (default
60, our choice). Production is refused unless CONFORMANCE_ALLOW_PRODUCTION=1.
`;

class UsageError extends Error {}

function parse(argv: string[]) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        target: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, record: { type: 'string' },
        'valider-foer-innsending': { type: 'boolean' }, statusintervall: { type: 'string' }, help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    throw new UsageError(`${(err as Error).message.split('\n')[0]} (${USAGE})`);
  }
  if (values.help) return undefined;
  const port = values.port === undefined ? 8086 : Number(values.port);
  if (!/^\d+$/.test(values.port ?? '8086') || port > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535, got "${values.port}"`);
  const intervall = values.statusintervall === undefined ? 60 : Number(values.statusintervall);
  if (!(intervall >= 0) || !Number.isFinite(intervall)) throw new UsageError(`--statusintervall must be a number of seconds (0 or more), got "${values.statusintervall}"`);
  const host = values.host ?? '127.0.0.1';
  if (host.trim() === '') throw new UsageError('--host must not be empty');
  const record = values.record ?? 'reports/opptak';
  if (record.trim() === '') throw new UsageError('--record needs a folder');
  return { target: values.target ?? STANDARDMAAL, port, host, record, validerFoerInnsending: values['valider-foer-innsending'] ?? false, statusintervall: intervall };
}

async function main(): Promise<number> {
  let o;
  let maal;
  try {
    o = parse(process.argv.slice(2));
    if (!o) {
      process.stdout.write(HELP);
      return 0;
    }
    maal = tolkMaal(o.target);
    klargjoerMappe(o.record);
  } catch (err) {
    if (!(err instanceof UsageError || err instanceof MaalError || err instanceof OpptakError)) throw err;
    process.stderr.write(`proxy: ${err.message}\n`);
    return 2;
  }
  const opptak = startOpptak({ mappe: o.record, modus: 'proxy', maal: maal.origin, valg: { validerFoerInnsending: o.validerFoerInnsending, statusintervallSekunder: o.statusintervall } });
  let proxy;
  try {
    proxy = await createProxy({ maal, port: o.port, host: o.host, opptak });
  } catch (err) {
    await opptak.lukk();
    const code = (err as NodeJS.ErrnoException).code;
    process.stderr.write(code === 'EADDRINUSE' ? `proxy: port ${o.port} on ${o.host} is already in use; pick another with --port\n` : `proxy: could not start: ${(err as Error).message.split('\n')[0]}\n`);
    return 1;
  }
  const stopped = untilStopped('proxy', () => proxy.close().then(() => opptak.lukk()).then(() => {
    const a = opptak.antall;
    process.stderr.write(`proxy: ${a.utvekslinger} exchanges recorded, ${a.feil} errors and ${a.advarsler} warnings found; npm run -s certify -- ${o.record}\n`);
  }));
  process.stdout.write(`Proxy listening on ${proxy.url} → ${maal.origin} (pid ${process.pid})\n`);
  process.stderr.write(`proxy: recording every exchange to ${opptak.fil}\n`);
  return stopped;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`proxy: ${String((err as Error)?.message ?? err).split('\n')[0]}\n`);
    process.exitCode = 1;
  },
);

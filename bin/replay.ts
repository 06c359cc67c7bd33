// Sends exchanges recorded in a report again: `npm run -s replay -- <exchange.json>...`.
import { parseArgs } from 'node:util';
import { ConfigError, resolveEnvironment } from '../src/config/environment.ts';
import { MaskinportenError } from '../src/maskinporten/index.ts';
import { ActingOrgError, describeEnvironment } from '../tools/replay/acting.ts';
import { readExchange, replay, ReplayError } from '../tools/replay/replay.ts';

const USAGE = 'usage: npm run -s replay -- <exchange.json>...  (exchange attachments of a test, from the HTML report)';
const HELP = `${USAGE}

Sends each recorded request again to the configured environment (as for the suite: CONFORMANCE_ENV,
CONFORMANCE_BASE_URL, MASKINPORTEN_*), with a fresh token for the recorded scope that acts for the
recorded organisation (as a systembruker when the recording did), and an upload with its recorded body.
One line per file on stdout: the same status and a valid answer, or what differs.
stderr names the environment, base URL and Maskinporten it talks to.
Exit codes: 0 every answer as recorded, 1 some differ or could not be sent, 2 bad usage or settings.
`;

async function main(): Promise<number> {
  let files: string[];
  try {
    const parsed = parseArgs({ allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
    if (parsed.values.help) {
      process.stdout.write(HELP);
      return 0;
    }
    files = parsed.positionals;
  } catch (err) {
    process.stderr.write(`replay: ${(err as Error).message.split('. ')[0]}; ${USAGE}\n`);
    return 2;
  }
  if (files.length === 0) {
    process.stderr.write(`replay: no exchange file given; ${USAGE}\n`);
    return 2;
  }
  let exchanges;
  let env;
  try {
    // Every file is read before anything is sent, so a typo in the last one sends nothing.
    exchanges = files.map((file) => ({ file, exchange: readExchange(file) }));
    env = resolveEnvironment();
  } catch (err) {
    if (err instanceof ReplayError || err instanceof ConfigError) {
      process.stderr.write(`replay: ${err instanceof ConfigError ? err.problems.join('; ') : err.message}\n`);
      return 2;
    }
    throw err;
  }
  process.stderr.write(`replay: sending to ${describeEnvironment(env)}\n`);
  let allSame = true;
  for (const { file, exchange } of exchanges) {
    try {
      const result = await replay(exchange, env);
      process.stdout.write(`${file}: ${result.line}\n`);
      allSame &&= result.same;
    } catch (err) {
      const known = err instanceof ActingOrgError || err instanceof MaskinportenError || err instanceof TypeError;
      const message = (err as Error).message.replace(/\s*\n\s*/g, '; ');
      process.stderr.write(`replay: ${file}: ${known ? message : `could not be sent: ${message}`}\n`);
      allSame = false;
    }
  }
  return allSame ? 0 : 1;
}

process.exitCode = await main();

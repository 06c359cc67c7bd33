import { parseArgs } from 'node:util';
import { ConfigError } from '../src/config/environment.ts';
import { readExchange, replay, ReplayError } from '../tools/replay/replay.ts';

const USAGE = 'usage: npm run -s replay -- <exchange.json>...  (exchange attachments of a test, from the HTML report)';

async function main(): Promise<number> {
  let files: string[];
  try {
    files = parseArgs({ allowPositionals: true, options: {} }).positionals;
  } catch (err) {
    process.stderr.write(`replay: ${(err as Error).message}; ${USAGE}\n`);
    return 2;
  }
  if (files.length === 0) {
    process.stderr.write(`replay: no exchange file given; ${USAGE}\n`);
    return 2;
  }
  let allSame = true;
  for (const file of files) {
    try {
      const result = await replay(readExchange(file));
      process.stdout.write(`${file}: ${result.line}\n`);
      allSame &&= result.same;
    } catch (err) {
      if (err instanceof ReplayError) {
        process.stderr.write(`replay: ${err.message}\n`);
        return 2;
      }
      if (err instanceof ConfigError) {
        process.stderr.write(`replay: ${err.message}\n`);
        return 2;
      }
      process.stderr.write(`replay: ${file}: ${(err as Error).message}\n`);
      allSame = false;
    }
  }
  return allSame ? 0 : 1;
}

process.exitCode = await main();

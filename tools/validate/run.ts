import { lstat } from 'node:fs/promises';
import { apiVersion } from '../../src/spec/versions.ts';
import { checkFile } from './check.ts';
import { ikkeSjekketOffline } from './offline.ts';
import { jsonLine, jsonSummary, preamble, textLine, textSummary, type Summary } from './report.ts';
import { walk } from './walk.ts';

export const USAGE = 'usage: validate <file-or-folder>... [--json]';

/** Where output goes; write resolves once the line may be followed by the next (backpressure). */
export interface Output {
  write(text: string): Promise<void>;
}

/** An Output over a Node stream that waits for 'drain', so a slow reader cannot make output pile up. */
export function streamOutput(stream: NodeJS.WritableStream): Output {
  return {
    write: (text) => new Promise((resolve, reject) => {
      if (stream.write(text)) return resolve();
      const done = (e?: Error) => {
        stream.off('drain', done);
        stream.off('error', done);
        if (e) reject(e);
        else resolve();
      };
      stream.on('drain', done);
      stream.on('error', done);
    }),
  };
}

export class UsageError extends Error {}

interface Options {
  paths: string[];
  json: boolean;
}

async function parseArgs(argv: string[]): Promise<Options> {
  const paths: string[] = [];
  let json = false;
  let optionsEnded = false;
  for (const arg of argv) {
    if (!optionsEnded && arg === '--') optionsEnded = true;
    else if (!optionsEnded && arg === '--json') json = true;
    else if (!optionsEnded && arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}; ${USAGE}`);
    else paths.push(arg);
  }
  if (paths.length === 0) throw new UsageError(`no file or folder given; ${USAGE}`);
  for (const path of paths) {
    try {
      await lstat(path);
    } catch {
      throw new UsageError(`${path} does not exist`);
    }
  }
  return { paths, json };
}

/**
 * The validator as a function: results are written as each file is checked and then dropped, so the
 * run holds one file at a time whatever the number of files. Returns the exit code.
 */
export async function runValidate(argv: string[], out: Output, err: Output): Promise<number> {
  let options: Options;
  try {
    options = await parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    await err.write(`validate: ${e.message}\n`);
    return 2;
  }
  const started = performance.now();
  const unchecked = ikkeSjekketOffline();
  if (!options.json) await out.write(preamble(unchecked, apiVersion('utleggsbegjaering').version));
  const summary: Summary = { files: 0, valid: 0, invalid: 0, errors: 0, ikkeSjekketOffline: unchecked, durationMs: 0, peakRssBytes: 0 };
  for await (const found of walk(options.paths)) {
    const result = found.kind === 'file' ? await checkFile(found.file) : { file: found.file, status: 'unreadable' as const, reason: found.reason };
    summary.files++;
    if (result.status === 'valid') summary.valid++;
    else if (result.status === 'invalid') summary.invalid++;
    else summary.errors++;
    await out.write(options.json ? jsonLine(result) : textLine(result));
  }
  if (summary.files === 0) await err.write(`validate: no .json files found in ${options.paths.join(', ')}\n`);
  summary.durationMs = Math.round(performance.now() - started);
  summary.peakRssBytes = process.resourceUsage().maxRSS * 1024;
  await out.write(options.json ? jsonSummary(summary) : textSummary(summary));
  return summary.valid === summary.files ? 0 : 1;
}

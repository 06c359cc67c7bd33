import { lstat } from 'node:fs/promises';
import { checkFile } from './check.ts';
import { ikkeSjekketOffline } from './offline.ts';
import { jsonLine, jsonSummary, preamble, textLine, textSummary, type Summary } from './report.ts';
import { velgVersjon } from './versions.ts';
import { walk } from './walk.ts';

export const USAGE = 'usage: validate [--version V] <file-or-folder>... [--json]';
const HELP = `${USAGE}

Checks Utleggsbegjæring payloads offline, as the sandbox would: the request schema of
sendInnUtleggsbegjaering, then (for a schema-valid body) the rules as POST /utleggsbegjaering/valider runs them.
A file holds one petition or a JSON array of them (what \`npm run -s generate\` writes); a folder is
walked for *.json files. --version picks the version (default CONFORMANCE_UTLEGGSBEGJAERING_VERSION,
else the manifest's); --json prints one JSON line per payload and a summary line.
Exit codes: 0 all valid, 1 some invalid or unreadable, 2 bad usage, a folder without *.json files,
or a payload of another version.
`;

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
  help?: boolean;
  paths: string[];
  json: boolean;
  version: string;
}

async function parseArgs(argv: string[]): Promise<Options> {
  const paths: string[] = [];
  let json = false;
  let flag: string | undefined;
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!optionsEnded && (arg === '--help' || arg === '-h')) return { help: true, paths: [], json: false, version: '' };
    if (!optionsEnded && arg === '--') optionsEnded = true;
    else if (!optionsEnded && arg === '--json') json = true;
    else if (!optionsEnded && (arg === '--version' || arg.startsWith('--version='))) {
      flag = arg === '--version' ? argv[++i] : arg.slice('--version='.length);
      if (!flag || flag.startsWith('-')) throw new UsageError(`--version needs a version, e.g. --version v2; ${USAGE}`);
    } else if (!optionsEnded && arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}; ${USAGE}`);
    else paths.push(arg);
  }
  const chosen = velgVersjon(flag);
  if ('problem' in chosen) throw new UsageError(chosen.problem);
  if (paths.length === 0) throw new UsageError(`no file or folder given; ${USAGE}`);
  for (const path of paths) {
    try {
      await lstat(path);
    } catch {
      throw new UsageError(`${path} does not exist`);
    }
    if (!(await hasSomethingToCheck(path))) throw new UsageError(`${path} is a folder without *.json files: nothing to check`);
  }
  return { paths, json, version: chosen.version };
}

/** A file always has; a folder has once the walk finds one *.json file (or a path it cannot read, reported later). */
async function hasSomethingToCheck(path: string): Promise<boolean> {
  for await (const found of walk([path])) {
    void found;
    return true;
  }
  return false;
}

/**
 * The validator as a function: results are written as each file is checked and then dropped, so the
 * run holds one file at a time whatever the number of files. Returns the exit code: 0 all valid, 1 some
 * invalid or unreadable, 2 bad usage or a file for another version.
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
  if (options.help) {
    await out.write(HELP);
    return 0;
  }
  const started = performance.now();
  const { version } = options;
  // Binds the version's rules before any file, so a catalog code without a module stops the run once.
  const unchecked = ikkeSjekketOffline(version);
  if (!options.json) await out.write(preamble(unchecked, version));
  const summary: Summary = { version, files: 0, payloads: 0, valid: 0, invalid: 0, wrongVersion: 0, errors: 0, ikkeSjekketOffline: unchecked, durationMs: 0, peakRssBytes: 0 };
  for await (const found of walk(options.paths)) {
    const results = found.kind === 'file' ? await checkFile(found.file, version) : [{ file: found.file, status: 'unreadable' as const, reason: found.reason }];
    summary.files++;
    for (const result of results) {
      summary.payloads++;
      if (result.status === 'valid') summary.valid++;
      else if (result.status === 'invalid') summary.invalid++;
      else if (result.status === 'wrong-version') summary.wrongVersion++;
      else summary.errors++;
      await out.write(options.json ? jsonLine(result) : textLine(result));
    }
  }
  summary.durationMs = Math.round(performance.now() - started);
  summary.peakRssBytes = process.resourceUsage().maxRSS * 1024;
  await out.write(options.json ? jsonSummary(summary) : textSummary(summary));
  // A payload for another version is bad input, not a finding about the payload: exit as for usage.
  if (summary.wrongVersion > 0) return 2;
  return summary.valid === summary.payloads ? 0 : 1;
}

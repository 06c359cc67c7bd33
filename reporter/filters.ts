import type { Kjoeringsfilter } from './types.ts';

/**
 * What narrows a `playwright test` run, read from its command line: Playwright hands neither its
 * --grep nor its --project or file filters to reporters, so the config (which runs in the runner
 * process) reads them and records them in the run's metadata.
 */

// Options of `playwright test` that take a value (1.65's `npx playwright test --help`).
const WITH_VALUE = new Set([
  '--add-reporter', '--browser', '-c', '--config', '--global-timeout', '-g', '--grep', '-G', '--grep-invert', '--last-failed-file',
  '--max-failures', '--output', '--repeat-each', '--reporter', '--retries', '--run-agents', '--shard', '--test-list',
  '--test-list-invert', '--timeout', '--trace', '--tsconfig', '--ui-host', '--ui-port', '--update-source-method', '-j', '--workers',
]);
// Options whose value may be left out: commander takes the next argument unless it is an option.
const OPTIONAL_VALUE = new Set(['--debug', '--only-changed', '--shuffle', '-u', '--update-snapshots']);

const FILTERS: Record<string, string> = {
  '-g': '--grep',
  '--grep': '--grep',
  '-G': '--grep-invert',
  '--grep-invert': '--grep-invert',
  '--project': '--project',
  '--last-failed': '--last-failed',
  '--only-changed': '--only-changed',
  '--test-list': '--test-list',
  '--test-list-invert': '--test-list-invert',
  '-x': '--max-failures',
  '--max-failures': '--max-failures',
};

/** The arguments after `playwright test`, or undefined when this process is not a `playwright test` run. */
export function testArguments(argv: readonly string[] = process.argv): string[] | undefined {
  const at = argv.findIndex((a, i) => i >= 2 && a === 'test');
  if (at < 0) return undefined;
  const before = argv.slice(1, at);
  // `node …/playwright/cli.js test` (npx) or `node …/@playwright/test/cli.js test`; not a worker or merge-reports.
  if (!before.some((a) => /playwright/.test(a))) return undefined;
  return argv.slice(at + 1);
}

/**
 * Each filter of a run as given: `--grep @smoke`, `--project trekkpaalegg-v1` (one per project), a file
 * filter (`tests/trekkpaalegg`, name ''), `--last-failed`, `--only-changed main`, `--test-list f.txt`,
 * `--max-failures 1` (it stops a run early). --shard is not among them: the config and the merge
 * report say which part a summary is.
 */
export function runFilters(args: readonly string[]): Kjoeringsfilter[] {
  const filters: Kjoeringsfilter[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      for (const rest of args.slice(i + 1)) filters.push({ navn: '', verdi: rest });
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      filters.push({ navn: '', verdi: arg });
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 && arg.startsWith('--') ? arg.slice(0, eq) : arg;
    const inline = eq > 0 && arg.startsWith('--') ? arg.slice(eq + 1) : undefined;
    const filter = FILTERS[name];
    if (name === '--project') {
      // Variadic: every following argument up to the next option is a project name.
      const names = inline !== undefined ? [inline] : [];
      while (inline === undefined && i + 1 < args.length && !args[i + 1].startsWith('-')) names.push(args[++i]);
      for (const n of names) filters.push({ navn: '--project', verdi: n });
      continue;
    }
    let value: string | undefined = inline;
    if (value === undefined && WITH_VALUE.has(name)) value = args[++i];
    else if (value === undefined && OPTIONAL_VALUE.has(name) && i + 1 < args.length && !args[i + 1].startsWith('-')) value = args[++i];
    if (filter) filters.push({ navn: filter, verdi: name === '-x' ? '1' : (value ?? '') });
  }
  return filters;
}

/** `--shard=2/4` of a `playwright test` command line, when given. */
export function shardOf(args: readonly string[]): { current: number; total: number } | undefined {
  for (let i = 0; i < args.length; i++) {
    const value = args[i].startsWith('--shard=') ? args[i].slice('--shard='.length) : args[i] === '--shard' ? args[i + 1] : undefined;
    const hit = value ? /^(\d+)\/(\d+)$/.exec(value) : null;
    if (hit) return { current: Number(hit[1]), total: Number(hit[2]) };
  }
  return undefined;
}

// The Allure report of the last run: `npm run report`. Prints where it is and how to open it.
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const USAGE = 'usage: npm run report [-- --results reports/allure-results] [--output reports/allure-report]';
const HELP = `${USAGE}

Turns the Allure results every run of the suite writes (reports/allure-results) into the Allure report
reports/allure-report/index.html: one self-contained file (Allure 3's single-file mode), so it opens
from disk in any browser, with no server. \`npx allure open reports/allure-report\` serves it instead.
--results and --output name other folders (e.g. the merged results of a sharded CI run).
Exit codes: 0 written, 1 Allure failed, 2 no results to report on (run \`npm run conformance\` first)
or bad options.
`;

class UsageError extends Error {}

/** Relative to where the user is when that is shorter to read, else absolute. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
}

/** The allure package exports no paths, so its CLI is found where npm puts it. */
const ALLURE_CLI = join(ROOT, 'node_modules', 'allure', 'cli.js');

/** Allure takes plugin options only from a config file; this one asks its default plugin for one file. */
function writeConfig(): { file: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'allure-config-'));
  const file = join(dir, 'allurerc.json');
  writeFileSync(file, JSON.stringify({ name: 'innkreving-conformance', plugins: { awesome: { options: { singleFile: true, reportName: 'innkreving-conformance' } } } }));
  return { file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

function run(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [ALLURE_CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (err) => done({ code: 1, output: err.message }));
    child.on('close', (code) => done({ code, output }));
  });
}

function options(argv: string[]): { help: true } | { help: false; results: string; output: string } {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { results: { type: 'string' }, output: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true }));
  } catch (err) {
    throw new UsageError(`${(err as Error).message.split('. ')[0]}; ${USAGE}`);
  }
  if (values.help) return { help: true };
  return {
    help: false,
    results: resolve(values.results ?? join(ROOT, 'reports', 'allure-results')),
    output: resolve(values.output ?? join(ROOT, 'reports', 'allure-report')),
  };
}

/**
 * Allure's page loads Google Tag Manager and reports itself to Google Analytics each time it is opened
 * (allure 3.18 has no option to turn that off). A report of a supplier's certification run should call
 * nowhere, so the block goes; if Allure changes it, tests/unit/report-cli.spec.ts sees the request.
 */
function withoutAnalytics(page: string): void {
  const html = readFileSync(page, 'utf8');
  const cleaned = html.replace(/\s*<script async src="https:\/\/www\.googletagmanager\.com\/[^"]*"><\/script>\s*<script>[^<]*gtag\([^<]*<\/script>/, '');
  if (cleaned !== html) writeFileSync(page, cleaned);
}

async function main(argv: string[]): Promise<number> {
  let chosen;
  try {
    chosen = options(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`report: ${err.message}\n`);
    return 2;
  }
  if (chosen.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const { results: RESULTS, output: OUTPUT } = chosen;
  const results = existsSync(RESULTS) ? readdirSync(RESULTS).filter((f) => f.endsWith('-result.json')) : [];
  if (results.length === 0) {
    process.stderr.write(`report: no Allure results in ${shown(RESULTS)}; run the suite first (npm run conformance)\n`);
    return 2;
  }
  // The folder is generated output, and a multi-file report left there would sit beside the new file;
  // a folder that holds anything else is not ours to empty.
  if (existsSync(OUTPUT) && readdirSync(OUTPUT).length > 0 && !existsSync(join(OUTPUT, 'index.html'))) {
    process.stderr.write(`report: ${shown(OUTPUT)} holds files but no Allure report; choose another --output\n`);
    return 2;
  }
  rmSync(OUTPUT, { recursive: true, force: true });
  if (!existsSync(ALLURE_CLI)) {
    process.stderr.write(`report: Allure is not installed (${shown(ALLURE_CLI)} is missing); run npm ci\n`);
    return 1;
  }
  const config = writeConfig();
  let result;
  try {
    result = await run(['generate', '--config', config.file, RESULTS, '--output', OUTPUT]);
  } finally {
    config.remove();
  }
  const page = join(OUTPUT, 'index.html');
  if (result.code !== 0 || !existsSync(page)) {
    // Allure colours its messages; one plain line is enough to act on.
    const why = result.output.replace(/\u001b\[[0-9;]*m/g, '').trim().split('\n')[0] || `exit code ${result.code}`;
    process.stderr.write(`report: Allure could not write the report: ${why}\n`);
    return 1;
  }
  withoutAnalytics(page);
  process.stdout.write(
    [
      `Allure report of ${results.length} test results: ${shown(page)}`,
      `  one file, opens from disk: ${pathToFileURL(page).href}`,
      `  or serve it:               npx allure open ${shown(OUTPUT)}`,
      '',
    ].join('\n'),
  );
  return 0;
}

process.exitCode = await main(process.argv.slice(2));

// npm run -s mutation [-- --only ID,ID] [--min-score 0.9] [--workers N]
// Mutation testing of our own suite: each fault of tests/support/faults/catalog.ts is injected by a proxy in
// front of a correct sandbox, the fault's selection of the suite runs against it, and a fault counts as
// caught when at least one test fails. Prints the score (caught / injected) and names every survivor.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { apiForPath } from '../src/spec/document.ts';
import { FEILKATALOG } from '../tests/support/faults/catalog.ts';
import { failedTitles, runSuite } from '../tests/support/faults/run-suite.ts';
import { startFaultyProxy } from '../tests/support/faulty-proxy.ts';
import { startSandbox } from '../tests/unit/sandbox-support.ts';

const USAGE = 'usage: npm run -s mutation -- [--only ID,ID] [--min-score 0..1] [--workers N]';

function fail(message: string): never {
  process.stderr.write(`mutation: ${message}\n${USAGE}\n`);
  process.exit(2);
}

let values: { only?: string; 'min-score'?: string; workers?: string; help?: boolean };
try {
  ({ values } = parseArgs({ options: { only: { type: 'string' }, 'min-score': { type: 'string' }, workers: { type: 'string' }, help: { type: 'boolean' } } }));
} catch (err) {
  fail((err as Error).message);
}
if (values.help) {
  process.stdout.write(`${USAGE}\n\nFaults:\n${FEILKATALOG.map((f) => `  ${f.id.padEnd(28)} ${f.beskrivelse}`).join('\n')}\n`);
  process.exit(0);
}
const only = values.only?.split(',').map((s) => s.trim()).filter(Boolean);
for (const id of only ?? []) if (!FEILKATALOG.some((f) => f.id === id)) fail(`--only: no fault "${id}" (see --help)`);
const minScore = values['min-score'] === undefined ? undefined : Number(values['min-score']);
if (minScore !== undefined && !(minScore >= 0 && minScore <= 1)) fail(`--min-score must be a number from 0 to 1, got "${values['min-score']}"`);
const workers = values.workers === undefined ? 2 : Number(values.workers);
if (!Number.isInteger(workers) || workers < 1) fail(`--workers must be a whole number of at least 1, got "${values.workers}"`);

const faults = FEILKATALOG.filter((f) => !only || only.includes(f.id));
const running = await startSandbox();
const token = (path: string) => running.token(apiForPath(path) ?? 'utleggsbegjaering');

interface Result { id: string; kategori: string; beskrivelse: string; caught: boolean; failed: string[]; ran: number; seconds: number }

async function runOne(id: string, selection: string[]): Promise<Omit<Result, 'kategori' | 'beskrivelse'>> {
  const started = performance.now();
  const proxy = await startFaultyProxy(running.sandbox.url, id, token);
  const outDir = mkdtempSync(join(tmpdir(), `mutation-${id}-`));
  try {
    running.sandbox.reset();
    const { report } = await runSuite(proxy.url, selection, outDir, workers);
    const failed = failedTitles(report);
    return { id, caught: failed.length > 0, failed, ran: report.stats.expected + report.stats.unexpected, seconds: (performance.now() - started) / 1000 };
  } finally {
    await proxy.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

try {
  // The control: every selection, through the proxy with no fault, must pass; otherwise a "caught" fault means nothing.
  const selections = [...new Set(faults.map((f) => JSON.stringify(f.utvalg)))].map((s) => JSON.parse(s) as string[]);
  process.stderr.write(`control run: ${selections.length} selection${selections.length === 1 ? '' : 's'} through the proxy without a fault\n`);
  for (const selection of selections) {
    const control = await runOne('none', selection);
    if (control.caught || control.ran === 0) {
      process.stderr.write(`mutation: the control run of [${selection.join(' ')}] ${control.ran === 0 ? 'ran no test' : `failed: ${control.failed.join('; ')}`}\n`);
      process.exitCode = 1;
      throw new Error('the control run must pass before faults are counted');
    }
  }

  const results: Result[] = [];
  for (const [i, f] of faults.entries()) {
    process.stderr.write(`[${i + 1}/${faults.length}] ${f.id} … `);
    const r = await runOne(f.id, f.utvalg);
    results.push({ ...r, kategori: f.kategori, beskrivelse: f.beskrivelse });
    process.stderr.write(`${r.caught ? `caught by ${r.failed.length} test${r.failed.length === 1 ? '' : 's'}` : 'SURVIVED'} (${r.ran} tests, ${r.seconds.toFixed(0)} s)\n`);
  }

  const caught = results.filter((r) => r.caught);
  const survivors = results.filter((r) => !r.caught);
  const score = results.length ? caught.length / results.length : 1;
  const lines = [
    `Mutation score: ${caught.length}/${results.length} faults caught (${(score * 100).toFixed(0)} %)`,
    ...(survivors.length ? ['Survivors:', ...survivors.map((s) => `  ${s.id} (${s.kategori}): a server that ${s.beskrivelse}`)] : ['No survivors.']),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  mkdirSync('reports', { recursive: true });
  writeFileSync('reports/mutation.json', `${JSON.stringify({ score, caught: caught.length, injected: results.length, results }, null, 2)}\n`);
  process.stderr.write('written: reports/mutation.json\n');
  if (minScore !== undefined && score < minScore) process.exitCode = 1;
} catch (err) {
  process.stderr.write(`\nmutation: ${(err as Error).message}\n`);
  process.exitCode = 2;
} finally {
  await running.sandbox.close();
}

// npm run bench [-- --only sandbox,validator,generators,suite] [--duration S] [--explore]
// Every figure is a ratio of two things measured side by side in this run; raw numbers stand beside it.
// Exit code: 1 when a target is missed or a benchmark did not run (--explore: missed targets exit 0).
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { benchProxy } from './proxy.bench.ts';
import { benchSandbox } from './sandbox.bench.ts';
import { benchSuite } from './suite.bench.ts';
import { benchValidator } from './validator.bench.ts';
import { freePort } from './lib/ports.ts';
import { comparisonTable, latencyTable, targetLines } from './lib/table.ts';
import type { BenchSection, Comparison, Target } from './lib/types.ts';
import { verdict } from './lib/verdict.ts';

const SECTIONS = ['sandbox', 'validator', 'generators', 'suite', 'proxy'] as const;
type Section = (typeof SECTIONS)[number];

const USAGE = `usage: npm run bench [-- --only ${SECTIONS.join(',')}] [--duration S] [--explore]`;
const HELP = `${USAGE}

Runs the benchmarks, each figure a ratio against a baseline measured in the same run, and writes
reports/bench.json. --only picks benchmarks (default all: several minutes on 2 cores); --duration is the
measured seconds per server in the sandbox benchmark (default 4).
Exit codes: 0 every target met, 1 a target missed or a benchmark did not run, 2 bad options.
--explore reports missed targets without failing (exit 0), for a first look on a new machine.
`;

function options() {
  let values;
  try {
    ({ values } = parseArgs({ options: { only: { type: 'string' }, duration: { type: 'string' }, explore: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, strict: true }));
  } catch (err) {
    throw new Error(`${(err as Error).message.split('. ')[0]}; ${USAGE}`);
  }
  if (values.help) return undefined;
  const only = (values.only?.split(',') ?? [...SECTIONS]) as Section[];
  for (const s of only) if (!SECTIONS.includes(s)) throw new Error(`--only: unknown benchmark "${s}" (known: ${SECTIONS.join(', ')})`);
  const duration = values.duration === undefined ? 4 : Number(values.duration);
  if (!(duration > 0)) throw new Error(`--duration must be a positive number of seconds, got "${values.duration}"`);
  return { only, duration, explore: values.explore ?? false };
}

/**
 * The generators benchmark is another module's (bench/generators.bench.ts); it decides its own figures
 * and hands back a BenchSection. Loaded by name so the runner still works while it is absent.
 */
async function generators(): Promise<BenchSection> {
  const file = './generators.bench.ts';
  const mod = (await import(file)) as { benchGenerators?: () => BenchSection | Promise<BenchSection> };
  if (typeof mod.benchGenerators !== 'function') throw new Error('bench/generators.bench.ts exports no benchGenerators()');
  const s = await mod.benchGenerators();
  if (!Array.isArray(s?.comparisons) || !Array.isArray(s?.targets)) throw new Error('benchGenerators() did not return { comparisons, targets, notes }');
  return { comparisons: s.comparisons, targets: s.targets, notes: s.notes ?? [] };
}

async function main(): Promise<void> {
  const chosen = options();
  if (!chosen) {
    process.stdout.write(HELP);
    return;
  }
  const { only, duration, explore } = chosen;
  const started = performance.now();
  const comparisons: Comparison[] = [];
  const targets: Target[] = [];
  const notes: string[] = [];
  const raw: Record<string, unknown> = {};
  const failures: Record<string, string> = {};
  const add = (s: BenchSection) => {
    comparisons.push(...s.comparisons);
    targets.push(...s.targets);
    notes.push(...s.notes);
  };
  const step = async (name: Section, fn: () => Promise<BenchSection & { raw?: Record<string, unknown> }>) => {
    if (!only.includes(name)) return;
    process.stderr.write(`bench: ${name}…\n`);
    try {
      const s = await fn();
      add(s);
      if (s.raw) raw[name] = s.raw;
    } catch (err) {
      // One broken benchmark must not hide the others' figures.
      failures[name] = (err as Error).message;
      process.stderr.write(`bench: ${name} failed: ${(err as Error).message}\n`);
    }
  };
  await step('sandbox', () => benchSandbox({ connections: 32, warmupSeconds: 3, durationSeconds: duration }));
  await step('validator', async () => benchValidator());
  await step('generators', generators);
  await step('suite', async () => benchSuite(await freePort()));
  await step('proxy', () => benchProxy());

  const report = {
    generatedAt: new Date().toISOString(),
    machine: { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model },
    durationSeconds: Math.round((performance.now() - started) / 100) / 10,
    comparisons, targets, notes, raw, failures,
  };
  await mkdir('reports', { recursive: true });
  await writeFile('reports/bench.json', `${JSON.stringify(report, null, 2)}\n`);

  const out = [comparisonTable(comparisons)];
  if (raw.sandbox) out.push('', latencyTable(raw.sandbox as Record<string, unknown>));
  out.push('', targetLines(targets));
  for (const [name, message] of Object.entries(failures)) out.push(`FAIL  ${name}: did not run: ${message}`);
  const judged = verdict(targets, failures, explore);
  out.push('', ...notes.map((n) => `- ${n}`), '', `Written to reports/bench.json (${report.durationSeconds} s).`, judged.line);
  process.stdout.write(`${out.join('\n')}\n`);
  // .ci/run does not run the benchmarks (they are slow and the machine shared), so a miss fails no build by surprise.
  process.exitCode = judged.code;
}

main().catch((err) => {
  process.stderr.write(`bench: ${(err as Error).message}\n`);
  process.exitCode = 2;
});

import { generateUtleggsbegjaeringer } from '../generators/index.ts';
import { apiVersion, listVersions } from '../src/spec/versions.ts';
import { checkBody } from '../tools/validate/check.ts';
import { rawRequestValidator } from './lib/raw-ajv.ts';
import { atLeast, ratio, type BenchSection } from './lib/types.ts';

/** Payloads per second of `fn` over the pool, for about `ms` milliseconds. */
function rate(pool: readonly unknown[], fn: (b: unknown) => unknown, ms: number): number {
  let n = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (let i = 0; i < 50; i++) fn(pool[(n + i) % pool.length]);
    n += 50;
    now = performance.now();
  }
  return (n * 1000) / (now - start);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

/**
 * Our offline validator (contract validator + rule registry, as tools/validate runs it on a parsed
 * file) against the bare ajv function of the same request schema, on the same generated complex
 * petitions. Rounds alternate so that drift (JIT, GC, a noisy neighbour) hits both sides alike.
 */
export function benchValidator(rounds = 7, roundMs = 300): BenchSection {
  const sections = listVersions('utleggsbegjaering').map((version) => benchVersion(version, rounds, roundMs));
  return { comparisons: sections.flatMap((s) => s.comparisons), targets: sections.flatMap((s) => s.targets), notes: sections.flatMap((s) => s.notes) };
}

/** One version: its generated complex petitions, its document, its catalog's rules. */
function benchVersion(version: string, rounds: number, roundMs: number): BenchSection {
  const datamodell = apiVersion('utleggsbegjaering', version).datamodell;
  const label = `${version}${datamodell ? ` (${datamodell})` : ''}`;
  const pool = generateUtleggsbegjaeringer(200, { seed: 4242, kompleksitet: 'kompleks', version });
  const raw = rawRequestValidator('sendInnUtleggsbegjaering', version);
  const ours = (b: unknown) => checkBody('bench', b, version);
  const invalid = pool.map((b) => ours(b)).filter((r) => r.status !== 'valid').length;
  if (invalid > 0) throw new Error(`validator bench ${label}: ${invalid} of the generated petitions are not valid; the bench measures the valid path`);
  // Long enough for both to reach optimised code; the first rounds otherwise measure the JIT.
  rate(pool, ours, 1000);
  rate(pool, raw, 1000);
  const oursRates: number[] = [];
  const rawRates: number[] = [];
  for (let i = 0; i < rounds; i++) {
    oursRates.push(rate(pool, ours, roundMs));
    rawRates.push(rate(pool, raw, roundMs));
  }
  const o = median(oursRates);
  const r = median(rawRates);
  const bytes = pool.reduce((n, b) => n + JSON.stringify(b).length, 0) / pool.length;
  return {
    comparisons: [{
      benchmark: `validator ${label}`, subject: 'contract + rules', subjectValue: o, baseline: 'raw ajv, same schema', baselineValue: r, unit: 'payloads/s', ratio: ratio(o, r),
      details: { rounds: { ours: oursRates.map(Math.round), rawAjv: rawRates.map(Math.round) }, payloads: pool.length, meanPayloadBytes: Math.round(bytes) },
    }],
    targets: [atLeast(`validator ${label}: share of raw ajv throughput`, ratio(o, r), 0.5, (n) => `${(n * 100).toFixed(0)}%`)],
    notes: [`Validator ${label}: ${pool.length} generated complex petitions (mean ${Math.round(bytes)} bytes), already parsed; median of ${rounds} alternating rounds of ${roundMs} ms.`],
  };
}

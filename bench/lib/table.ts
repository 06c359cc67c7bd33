import type { Comparison, Target } from './types.ts';

function num(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(n >= 10 ? 1 : 2);
}

function pad(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => (i >= 2 && i !== 3 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd()).join('\n');
}

export function comparisonTable(rows: Comparison[]): string {
  return pad([
    ['benchmark', 'subject', 'value', 'baseline', 'value', 'ratio', 'unit'],
    ...rows.map((c) => [c.benchmark, c.subject, num(c.subjectValue), c.baseline, num(c.baselineValue), `${c.ratio.toFixed(2)}×`, c.unit]),
  ]);
}

export function latencyTable(raw: Record<string, any>): string {
  const rows = [['path', 'server', 'req/s', 'p50 ms', 'p99 ms', 'statuses']];
  for (const [path, servers] of Object.entries(raw)) {
    for (const name of ['sandbox', 'ceiling', 'prism']) {
      const s = servers[name];
      if (s) rows.push([path, name, num(s.requestsPerSecond), String(s.p50Ms), String(s.p99Ms), JSON.stringify(s.statuses)]);
    }
  }
  return pad(rows);
}

export function targetLines(targets: Target[]): string {
  return targets.map((t) => `${t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.measured} (goal ${t.goal})${t.shortfall ? ` — ${t.shortfall}` : ''}`).join('\n');
}

/** One side-by-side comparison: the subject and its baseline measured in the same run. */
export interface Comparison {
  benchmark: string;
  subject: string;
  subjectValue: number;
  baseline: string;
  baselineValue: number;
  unit: string;
  /** subjectValue / baselineValue. */
  ratio: number;
  /** Raw figures beside the ratio (latencies, status counts, sample sizes). */
  details?: Record<string, unknown>;
}

export interface Target {
  name: string;
  /** e.g. "≥ 2.5×". */
  goal: string;
  measured: string;
  pass: boolean;
  /** How far off a missed target is, in words. */
  shortfall?: string;
}

export interface BenchSection {
  comparisons: Comparison[];
  targets: Target[];
  notes: string[];
}

export function ratio(subject: number, baseline: number): number {
  return baseline === 0 ? Number.NaN : subject / baseline;
}

/** A "higher is better" target: pass, or how far below the goal the measurement is. */
export function atLeast(name: string, value: number, goal: number, format: (n: number) => string): Target {
  const pass = value >= goal;
  return {
    name, goal: `≥ ${format(goal)}`, measured: format(value), pass,
    shortfall: pass ? undefined : `${format(goal - value)} short (${((1 - value / goal) * 100).toFixed(0)}% below the goal)`,
  };
}

/** A "lower is better" target. */
export function atMost(name: string, value: number, goal: number, format: (n: number) => string): Target {
  const pass = value <= goal;
  return {
    name, goal: `≤ ${format(goal)}`, measured: format(value), pass,
    shortfall: pass ? undefined : `${format(value - goal)} over (${(value / goal).toFixed(1)}× the goal)`,
  };
}

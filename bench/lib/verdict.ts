import type { Target } from './types.ts';

export interface Verdict {
  /** 0 every target met (or --explore), 1 a target missed or a benchmark did not run. */
  code: number;
  /** The closing line of the run, saying why the code is what it is. */
  line: string;
}

/**
 * The exit code of `npm run bench`. A missed target fails the run, so CI and a shell see it; --explore
 * (a first look on a new machine, a profile) still reports every miss but exits 0. A benchmark that did
 * not run is always a failure: there is no figure to explore.
 */
export function verdict(targets: readonly Target[], failures: Readonly<Record<string, string>>, explore: boolean): Verdict {
  const broken = Object.keys(failures);
  const missed = targets.filter((t) => !t.pass);
  const misses = `${missed.length} of ${targets.length} target${targets.length === 1 ? '' : 's'} missed`;
  if (broken.length > 0) {
    const also = missed.length > 0 ? `; ${misses}` : '';
    return { code: 1, line: `FAILED: ${broken.length} benchmark${broken.length === 1 ? '' : 's'} did not run (${broken.join(', ')})${also}: exit 1` };
  }
  if (missed.length === 0) return { code: 0, line: targets.length === 0 ? 'No targets in the benchmarks run: exit 0' : `${targets.length === 1 ? 'The one target' : `All ${targets.length} targets`} met: exit 0` };
  if (explore) return { code: 0, line: `${misses}; --explore, so exit 0` };
  return { code: 1, line: `FAILED: ${misses}: exit 1 (run with --explore to report without failing)` };
}

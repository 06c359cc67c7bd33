import autocannon from 'autocannon';

export interface LoadTarget {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadResult {
  requestsPerSecond: number;
  total: number;
  p50Ms: number;
  p99Ms: number;
  /** Count per status code, so a run that measured the wrong answer shows it. */
  statuses: Record<string, number>;
  errors: number;
  durationSeconds: number;
  /** Requests per second of each slice, when measured in slices. */
  slices?: number[];
}

export interface LoadOptions {
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
}

function settings(target: LoadTarget, o: LoadOptions) {
  return { url: target.url, method: target.method ?? 'GET', headers: target.headers, body: target.body, connections: o.connections, timeout: 10 };
}

/** A run that only warms a server up (JIT, caches, keep-alive sockets); its figures are thrown away. */
export async function warmUp(target: LoadTarget, o: LoadOptions): Promise<void> {
  await autocannon({ ...settings(target, o), duration: o.warmupSeconds });
}

/** One measured run of `o.durationSeconds`. */
export async function measure(target: LoadTarget, o: LoadOptions): Promise<LoadResult> {
  const r = await autocannon({ ...settings(target, o), duration: o.durationSeconds });
  const statuses: Record<string, number> = {};
  for (const [code, { count }] of Object.entries(r.statusCodeStats ?? {})) statuses[code] = Number(count);
  return {
    requestsPerSecond: r.requests.total / r.duration,
    total: r.requests.total,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    statuses,
    errors: r.errors + r.timeouts,
    durationSeconds: r.duration,
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/**
 * Several servers measured in alternating slices (A B C A B C …) after one warm-up each, so a burst of
 * load from elsewhere on the machine hits all of them alike instead of deciding one ratio. Each figure
 * is the median over the slices; statuses and totals are summed.
 */
export async function measureInterleaved(targets: LoadTarget[], o: LoadOptions, slices: number): Promise<LoadResult[]> {
  for (const t of targets) await warmUp(t, o);
  const runs: LoadResult[][] = targets.map(() => []);
  const slice = { ...o, durationSeconds: o.durationSeconds / slices };
  for (let i = 0; i < slices; i++) for (const [j, t] of targets.entries()) runs[j].push(await measure(t, slice));
  return runs.map((rs) => {
    const statuses: Record<string, number> = {};
    for (const r of rs) for (const [k, n] of Object.entries(r.statuses)) statuses[k] = (statuses[k] ?? 0) + n;
    return {
      requestsPerSecond: median(rs.map((r) => r.requestsPerSecond)),
      total: rs.reduce((n, r) => n + r.total, 0),
      p50Ms: median(rs.map((r) => r.p50Ms)),
      p99Ms: median(rs.map((r) => r.p99Ms)),
      statuses,
      errors: rs.reduce((n, r) => n + r.errors, 0),
      durationSeconds: rs.reduce((n, r) => n + r.durationSeconds, 0),
      slices: rs.map((r) => Math.round(r.requestsPerSecond)),
    };
  });
}

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
}

export interface LoadOptions {
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
}

/** A warm-up run (JIT, caches, keep-alive sockets), then the measured run with the same settings. */
export async function measure(target: LoadTarget, o: LoadOptions): Promise<LoadResult> {
  const base = { url: target.url, method: target.method ?? 'GET', headers: target.headers, body: target.body, connections: o.connections, timeout: 10 };
  await autocannon({ ...base, duration: o.warmupSeconds });
  const r = await autocannon({ ...base, duration: o.durationSeconds });
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

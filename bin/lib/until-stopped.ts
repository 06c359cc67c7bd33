// `kill <pid of npm>` ends npm and its shell but not a server it started, which is re-parented and would
// hold its port for good: a parent other than the one at start means whoever started the server is gone.
// Read at import, first thing, so a parent that dies while the server is still starting counts too.
const STARTED_BY = process.ppid;
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Resolves once the server should stop (SIGINT, SIGTERM, SIGHUP, or the starting process gone) and
 * `close` has run: 0 when it closed cleanly, 1 when closing failed. Call it before printing the line a
 * caller waits for, so a caller that signals at once never meets Node's default handlers.
 */
export function untilStopped(name: string, close: () => Promise<void>): Promise<number> {
  return new Promise((resolve) => {
    const watch = setInterval(() => {
      if (process.ppid === STARTED_BY) return;
      process.stderr.on('error', () => {}); // the parent's end of the pipe may be gone too
      process.stderr.write(`${name}: the process that started it (pid ${STARTED_BY}) ended; stopping\n`);
      stop();
    }, 500);
    const stop = () => {
      clearInterval(watch);
      for (const signal of SIGNALS) process.off(signal, stop);
      close().then(() => resolve(0), () => resolve(1));
    };
    for (const signal of SIGNALS) process.on(signal, stop);
  });
}

import type { Begjaering } from '../../types.ts';

// Several rules need the same index of one petition (kravreferanse → krav, for instance). evaluate()
// opens a memo for the petition it runs on, so each index is built once per run; outside a run (a
// single rule's sjekk, a test) every call builds afresh. Nothing is kept between runs, so a petition
// changed after one evaluate() is never judged by a stale index.

let aktiv: Begjaering | undefined;
const lagret = new Map<(b: Begjaering) => unknown, unknown>();

/** The value of `bygg(b)`, built at most once during the evaluate() running on `b`. */
export function husket<T>(b: Begjaering, bygg: (b: Begjaering) => T): T {
  if (b !== aktiv) return bygg(b);
  if (lagret.has(bygg)) return lagret.get(bygg) as T;
  const verdi = bygg(b);
  lagret.set(bygg, verdi);
  return verdi;
}

/** Runs `fn` with a memo for `b`; the memo is dropped afterwards, also when `fn` throws. */
export function medMinne<T>(b: Begjaering, fn: () => T): T {
  // A run inside a run (no caller does this) keeps the outer memo; its own petition then builds afresh.
  if (aktiv !== undefined) return fn();
  aktiv = b;
  try {
    return fn();
  } finally {
    aktiv = undefined;
    lagret.clear();
  }
}

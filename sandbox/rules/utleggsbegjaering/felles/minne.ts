import type { Begjaering } from '../../types.ts';

// Several rules need the same index of one petition (kravreferanse → krav, for instance). evaluate()
// opens a memo for the petition it runs on, so each index is built once per run; outside a run (a
// single rule's sjekk, a test) every call builds afresh. Nothing is kept between runs, so a petition
// changed after one evaluate() is never judged by a stale index.

let aktiv: Begjaering | undefined;
/** Counts the runs; a slot filled in the run in progress carries its number. */
let kjoering = 0;
/** The slots filled in the run in progress, emptied when it ends. */
const fylte: Spor<unknown>[] = [];

interface Spor<T> {
  kjoering: number;
  verdi: T | undefined;
}

/**
 * `bygg` as a memo: the returned function gives `bygg(b)`, built at most once during the evaluate()
 * running on `b`. Each memo has its own slot, so a lookup is one comparison instead of a map search.
 */
export function minne<T>(bygg: (b: Begjaering) => T): (b: Begjaering) => T {
  const spor: Spor<T> = { kjoering: 0, verdi: undefined };
  return (b: Begjaering): T => {
    if (b !== aktiv || aktiv === undefined) return bygg(b);
    if (spor.kjoering === kjoering) return spor.verdi as T;
    const verdi = bygg(b);
    spor.verdi = verdi;
    spor.kjoering = kjoering;
    fylte.push(spor as Spor<unknown>);
    return verdi;
  };
}

const huskere = new Map<(b: Begjaering) => unknown, (b: Begjaering) => unknown>();

/** The value of `bygg(b)`, built at most once during the evaluate() running on `b` (a minne() per builder). */
export function husket<T>(b: Begjaering, bygg: (b: Begjaering) => T): T {
  let m = huskere.get(bygg);
  if (!m) huskere.set(bygg, (m = minne(bygg)));
  return m(b) as T;
}

/** Opens the memo for `b`; false when a run is already open (a run inside a run keeps the outer memo). */
export function aapneMinne(b: Begjaering): boolean {
  if (aktiv !== undefined) return false;
  aktiv = b;
  kjoering++;
  return true;
}

/** Closes the memo aapneMinne opened: the values built in the run are dropped. */
export function lukkMinne(): void {
  aktiv = undefined;
  kjoering++;
  for (let i = 0; i < fylte.length; i++) fylte[i].verdi = undefined;
  fylte.length = 0;
}

/** Runs `fn` with a memo for `b`; the memo is dropped afterwards, also when `fn` throws. */
export function medMinne<T>(b: Begjaering, fn: () => T): T {
  // A run inside a run (no caller does this) keeps the outer memo; its own petition then builds afresh.
  if (!aapneMinne(b)) return fn();
  try {
    return fn();
  } finally {
    lukkMinne();
  }
}

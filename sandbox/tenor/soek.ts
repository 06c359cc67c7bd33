import { randomInt } from 'node:crypto';
import { TENOR_PER_SOEK } from '../../generators/parties/index.ts';
import type { TenorDokument } from './dokumenter.ts';
import { hash } from './hash.ts';
import { KqlError, parseKql, treffer } from './kql.ts';

// One search: the query parameters Tenor documents (kql, antall, side, seed, vis, skjul), the seeded
// order, and the limit of 200 documents per query: past it nesteSide is null, and another seed is the
// way to more (as the Altinn client's notes describe the real service).

export class SoekFeil extends Error {
  constructor(readonly parameter: string, message: string) {
    super(message);
    this.name = 'SoekFeil';
  }
}

export interface Soek {
  kql: string;
  antall: number;
  side: number;
  seed: number;
  vis?: string[];
  skjul?: string[];
}

/** Tenor's page size when antall is left out (a guess: the GUI shows pages of 10). */
const STANDARD_ANTALL = 10;

function heltall(q: URLSearchParams, navn: string, min: number, max: number): number | undefined {
  const alle = q.getAll(navn);
  if (alle.length === 0) return undefined;
  if (alle.length > 1) throw new SoekFeil(navn, `${navn} is given ${alle.length} times`);
  const raw = alle[0];
  if (!/^-?\d+$/.test(raw) || !Number.isSafeInteger(Number(raw))) throw new SoekFeil(navn, `${navn} must be a whole number, got ${JSON.stringify(raw)}`);
  const n = Number(raw);
  if (n < min || n > max) throw new SoekFeil(navn, `${navn} must be from ${min} to ${max}, got ${n}`);
  return n;
}

/** vis and skjul come comma-separated, repeated, or both. */
function liste(q: URLSearchParams, navn: string): string[] | undefined {
  const alle = q.getAll(navn).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  return alle.length ? alle : undefined;
}

export function lesSoek(query: string): Soek {
  const q = new URLSearchParams(query);
  const kql = q.getAll('kql');
  if (kql.length > 1) throw new SoekFeil('kql', `kql is given ${kql.length} times`);
  for (const flagg of q.getAll('nokkelinformasjon')) {
    if (flagg !== 'true' && flagg !== 'false') throw new SoekFeil('nokkelinformasjon', `nokkelinformasjon must be true or false, got ${JSON.stringify(flagg)}`);
  }
  return {
    kql: kql[0] ?? '',
    antall: heltall(q, 'antall', 1, TENOR_PER_SOEK) ?? STANDARD_ANTALL,
    side: heltall(q, 'side', 0, Number.MAX_SAFE_INTEGER) ?? 0,
    // Tenor draws a seed when none is given and says which in the answer.
    seed: heltall(q, 'seed', Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER) ?? randomInt(1, 2 ** 31 - 1),
    vis: liste(q, 'vis'),
    skjul: liste(q, 'skjul'),
  };
}

type Obj = Record<string, unknown>;

/** Does a dotted path with * segments match this path of keys? A pattern ending early covers everything below. */
function dekker(moenster: string[], sti: string[]): boolean {
  for (let i = 0; i < moenster.length; i++) {
    if (i >= sti.length) return true;
    if (moenster[i] !== '*' && moenster[i] !== sti[i]) return false;
  }
  return true;
}

/** Could something below this path still match the pattern? */
function kanDekke(moenster: string[], sti: string[]): boolean {
  for (let i = 0; i < Math.min(moenster.length, sti.length); i++) if (moenster[i] !== '*' && moenster[i] !== sti[i]) return false;
  return true;
}

/** The document with only the fields vis names, less those skjul names. */
function utsnitt(doc: Obj, vis: string[] | undefined, skjul: string[] | undefined): Obj {
  const v = vis?.map((p) => p.split('.'));
  const s = skjul?.map((p) => p.split('.'));
  const gaa = (obj: Obj, sti: string[]): Obj => {
    const ut: Obj = {};
    for (const [k, verdi] of Object.entries(obj)) {
      const her = [...sti, k];
      if (s?.some((m) => m.length === her.length && dekker(m, her))) continue;
      const helt = !v || v.some((m) => m.length <= her.length && dekker(m, her));
      const delvis = !helt && v!.some((m) => m.length > her.length && kanDekke(m, her));
      if (!helt && !delvis) continue;
      if (verdi && typeof verdi === 'object' && !Array.isArray(verdi) && (delvis || s?.some((m) => m.length > her.length && kanDekke(m, her)))) {
        const indre = gaa(verdi as Obj, her);
        if (helt || Object.keys(indre).length) ut[k] = indre;
      } else if (helt) ut[k] = verdi;
    }
    return ut;
  };
  return gaa(doc, []);
}

export interface Soekesvar {
  treff: number;
  rader: number;
  offset: number;
  nesteSide: number | null;
  seed: number;
  dokumentListe: Obj[];
  fasetter: Obj;
}

/** Runs a search over documents; throws KqlError for a query it cannot parse. */
export function soek(dokumenter: readonly TenorDokument[], s: Soek): Soekesvar {
  const q = parseKql(s.kql);
  const funnet = dokumenter.filter((d) => treffer(q, d.soekbar));
  const rekkefoelge = funnet.map((d) => ({ d, n: hash(`${s.seed}:${d.id}`) })).sort((a, b) => a.n - b.n || (a.d.id < b.d.id ? -1 : 1));
  const naaelig = Math.min(rekkefoelge.length, TENOR_PER_SOEK);
  const offset = s.side * s.antall;
  const side = offset >= naaelig ? [] : rekkefoelge.slice(offset, Math.min(offset + s.antall, naaelig));
  return {
    treff: funnet.length,
    rader: side.length,
    offset,
    nesteSide: offset + s.antall < naaelig ? s.side + 1 : null,
    seed: s.seed,
    dokumentListe: side.map(({ d }) => utsnitt(d.dokument, s.vis, s.skjul)),
    fasetter: {},
  };
}

export { KqlError };

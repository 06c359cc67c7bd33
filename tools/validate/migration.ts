import { migrasjon, type Migrasjon, type Migreringspunkt } from '../../src/spec/migrations.ts';
import type { ApiName } from '../../src/spec/versions.ts';

/** One field of a payload the migration map says differs in the other version, with concrete pointers. */
export interface Flytting {
  fra: string;
  /** Where the field goes in the other version; absent when it is gone there. */
  til?: string;
  endring: Migreringspunkt['endring'];
  kilde: string;
  merknad?: string;
  /** For code values: the value found and what it becomes (null: no replacement). */
  verdi?: string;
  nyVerdi?: string | readonly string[] | null;
}

interface Regel {
  punkt: Migreringspunkt;
  fra: string[];
  til?: string[];
  /** Wildcards of fra, for preferring the most specific rule. */
  joker: number;
}

/** A migration map made ready for matching: rules indexed by the last segment of their pattern. */
export interface Kart {
  migrasjon: Migrasjon;
  perSiste: Map<string, Regel[]>;
  medJokerSist: Regel[];
}

const kartCache = new WeakMap<Migrasjon, Kart>();
const segments = (pointer: string) => pointer.split('/').slice(1);
const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

function kart(m: Migrasjon): Kart {
  const perSiste = new Map<string, Regel[]>();
  const medJokerSist: Regel[] = [];
  for (const punkt of m.endringer) {
    const fra = segments(punkt.fra);
    const regel: Regel = { punkt, fra, til: punkt.til === undefined ? undefined : segments(punkt.til), joker: fra.filter((s) => s === '*' || s === '**').length };
    const siste = fra[fra.length - 1];
    if (siste === '*' || siste === '**') medJokerSist.push(regel);
    else perSiste.set(siste, [...(perSiste.get(siste) ?? []), regel]);
  }
  for (const regler of perSiste.values()) regler.sort((a, b) => a.joker - b.joker);
  return { migrasjon: m, perSiste, medJokerSist };
}

/**
 * The map from version `fra` to `til`, when specs/migrations/ has one. The file for the other direction
 * is not read backwards: a move such as utenlandskKonto → kontoinformasjon does not reverse safely.
 */
export function kartMellom(api: ApiName, fra: string, til: string): Kart | undefined {
  const m = migrasjon(api, fra, til);
  if (!m) return undefined;
  let k = kartCache.get(m);
  if (!k) kartCache.set(m, (k = kart(m)));
  return k;
}

/** Wildcard captures when `pattern` matches all of `segs`, else undefined. `**` takes as few segments as it can. */
function match(pattern: string[], segs: string[], pi = 0, si = 0, captures: string[][] = []): string[][] | undefined {
  if (pi === pattern.length) return si === segs.length ? captures : undefined;
  const p = pattern[pi];
  if (p === '**') {
    for (let n = 0; si + n <= segs.length; n++) {
      const hit = match(pattern, segs, pi + 1, si + n, [...captures, segs.slice(si, si + n)]);
      if (hit) return hit;
    }
    return undefined;
  }
  if (si === segs.length) return undefined;
  if (p === '*') return match(pattern, segs, pi + 1, si + 1, [...captures, [segs[si]]]);
  return p === segs[si] ? match(pattern, segs, pi + 1, si + 1, captures) : undefined;
}

function kandidater(k: Kart, siste: string): Regel[] {
  const regler = k.perSiste.get(siste);
  return regler ? (k.medJokerSist.length ? [...regler, ...k.medJokerSist] : regler) : k.medJokerSist;
}

/**
 * Where a node of the old version is in the new one, or undefined when it is gone. The deepest rule
 * that matches a prefix of the pointer decides; what lies below that prefix is unchanged, and what a
 * `**` captured above it is translated the same way, so a field under a renamed parent gets both renames.
 */
function oversett(k: Kart, segs: string[]): string[] | undefined {
  for (let n = segs.length; n > 0; n--) {
    const prefix = segs.slice(0, n);
    for (const regel of kandidater(k, prefix[n - 1])) {
      if (regel.punkt.endring === 'kodeverdier') continue;
      const captures = match(regel.fra, prefix);
      if (!captures) continue;
      if (!regel.til) return undefined;
      const ut: string[] = [];
      let i = 0;
      for (const s of regel.til) {
        if (s === '*') ut.push(...captures[i++]);
        else if (s === '**') {
          const over = oversett(k, captures[i++]);
          if (!over) return undefined;
          ut.push(...over);
        } else ut.push(s);
      }
      return [...ut, ...segs.slice(n)];
    }
  }
  return segs;
}

const pointer = (segs: string[]) => `/${segs.join('/')}`;

/**
 * The fields of `body` the map names, in document order. A code-value rule counts only when the
 * value found is one it lists.
 */
export function flyttinger(k: Kart, body: unknown): Flytting[] {
  const ut: Flytting[] = [];
  const stack: string[] = [];
  const visit = (node: unknown) => {
    const entries: [string, unknown][] = Array.isArray(node) ? node.map((v, i) => [String(i), v]) : node && typeof node === 'object' ? Object.entries(node).map(([key, v]) => [escape(key), v]) : [];
    for (const [seg, value] of entries) {
      stack.push(seg);
      for (const regel of kandidater(k, seg)) {
        if (!match(regel.fra, stack)) continue;
        const { endring, kilde, merknad, verdier } = regel.punkt;
        if (endring === 'kodeverdier') {
          if (typeof value !== 'string' || !verdier || !Object.hasOwn(verdier, value)) continue;
          const til = oversett(k, stack);
          ut.push({ fra: pointer(stack), ...(til && pointer(til) !== pointer(stack) ? { til: pointer(til) } : {}), endring, kilde, ...(merknad ? { merknad } : {}), verdi: value, nyVerdi: verdier[value] });
        } else {
          const til = endring === 'fjernet' ? undefined : oversett(k, stack);
          ut.push({ fra: pointer(stack), ...(til ? { til: pointer(til) } : {}), endring, kilde, ...(merknad ? { merknad } : {}) });
        }
        break;
      }
      visit(value);
      stack.pop();
    }
  };
  visit(body);
  return ut;
}

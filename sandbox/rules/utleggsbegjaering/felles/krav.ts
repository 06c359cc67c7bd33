import type { Begjaering } from '../../types.ts';
import { husket } from './minne.ts';
import { type Krav, kravref } from './modell.ts';
import { liste, utfylt } from './tekst.ts';

function byggKravIndeks(b: Begjaering): Map<string, number> {
  const m = new Map<string, number>();
  const krav = liste(b.kravTilInnkreving);
  for (let i = 0; i < krav.length; i++) {
    const ref = kravref(krav[i]);
    if (utfylt(ref) && !m.has(ref)) m.set(ref, i);
  }
  return m;
}

/** kravreferanse (2.1: innsendersKravreferanse) → index of the first krav carrying it (built once per evaluate()). */
export function kravIndeks(b: Begjaering): ReadonlyMap<string, number> {
  return husket(b, byggKravIndeks);
}

function byggTvangsgrunnlagIndeks(b: Begjaering): Map<string, number> {
  const m = new Map<string, number>();
  const tg = liste(b.begjaeringensTvangsgrunnlag);
  for (let i = 0; i < tg.length; i++) {
    const refs = liste(tg[i]?.innsendersKravreferanse);
    for (let j = 0; j < refs.length; j++) if (!m.has(refs[j])) m.set(refs[j], i);
  }
  return m;
}

/** innsendersKravreferanse → index of the first tvangsgrunnlag listing it (built once per evaluate()). */
export function tvangsgrunnlagIndeks(b: Begjaering): ReadonlyMap<string, number> {
  return husket(b, byggTvangsgrunnlagIndeks);
}

/**
 * What kind of claim kravdetaljer names, as the relation rules need it: the main claim (hovedstol),
 * interest, or a cost or fee (everything the code list calls a kostnad, sakskostnad or gebyr).
 * Anything else is 'ukjent', and the relation rules leave it alone.
 */
export type Kravtype = 'hovedkrav' | 'rentekrav' | 'kostnad' | 'ukjent';

// The examples write the codes capitalised ("Hovedkrav"), the change lists in camelCase
// ("utenrettsligeKostnader"); both are read, the exact spellings without lower-casing.
const KRAVTYPER = new Map<string, Kravtype>([
  ['Hovedkrav', 'hovedkrav'], ['Rentekrav', 'rentekrav'],
  ['UtenrettsligeKostnader', 'kostnad'], ['TidligereRettsligeSakskostnader', 'kostnad'], ['SakskostnaderForSkriving', 'kostnad'],
]);

export function kravtype(k: Krav | undefined): Kravtype {
  const d = k?.kravdetaljer;
  if (typeof d !== 'string') return 'ukjent';
  const kjent = KRAVTYPER.get(d);
  if (kjent) return kjent;
  const l = d.toLowerCase();
  if (l === 'hovedkrav') return 'hovedkrav';
  if (l === 'rentekrav') return 'rentekrav';
  return l.includes('kostnad') || l.includes('gebyr') ? 'kostnad' : 'ukjent';
}

const FORFALL = new Map<string, 'paakrevd' | 'utelates'>();
for (const [kode, krav] of [
  ['Hovedkrav', 'paakrevd'], ['TidligereRettsligeSakskostnader', 'paakrevd'], ['UtenrettsligeKostnader', 'paakrevd'],
  ['SakskostnaderForSkriving', 'utelates'], ['Rentekrav', 'utelates'],
] as const) {
  FORFALL.set(kode, krav);
  FORFALL.set(kode.toLowerCase(), krav);
}

/**
 * Whether a claim's kravforfall/forfallsdato must be given ('paakrevd': Hovedkrav,
 * TidligereRettsligeSakskostnader, UtenrettsligeKostnader) or left out ('utelates':
 * SakskostnaderForSkriving, Rentekrav); undefined for any other code.
 */
export function forfallskrav(k: Krav | undefined): 'paakrevd' | 'utelates' | undefined {
  const d = k?.kravdetaljer;
  if (typeof d !== 'string') return undefined;
  return FORFALL.get(d) ?? FORFALL.get(d.toLowerCase());
}

/** How a claim is named in messages: its kravdetaljer and reference as far as given. */
export function kravnavn(k: Krav | undefined, i: number): string {
  const ref = kravref(k);
  const type = typeof k?.kravdetaljer === 'string' && k.kravdetaljer.trim() !== '' ? k.kravdetaljer.trim() : 'krav';
  return utfylt(ref) ? `${type} ${ref}` : `${type} nr. ${i + 1}`;
}

/** A priority as the schemas allow it: a number (1-99), or 1.1's example's digits in a string. */
export function harPrioritet(v: unknown): boolean {
  return typeof v === 'number' || utfylt(v);
}

/** True when some claim gives prioritetISak: the trigger of the three priority rules (0.9 claims never do). */
export function noenKravHarPrioritet(b: Begjaering): boolean {
  const krav = liste(b.kravTilInnkreving);
  for (let i = 0; i < krav.length; i++) if (harPrioritet(krav[i]?.prioritetISak)) return true;
  return false;
}

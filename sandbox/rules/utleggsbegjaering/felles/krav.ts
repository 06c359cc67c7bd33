import type { Begjaering } from '../../types.ts';
import { minne } from './minne.ts';
import { type Krav, kravref } from './modell.ts';
import { liste, utfylt } from './tekst.ts';

/**
 * What the claim rules read of every claim, read once per evaluate() (felles/minne.ts) into plain
 * arrays by claim index, so that a dozen rules do not each walk the claims and look up the same fields
 * of differently shaped objects. Nothing is built for the valid path beyond this one pass.
 */
export interface Kravoversikt {
  /** kravreferanse (2.1: innsendersKravreferanse) → index of the first krav carrying it. */
  indeks: Map<string, number>;
  /** kravref() of each krav. */
  refs: (string | undefined)[];
  /** liste(krav.relatertKrav) of each krav (the shared empty list when absent). */
  relaterte: readonly string[][];
  /** Some filled-in reference is carried by more than one krav. */
  duplikater: boolean;
  /** Some krav has a non-empty relatertKrav. */
  relasjoner: boolean;
}

function byggKravoversikt(b: Begjaering): Kravoversikt {
  const krav = liste(b.kravTilInnkreving);
  const indeks = new Map<string, number>();
  const refs: (string | undefined)[] = [];
  const relaterte: string[][] = [];
  let duplikater = false;
  let relasjoner = false;
  for (let i = 0; i < krav.length; i++) {
    const k = krav[i];
    const ref = kravref(k);
    refs.push(ref);
    if (utfylt(ref)) {
      if (indeks.has(ref)) duplikater = true;
      else indeks.set(ref, i);
    }
    const rel = liste(k?.relatertKrav) as string[];
    if (rel.length > 0) relasjoner = true;
    relaterte.push(rel);
  }
  return { indeks, refs, relaterte, duplikater, relasjoner };
}

/** The claims of the petition as the reference rules read them (built once per evaluate()). */
export const kravoversikt: (b: Begjaering) => Kravoversikt = minne(byggKravoversikt);

/** What kravdetaljer says of each claim (2.1's relation, due-date and priority rules), read once per evaluate(). */
export interface Kravtyper {
  /** kravtype() of each krav. */
  typer: Kravtype[];
  /** forfallskrav() of each krav. */
  forfall: ('paakrevd' | 'utelates' | undefined)[];
  /** Some krav gives prioritetISak (noenKravHarPrioritet). */
  prioritet: boolean;
}

function byggKravtyper(b: Begjaering): Kravtyper {
  const krav = liste(b.kravTilInnkreving);
  const typer: Kravtype[] = [];
  const forfall: ('paakrevd' | 'utelates' | undefined)[] = [];
  let prioritet = false;
  for (let i = 0; i < krav.length; i++) {
    const k = krav[i];
    const d = k?.kravdetaljer;
    typer.push(kravtypeAv(d));
    forfall.push(forfallAv(d));
    if (!prioritet && harPrioritet(k?.prioritetISak)) prioritet = true;
  }
  return { typer, forfall, prioritet };
}

export const kravtyper: (b: Begjaering) => Kravtyper = minne(byggKravtyper);

/** kravreferanse (2.1: innsendersKravreferanse) → index of the first krav carrying it (built once per evaluate()). */
export function kravIndeks(b: Begjaering): ReadonlyMap<string, number> {
  return kravoversikt(b).indeks;
}

/** innsendersKravreferanse lists of the tvangsgrunnlag, read once per evaluate(). */
export interface Tvangsgrunnlagoversikt {
  /** innsendersKravreferanse → index of the first tvangsgrunnlag listing it. */
  indeks: Map<string, number>;
  /** Some reference is listed by more than one tvangsgrunnlag. */
  iFlere: boolean;
}

function byggTvangsgrunnlagoversikt(b: Begjaering): Tvangsgrunnlagoversikt {
  const m = new Map<string, number>();
  let iFlere = false;
  const tg = liste(b.begjaeringensTvangsgrunnlag);
  for (let i = 0; i < tg.length; i++) {
    const refs = liste(tg[i]?.innsendersKravreferanse);
    for (let j = 0; j < refs.length; j++) {
      const eier = m.get(refs[j]);
      if (eier === undefined) m.set(refs[j], i);
      else if (eier !== i) iFlere = true;
    }
  }
  return { indeks: m, iFlere };
}

export const tvangsgrunnlagoversikt: (b: Begjaering) => Tvangsgrunnlagoversikt = minne(byggTvangsgrunnlagoversikt);

/** innsendersKravreferanse → index of the first tvangsgrunnlag listing it (built once per evaluate()). */
export function tvangsgrunnlagIndeks(b: Begjaering): ReadonlyMap<string, number> {
  return tvangsgrunnlagoversikt(b).indeks;
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
  return kravtypeAv(k?.kravdetaljer);
}

function kravtypeAv(d: unknown): Kravtype {
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
  return forfallAv(k?.kravdetaljer);
}

function forfallAv(d: unknown): 'paakrevd' | 'utelates' | undefined {
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
  return kravtyper(b).prioritet;
}

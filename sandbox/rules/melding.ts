import type { Verdier } from './types.ts';

// A catalog template mixes named placeholders (%kravreferanse, %begjæringsdato, %påloggetOrgnr) with
// positional ones ('%s'). A name is letters, digits and underscore, so "%s" followed by a letter
// (%saksøker) is a name, and a bare %s is positional.
const PLASSHOLDER = /%([\p{L}_][\p{L}\p{N}_]*)/gu;

/** Shown where a value is not known, so the message never carries a raw placeholder for a known value. */
export const UKJENT = '(ikke oppgitt)';

type Del = string | { navn: string } | { posisjon: number };

export type Mal = (verdier?: Verdier) => string;

function verdi(v: string | number | undefined): string {
  return v === undefined || v === '' ? UKJENT : String(v);
}

/** Compiles a template once; filling it is then a walk over the pieces, no regex per message. */
export function kompilerMal(tekst: string): Mal {
  const deler: Del[] = [];
  let forrige = 0;
  let posisjon = 0;
  for (const m of tekst.matchAll(PLASSHOLDER)) {
    if (m.index > forrige) deler.push(tekst.slice(forrige, m.index));
    deler.push(m[1] === 's' ? { posisjon: posisjon++ } : { navn: m[1] });
    forrige = m.index + m[0].length;
  }
  if (forrige < tekst.length) deler.push(tekst.slice(forrige));
  if (deler.every((d) => typeof d === 'string')) return () => tekst;
  return (verdier) => {
    let ut = '';
    for (const d of deler) {
      if (typeof d === 'string') ut += d;
      else if ('navn' in d) ut += Array.isArray(verdier) ? `%${d.navn}` : verdi((verdier as Record<string, string | number | undefined> | undefined)?.[d.navn]);
      else ut += Array.isArray(verdier) ? verdi(verdier[d.posisjon]) : UKJENT;
    }
    return ut;
  };
}

/** The placeholder names and the number of positional slots of a template (for tests and docs). */
export function plassholdere(tekst: string): { navn: string[]; posisjoner: number } {
  const navn: string[] = [];
  let posisjoner = 0;
  for (const m of tekst.matchAll(PLASSHOLDER)) {
    if (m[1] === 's') posisjoner++;
    else navn.push(m[1]);
  }
  return { navn, posisjoner };
}

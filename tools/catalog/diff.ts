/** The catalog fields a supplier's messages and handling depend on; anything else is bookkeeping. */
export const FELTER = ['tittel', 'beskrivelse', 'avvikstekst', 'gjelderKunEndringer'] as const;
export type Felt = (typeof FELTER)[number];

export interface Katalograd {
  kode: string;
  tittel: string;
  beskrivelse: string;
  avvikstekst: string;
  gjelderKunEndringer: boolean;
}

export interface Feltendring {
  felt: Felt;
  fra: string | boolean;
  til: string | boolean;
}

export interface Katalogdiff<R extends Katalograd = Katalograd> {
  /** Versions, e.g. "v1" → "v2". */
  fra: string;
  til: string;
  antall: { fra: number; til: number };
  /** In the new catalog's order. */
  lagtTil: R[];
  /** In the old catalog's order. */
  fjernet: R[];
  /** Codes in both whose fields differ, in the old catalog's order; `tittel` is the new title. */
  endret: { kode: string; tittel: string; felt: Feltendring[] }[];
}

/** What a supplier moving from one rule catalog to another has to handle: codes added, removed and reworded. */
export function diffKataloger<R extends Katalograd>(fra: { versjon: string; regler: readonly R[] }, til: { versjon: string; regler: readonly R[] }): Katalogdiff<R> {
  const gamle = new Set(fra.regler.map((r) => r.kode));
  const nye = new Map(til.regler.map((r) => [r.kode, r]));
  const endret: Katalogdiff<R>['endret'] = [];
  for (const gammel of fra.regler) {
    const ny = nye.get(gammel.kode);
    if (!ny) continue;
    const felt = FELTER.filter((f) => gammel[f] !== ny[f]).map((f) => ({ felt: f, fra: gammel[f], til: ny[f] }));
    if (felt.length) endret.push({ kode: ny.kode, tittel: ny.tittel, felt });
  }
  return {
    fra: fra.versjon,
    til: til.versjon,
    antall: { fra: fra.regler.length, til: til.regler.length },
    lagtTil: til.regler.filter((r) => !gamle.has(r.kode)),
    fjernet: fra.regler.filter((r) => !nye.has(r.kode)),
    endret,
  };
}

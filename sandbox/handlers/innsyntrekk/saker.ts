import { erObjekt, idVerdi, kravref, type Aktoer, type Krav } from '../../rules/utleggsbegjaering/felles/modell.ts';
import type { Behandlingsstatus, LagretInnsending } from '../../state/innsendinger.ts';

// A stored petition as Innsyn i ett trekk reads it, in either data model (0.9 under /v1, 2.1 under /v2):
// who sues whom, and the claims with what the trekk needs of them. Read by shape through the rules'
// accessor layer, never by version name.

export type Bokstav = 'a' | 'b' | 'c' | 'd' | 'e';
export const BOKSTAVER: readonly Bokstav[] = ['a', 'b', 'c', 'd', 'e'];

export interface KravISak {
  kravreferanse?: string;
  /** The namsmann's identifier when the petition gives one (a claim petitioned before). */
  kravgrunnlagsidentifikator?: string;
  /** The claim's place in the petition, which the namsmann's identifier is given by otherwise. */
  kravnummer: number;
  prioritet: Bokstav;
  /** The claim's dividend basis in øre: its remaining amount (the sandbox accrues no interest). */
  oere: number;
}

export interface Sak {
  begjaeringId: string;
  status: Behandlingsstatus;
  mottatt: string;
  /** Party keys (partsnoekkel) of every saksøker. */
  saksoekere: Set<string>;
  /** Party keys of every saksøkt that is a person: only a person's income can be withheld. */
  saksoektePersoner: Set<string>;
  krav: KravISak[];
}

/**
 * One key for an identifier in either model: country and number, so 0.9's { verdi, landkode } and
 * 2.1's { taxIdentificationNumber | annenOffisiellIdentifikator, landkodeIdentifikator } compare. A
 * missing country means Norway, as in the rules.
 */
export function partsnoekkel(id: unknown): string | undefined {
  if (!erObjekt(id)) return undefined;
  const verdi = idVerdi(id);
  if (verdi === undefined || verdi.trim() === '') return undefined;
  const land = id.landkodeIdentifikator ?? id.landkode;
  return `${typeof land === 'string' && land !== '' ? land.toUpperCase() : 'NO'}:${verdi.trim()}`;
}

function noekler(a: Aktoer | undefined): string[] {
  if (!a) return [];
  const ut: string[] = [];
  for (const ledd of [a.virksomhet, a.person, (a as Record<string, unknown>).sammenslutning]) {
    const k = erObjekt(ledd) ? partsnoekkel(ledd.identifikator) : undefined;
    if (k) ut.push(k);
  }
  return ut;
}

function bokstav(v: unknown): Bokstav {
  const b = typeof v === 'string' ? v.toLowerCase() : '';
  // 0.9 allows any letter; what dekningsloven § 2-8 does not name ranks with its last group, e.
  return (BOKSTAVER as readonly string[]).includes(b) ? (b as Bokstav) : 'e';
}

function oere(k: Krav): number {
  const beloep = (k.gjenstaaendeBeloep as { beloep?: unknown } | undefined)?.beloep;
  return typeof beloep === 'number' && Number.isFinite(beloep) && beloep > 0 ? Math.round(beloep * 100) : 0;
}

/** A claim petitioned before carries the namsmann's identifier, as 2.1 writes it: a string or a partsidentifikator. */
function oppgittKravgrunnlag(k: Krav): string | undefined {
  const egen = k.kravgrunnlagsidentifikator;
  const v = typeof egen === 'string' ? egen : idVerdi(egen);
  return v !== undefined && v.trim() !== '' && v.length <= 50 ? v : undefined;
}

export function lesSak(s: LagretInnsending): Sak {
  const b = s.begjaering as unknown as Record<string, unknown>;
  const saksoekere = new Set<string>();
  for (const rolle of Array.isArray(b.saksoeker) ? b.saksoeker : []) {
    for (const k of noekler(erObjekt(rolle) ? (rolle.saksoeker as Aktoer) : undefined)) saksoekere.add(k);
  }
  const saksoektePersoner = new Set<string>();
  for (const rolle of Array.isArray(b.saksoekt) ? b.saksoekt : []) {
    const aktoer = erObjekt(rolle) ? (rolle.saksoekt as Aktoer) : undefined;
    const person = erObjekt(aktoer?.person) ? partsnoekkel(aktoer.person.identifikator) : undefined;
    if (person) saksoektePersoner.add(person);
  }
  const krav = (Array.isArray(b.kravTilInnkreving) ? b.kravTilInnkreving : [])
    .filter(erObjekt)
    .map((k, i): KravISak => {
      const ref = kravref(k as Krav);
      const kravgrunnlag = oppgittKravgrunnlag(k as Krav);
      return {
        ...(ref ? { kravreferanse: ref.slice(0, 4000) } : {}),
        ...(kravgrunnlag ? { kravgrunnlagsidentifikator: kravgrunnlag } : {}),
        kravnummer: i,
        prioritet: bokstav((k as Krav).prioritetDekningsloven),
        oere: oere(k as Krav),
      };
    });
  return { begjaeringId: s.begjaeringId, status: s.status, mottatt: s.mottatt, saksoekere, saksoektePersoner, krav };
}

/** A case's claims are in an established trekk only once the case is registered and until it ends. */
export function iEtablertTrekk(sak: Sak, saksoekt: string): boolean {
  return sak.status === 'registrert' && sak.saksoektePersoner.has(saksoekt) && sak.krav.length > 0;
}

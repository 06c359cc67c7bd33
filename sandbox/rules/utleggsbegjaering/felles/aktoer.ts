import type { Begjaering } from '../../types.ts';
import { gyldigOrgnr } from './kontrollsiffer.ts';
import { type Aktoer, type Personnavn, type Rolle, erObjekt, idVerdi, innsendersProsessfullmektig, prosessfullmektigSti } from './modell.ts';
import { liste, utfylt } from './tekst.ts';

export function harFulltNavn(n: Personnavn | undefined): boolean {
  return utfylt(n?.fornavn) && utfylt(n?.etternavn);
}

export function harAdresse(a: Aktoer | undefined): boolean {
  return liste(a?.adresse).length > 0;
}

/**
 * A Norwegian identifier (landkode NO or none) must pass MOD11; a foreign one only has to be there, and
 * so does 2.1's annenOffisiellIdentifikator, which is no Norwegian number.
 */
export function erGyldigOrgnr(id: unknown): boolean {
  if (!erObjekt(id)) return false;
  const verdi = id.verdi ?? id.taxIdentificationNumber;
  if (verdi === undefined) return utfylt(id.annenOffisiellIdentifikator);
  if (!utfylt(verdi)) return false;
  const land = id.landkode ?? id.landkodeIdentifikator;
  if (land !== undefined && land !== 'NO') return true;
  return gyldigOrgnr(verdi);
}

/** 2.1's sammenslutning (an association) named like an organisation; undefined in 0.9. */
function sammenslutning(a: Aktoer | undefined): { navn?: unknown; identifikator?: unknown } | undefined {
  const s = a?.sammenslutning;
  return erObjekt(s) ? s : undefined;
}

/** The organisation-like entity of a party: its virksomhet, else 2.1's sammenslutning. */
export function organisasjon(a: Aktoer | undefined): { navn?: unknown; identifikator?: unknown } | undefined {
  return a?.virksomhet ?? sammenslutning(a);
}

/** The party's identifier value, whichever entity and key hold it. */
export function partsIdentifikator(a: Aktoer | undefined): string | undefined {
  return idVerdi(a?.virksomhet?.identifikator) ?? idVerdi(a?.person?.identifikator) ?? idVerdi(sammenslutning(a)?.identifikator);
}

/**
 * A key that is equal for two entries describing the same party: the identifier when there is one,
 * else the name (with birth date for persons). undefined when the entry says too little to compare.
 */
export function identitet(a: Aktoer | undefined): string | undefined {
  const id = partsIdentifikator(a);
  if (utfylt(id)) return `id:${id.trim()}`;
  const org = organisasjon(a);
  if (utfylt(org?.navn)) return `v:${org.navn.trim().toLowerCase()}`;
  const p = a?.person;
  if (p && harFulltNavn(p.personnavn) && utfylt(p.foedselsdato)) {
    return `p:${p.personnavn!.fornavn!.trim().toLowerCase()}|${p.personnavn!.etternavn!.trim().toLowerCase()}|${p.foedselsdato}`;
  }
  return undefined;
}

/** How a party is named in messages: name and identifier as far as known, else its place in the petition. */
export function beskriv(a: Aktoer | undefined, reserve: string): string {
  const org = organisasjon(a);
  const p = a?.person;
  const navn = utfylt(org?.navn)
    ? org.navn.trim()
    : [p?.personnavn?.fornavn, p?.personnavn?.mellomnavn, p?.personnavn?.etternavn].filter(utfylt).join(' ');
  const id = partsIdentifikator(a);
  if (navn && utfylt(id)) return `${navn} (${id})`;
  return navn || (utfylt(id) ? id : reserve);
}

export function innsenderAktoer(b: Begjaering): Aktoer | undefined {
  return b.innsender?.innsender;
}

/** The innsender's organisation number as written, whether or not it is valid. */
export function innsenderOrgnr(b: Begjaering): string | undefined {
  const verdi = idVerdi(b.innsender?.innsender?.virksomhet?.identifikator);
  return utfylt(verdi) ? verdi : undefined;
}

export const INKASSO = 'inkassovirksomhet';

/** Where besoekAktoerer found a party: its role, or the prosessfullmektig of a role. */
export type Partssted = Rolle | 'innsendersProsessfullmektig' | 'saksoekersProsessfullmektig' | 'saksoektesProsessfullmektig';

type AktoerBesoek = (a: Aktoer, sted: Partssted, i: number) => void;

/**
 * Every party of the petition with where it sits (`i` the saksøker or saksøkt, -1 for the innsender);
 * aktoerSti gives its JSON pointer when a rule reports.
 */
export function besoekAktoerer(b: Begjaering, besoek: AktoerBesoek): void {
  const saksoekere = liste(b.saksoeker);
  for (let i = 0; i < saksoekere.length; i++) { const a = saksoekere[i]?.saksoeker; if (a) besoek(a, 'saksoeker', i); }
  const saksoekte = liste(b.saksoekt);
  for (let i = 0; i < saksoekte.length; i++) { const a = saksoekte[i]?.saksoekt; if (a) besoek(a, 'saksoekt', i); }
  const inn = b.innsender?.innsender;
  if (inn) besoek(inn, 'innsender', -1);
  const pf = innsendersProsessfullmektig(b)?.prosessfullmektig;
  if (pf) besoek(pf, 'innsendersProsessfullmektig', -1);
  besoekPartenesProsessfullmektiger(saksoekere, saksoekte, besoek);
}

/** 2.1's saksøkers and saksøktes prosessfullmektig; kept apart so the walk above stays small enough to inline. */
function besoekPartenesProsessfullmektiger(saksoekere: readonly unknown[], saksoekte: readonly unknown[], besoek: AktoerBesoek): void {
  for (let i = 0; i < saksoekere.length; i++) {
    const s = saksoekere[i];
    const p = erObjekt(s) ? s.saksoekersProsessfullmektig : undefined;
    if (erObjekt(p) && erObjekt(p.prosessfullmektig)) besoek(p.prosessfullmektig as Aktoer, 'saksoekersProsessfullmektig', i);
  }
  for (let i = 0; i < saksoekte.length; i++) {
    const s = saksoekte[i];
    const p = erObjekt(s) ? s.saksoektesProsessfullmektig : undefined;
    if (erObjekt(p) && erObjekt(p.prosessfullmektig)) besoek(p.prosessfullmektig as Aktoer, 'saksoektesProsessfullmektig', i);
  }
}

export function aktoerSti(b: Begjaering, sted: Partssted, i: number): string {
  switch (sted) {
    case 'saksoeker': return `/saksoeker/${i}/saksoeker`;
    case 'saksoekt': return `/saksoekt/${i}/saksoekt`;
    case 'innsender': return '/innsender/innsender';
    case 'innsendersProsessfullmektig': return `${prosessfullmektigSti(b, 'innsender', i)}/prosessfullmektig`;
    case 'saksoekersProsessfullmektig': return `${prosessfullmektigSti(b, 'saksoeker', i)}/prosessfullmektig`;
    case 'saksoektesProsessfullmektig': return `${prosessfullmektigSti(b, 'saksoekt', i)}/prosessfullmektig`;
  }
}

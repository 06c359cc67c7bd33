import { checkOrganisasjonsnummer } from '../../../../generators/identifiers/index.ts';
import type { Aktoer, Identifikator, Personnavn, Utleggsbegjaering } from '../../../../src/model/utleggsbegjaering.ts';
import { liste, utfylt } from './tekst.ts';

export function harFulltNavn(n: Personnavn | undefined): boolean {
  return utfylt(n?.fornavn) && utfylt(n?.etternavn);
}

export function harAdresse(a: Aktoer | undefined): boolean {
  return liste(a?.adresse).length > 0;
}

/** A Norwegian identifier (landkode NO or none) must pass MOD11; a foreign one only has to be there. */
export function erGyldigOrgnr(id: Identifikator | undefined): boolean {
  if (!id || !utfylt(id.verdi)) return false;
  if (id.landkode !== undefined && id.landkode !== 'NO') return true;
  return checkOrganisasjonsnummer(id.verdi).valid;
}

/**
 * A key that is equal for two entries describing the same party: the identifier when there is one,
 * else the name (with birth date for persons). undefined when the entry says too little to compare.
 */
export function identitet(a: Aktoer | undefined): string | undefined {
  const id = a?.virksomhet?.identifikator?.verdi ?? a?.person?.identifikator?.verdi;
  if (utfylt(id)) return `id:${id.trim()}`;
  if (utfylt(a?.virksomhet?.navn)) return `v:${a.virksomhet.navn.trim().toLowerCase()}`;
  const p = a?.person;
  if (p && harFulltNavn(p.personnavn) && utfylt(p.foedselsdato)) {
    return `p:${p.personnavn!.fornavn!.trim().toLowerCase()}|${p.personnavn!.etternavn!.trim().toLowerCase()}|${p.foedselsdato}`;
  }
  return undefined;
}

/** How a party is named in messages: name and identifier as far as known, else its place in the petition. */
export function beskriv(a: Aktoer | undefined, reserve: string): string {
  const v = a?.virksomhet;
  const p = a?.person;
  const navn = utfylt(v?.navn)
    ? v.navn.trim()
    : [p?.personnavn?.fornavn, p?.personnavn?.mellomnavn, p?.personnavn?.etternavn].filter(utfylt).join(' ');
  const id = v?.identifikator?.verdi ?? p?.identifikator?.verdi;
  if (navn && utfylt(id)) return `${navn} (${id})`;
  return navn || (utfylt(id) ? id : reserve);
}

export function innsenderAktoer(b: Utleggsbegjaering): Aktoer | undefined {
  return b.innsender?.innsender;
}

/** The innsender's organisation number as written, whether or not it is valid. */
export function innsenderOrgnr(b: Utleggsbegjaering): string | undefined {
  const verdi = b.innsender?.innsender?.virksomhet?.identifikator?.verdi;
  return utfylt(verdi) ? verdi : undefined;
}

export const INKASSO = 'inkassovirksomhet';

/** Every party of the petition with the JSON pointer of its Aktoer node. */
export function besoekAktoerer(b: Utleggsbegjaering, besoek: (a: Aktoer, sti: string) => void): void {
  liste(b.saksoeker).forEach((s, i) => { if (s?.saksoeker) besoek(s.saksoeker, `/saksoeker/${i}/saksoeker`); });
  liste(b.saksoekt).forEach((s, i) => { if (s?.saksoekt) besoek(s.saksoekt, `/saksoekt/${i}/saksoekt`); });
  const inn = b.innsender;
  if (inn?.innsender) besoek(inn.innsender, '/innsender/innsender');
  if (inn?.prosessfullmektig?.prosessfullmektig) besoek(inn.prosessfullmektig.prosessfullmektig, '/innsender/prosessfullmektig/prosessfullmektig');
}

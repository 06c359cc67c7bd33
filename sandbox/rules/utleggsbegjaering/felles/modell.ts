import type * as M09 from '../../../../src/model/utleggsbegjaering.ts';
import type * as M21 from '../../../../src/model/utleggsbegjaering-v2.ts';
import type { Begjaering } from '../../types.ts';
import { utfylt } from './tekst.ts';

// The one place that knows both data models. A petition is read field by field, by the shape of what
// it holds (0.9 under /v1, 2.1 under /v2, or a mix a tolerant server accepts), never by a version
// name. Each reader returns the value and has a twin that gives the JSON pointer of the key it read,
// called only when a rule reports, so the valid path builds no strings and allocates nothing.

export type Aktoer = M09.Aktoer | M21.Aktoer;
export type Adresse = M09.Adresse | M21.Adresse;
export type Krav = M09.Krav | M21.Krav;
export type Tvangsgrunnlag = M09.BegjaeringensTvangsgrunnlag | M21.BegjaeringensTvangsgrunnlag;
export type Vedlegg = M09.Vedlegg | M21.Vedlegg;
export type Personnavn = M09.Personnavn | M21.Personnavn;
type Obj = Record<string, unknown>;

export function erObjekt(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// ---- Identifiers: 0.9 { verdi, landkode }, 2.1 { taxIdentificationNumber | annenOffisiellIdentifikator, landkodeIdentifikator }

export type IdFelt = 'verdi' | 'taxIdentificationNumber' | 'annenOffisiellIdentifikator';

/** The identifier's value as written, whichever key holds it. */
export function idVerdi(id: unknown): string | undefined {
  if (!erObjekt(id)) return undefined;
  const v = id.verdi ?? id.taxIdentificationNumber ?? id.annenOffisiellIdentifikator;
  return typeof v === 'string' ? v : undefined;
}

/** The key idVerdi read; for an identifier without value, the key its shape calls for. */
export function idFelt(id: unknown): IdFelt {
  if (!erObjekt(id) || id.verdi !== undefined) return 'verdi';
  if (id.taxIdentificationNumber !== undefined) return 'taxIdentificationNumber';
  if (id.annenOffisiellIdentifikator !== undefined) return 'annenOffisiellIdentifikator';
  return id.landkodeIdentifikator !== undefined ? 'taxIdentificationNumber' : 'verdi';
}

/**
 * A Norwegian register number (fødselsnummer, D-nummer, orgnr): 0.9's verdi or 2.1's
 * taxIdentificationNumber with landkode NO or none. 2.1's annenOffisiellIdentifikator is another
 * authority's number, not one the Norwegian registers or a MOD11 check can judge.
 */
export function norskIdentifikator(id: unknown): string | undefined {
  if (!erObjekt(id)) return undefined;
  const land = id.landkode ?? id.landkodeIdentifikator;
  if (land !== undefined && land !== 'NO') return undefined;
  const v = id.verdi ?? id.taxIdentificationNumber;
  return utfylt(v) ? v : undefined;
}

/** Which entity of a party carries its identifier: the organisation, the person, or 2.1's sammenslutning. */
export type Partsledd = 'virksomhet' | 'person' | 'sammenslutning';

/** The first entity of the party with an identifier value, else undefined. */
export function identifisertLedd(a: Aktoer | undefined): Partsledd | undefined {
  if (!a) return undefined;
  if (idVerdi(a.virksomhet?.identifikator) !== undefined) return 'virksomhet';
  if (idVerdi(a.person?.identifikator) !== undefined) return 'person';
  if (erObjekt(a.sammenslutning) && idVerdi(a.sammenslutning.identifikator) !== undefined) return 'sammenslutning';
  return undefined;
}

export function leddetsIdentifikator(a: Aktoer, ledd: Partsledd): unknown {
  const e = a[ledd];
  return erObjekt(e) ? e.identifikator : undefined;
}

/** `${partsti}/${ledd}/identifikator/${key}`: the pointer of the value idVerdi read. */
export function identifikatorSti(partsti: string, a: Aktoer, ledd: Partsledd): string {
  return `${partsti}/${ledd}/identifikator/${idFelt(leddetsIdentifikator(a, ledd))}`;
}

// ---- Claims: 0.9 kravreferanse / renteOpplysning / erRentekrav, 2.1 innsendersKravreferanse / rentebaerendeKrav / rentekrav

export function kravref(k: Krav | undefined): string | undefined {
  const r = k?.kravreferanse ?? k?.innsendersKravreferanse;
  return typeof r === 'string' ? r : undefined;
}

export function kravrefFelt(k: Krav): 'kravreferanse' | 'innsendersKravreferanse' {
  return k.kravreferanse === undefined && k.innsendersKravreferanse !== undefined ? 'innsendersKravreferanse' : 'kravreferanse';
}

/** What the claim says about the interest it bears (its rate, 2.1's priority of future interest). */
export function renteopplysning(k: Krav | undefined): Obj | undefined {
  const r = k?.renteOpplysning ?? k?.rentebaerendeKrav;
  return erObjekt(r) ? r : undefined;
}

export function renteopplysningFelt(k: Krav): 'renteOpplysning' | 'rentebaerendeKrav' {
  return k.renteOpplysning === undefined && k.rentebaerendeKrav !== undefined ? 'rentebaerendeKrav' : 'renteOpplysning';
}

/** The interest claim's own details (rentePeriode, 2.1's renteGrunnlag and rate). */
export function rentekravdel(k: Krav | undefined): Obj | undefined {
  const r = k?.erRentekrav ?? k?.rentekrav;
  return erObjekt(r) ? r : undefined;
}

export function rentekravdelFelt(k: Krav): 'erRentekrav' | 'rentekrav' {
  return k.erRentekrav === undefined && k.rentekrav !== undefined ? 'rentekrav' : 'erRentekrav';
}

// ---- Prosessfullmektig: 0.9 innsender.prosessfullmektig only; 2.1 one per role

export interface Prosessfullmektigblokk {
  prosessfullmektig?: Aktoer;
  bevillingshaver?: { navn?: Personnavn; [extra: string]: unknown };
  fullmakt?: unknown;
  [extra: string]: unknown;
}

export type Rolle = 'innsender' | 'saksoeker' | 'saksoekt';

function blokk(v: unknown): Prosessfullmektigblokk | undefined {
  return erObjekt(v) ? (v as Prosessfullmektigblokk) : undefined;
}

/** The innsender's prosessfullmektig: 0.9 innsender.prosessfullmektig, 2.1 innsender.innsendersProsessfullmektig. */
export function innsendersProsessfullmektig(b: Begjaering): Prosessfullmektigblokk | undefined {
  const inn = b.innsender;
  return blokk(inn?.prosessfullmektig ?? inn?.innsendersProsessfullmektig);
}

/**
 * Visits the prosessfullmektig blocks with their role and the index of the saksøker or saksøkt (-1 for
 * the innsender). `kreditorsiden` leaves out the saksøktes' representatives: rules about the creditor's
 * prosessfullmektig do not judge the debtor's lawyer.
 */
export function besoekProsessfullmektiger(
  b: Begjaering, besoek: (p: Prosessfullmektigblokk, rolle: Rolle, i: number) => void, kreditorsiden = false,
): void {
  const inn = innsendersProsessfullmektig(b);
  if (inn) besoek(inn, 'innsender', -1);
  const saksoekere = b.saksoeker;
  if (Array.isArray(saksoekere)) {
    for (let i = 0; i < saksoekere.length; i++) {
      const p = blokk(saksoekere[i]?.saksoekersProsessfullmektig);
      if (p) besoek(p, 'saksoeker', i);
    }
  }
  const saksoekte = b.saksoekt;
  if (kreditorsiden || !Array.isArray(saksoekte)) return;
  for (let i = 0; i < saksoekte.length; i++) {
    const p = blokk(saksoekte[i]?.saksoektesProsessfullmektig);
    if (p) besoek(p, 'saksoekt', i);
  }
}

/** The pointer of the block besoekProsessfullmektiger visited at (rolle, i), under the key the petition uses. */
export function prosessfullmektigSti(b: Begjaering, rolle: Rolle, i: number): string {
  if (rolle === 'saksoeker') return `/saksoeker/${i}/saksoekersProsessfullmektig`;
  if (rolle === 'saksoekt') return `/saksoekt/${i}/saksoektesProsessfullmektig`;
  return b.innsender?.prosessfullmektig === undefined && b.innsender?.innsendersProsessfullmektig !== undefined
    ? '/innsender/innsendersProsessfullmektig'
    : '/innsender/prosessfullmektig';
}

// ---- Addresses: 0.9 nests the fields (adresseFrittFormatInnland/-Utland), 2.1 puts them right under adresseInnland/-Utland

export interface Adressefelter { adressetekst?: unknown; postnummer?: unknown; poststed?: unknown; poststedUtland?: unknown; landkode?: unknown; [extra: string]: unknown }

/**
 * The fields of a domestic address: 0.9's adresseFrittFormatInnland, else adresseInnland itself (2.1).
 * undefined when the address has no domestic part; null or a non-object when it holds nothing usable.
 */
export function innlandsfelter(a: Adresse | undefined): Adressefelter | null | undefined {
  const ai = a?.adresseInnland as Obj | null | undefined;
  return ai === undefined ? undefined : ((ai?.adresseFrittFormatInnland ?? ai) as Adressefelter | null);
}

/** The fields of a foreign address, as innlandsfelter (0.9's adresseFrittFormatUtland, else adresseUtland). */
export function utlandsfelter(a: Adresse | undefined): Adressefelter | null | undefined {
  const au = a?.adresseUtland as Obj | null | undefined;
  return au === undefined ? undefined : ((au?.adresseFrittFormatUtland ?? au) as Adressefelter | null);
}

/** 2.1 writes adressetekst as one line or a list of lines; a list counts when one line is filled in. */
export function harAdressetekst(v: unknown): boolean {
  if (utfylt(v)) return true;
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (utfylt(v[i])) return true;
  return false;
}

/** 0.9 poststed, 2.1 poststedUtland. */
export function poststedUtland(f: Adressefelter): unknown {
  return f.poststed ?? f.poststedUtland;
}

// ---- Payment details: 0.9 { norskKonto: { kontonummer, kidnummer }, utenlandskKonto },
// 2.1 { kidnummer, norskKonto: boolean, kontoinformasjon: { kontonummer, iban, bic, … } }

export function betalingsinformasjon(b: Begjaering): Obj | undefined {
  const info: unknown = b.betalingsinformasjon;
  return erObjekt(info) ? info : undefined;
}

/** True for the 2.1 shape; an empty block reads as 0.9 (both then say "no account"). */
export function erBetaling21(info: Obj): boolean {
  return typeof info.norskKonto === 'boolean' || info.kontoinformasjon !== undefined || info.kidnummer !== undefined || info.betalingsmottaker !== undefined;
}

export function kidnummer(info: Obj): unknown {
  const norsk = info.norskKonto;
  return erObjekt(norsk) ? norsk.kidnummer : info.kidnummer;
}

export function kidnummerSti(info: Obj): string {
  return erObjekt(info.norskKonto) ? '/betalingsinformasjon/norskKonto/kidnummer' : '/betalingsinformasjon/kidnummer';
}

/**
 * The Norwegian account number. In 2.1 kontoinformasjon.kontonummer is Norwegian unless norskKonto is
 * false; a foreign account's number is not held to the Norwegian check digit.
 */
export function norskKontonummer(info: Obj): unknown {
  const norsk = info.norskKonto;
  if (erObjekt(norsk)) return norsk.kontonummer;
  if (norsk === false) return undefined;
  const ki = info.kontoinformasjon;
  return erObjekt(ki) ? ki.kontonummer : undefined;
}

export function norskKontonummerSti(info: Obj): string {
  return erObjekt(info.norskKonto) ? '/betalingsinformasjon/norskKonto/kontonummer' : '/betalingsinformasjon/kontoinformasjon/kontonummer';
}

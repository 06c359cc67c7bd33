import { checkKid, checkKontonummer, checkOrganisasjonsnummer } from '../identifiers/index.ts';
import type {
  Adresse, Aktoer, BegjaeringensTvangsgrunnlag, Krav, Personnavn, Utleggsbegjaering, Vedlegg,
} from '../../src/model/utleggsbegjaering.ts';
import type { Faker } from '../random.ts';

/**
 * A deep copy through JSON: unlike structuredClone it does not keep shared sub-objects shared (the
 * request generator reuses one attachment object across claims), so changing one node changes one node.
 */
export function kopi<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

/** Stops a variant that cannot be built from this base, naming what is missing. */
export function krev<T>(verdi: T | undefined | null | false, kode: string, hva: string): T {
  if (verdi === undefined || verdi === null || verdi === false) {
    throw new Error(`cannot build the invalid variant for ${kode}: the base petition has no ${hva}`);
  }
  return verdi;
}

/** Every attachment reference of a petition, wherever it sits (also under unknown property names). */
export function alleVedlegg(node: unknown, ut: Vedlegg[] = []): Vedlegg[] {
  if (Array.isArray(node)) for (const n of node) alleVedlegg(n, ut);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.type === 'string' && typeof o.filnavn === 'string') ut.push(o as unknown as Vedlegg);
    else for (const v of Object.values(o)) alleVedlegg(v, ut);
  }
  return ut;
}

/**
 * An attachment uuid the base already uses: added references point at it, so they are as usable
 * (uploaded, converted, bound to this petition) as the base's own.
 */
export function kjentUuid(b: unknown, kode: string): string {
  return krev(alleVedlegg(b).find((v) => typeof v.uuid === 'string')?.uuid, kode, 'attachment with a uuid to reuse');
}

/** Replaces the last digit with the first one that makes `gyldig` false. */
function medFeilKontrollsiffer(verdi: string, gyldig: (s: string) => boolean): string {
  const stamme = verdi.slice(0, -1);
  for (let d = 0; d <= 9; d++) {
    const kandidat = stamme + d;
    if (!gyldig(kandidat)) return kandidat;
  }
  throw new Error(`no wrong check digit exists for ${verdi}`);
}

export const feilKid = (kid: string) => medFeilKontrollsiffer(kid, (s) => checkKid(s).valid);
export const feilKontonummer = (nr: string) => medFeilKontrollsiffer(nr, (s) => checkKontonummer(s).valid);
export const feilOrgnr = (nr: string) => medFeilKontrollsiffer(nr, (s) => checkOrganisasjonsnummer(s).valid);

/** The same number with a third decimal: 12469.14 → 12469.145, 1400 → 1400.005. */
export function medTreDesimaler(n: number | undefined): number {
  return Number(`${(n ?? 100).toFixed(2)}5`);
}

export function tvangsgrunnlag(b: Utleggsbegjaering, kode: string): BegjaeringensTvangsgrunnlag {
  return krev(b.begjaeringensTvangsgrunnlag?.[0], kode, 'tvangsgrunnlag');
}

export function forsteKrav(b: Utleggsbegjaering, kode: string): Krav {
  return krev(b.kravTilInnkreving?.[0], kode, 'krav in kravTilInnkreving');
}

export function saksoeker(b: Utleggsbegjaering, kode: string): Aktoer {
  return krev(b.saksoeker?.[0]?.saksoeker, kode, 'saksøker');
}

export function saksoekt(b: Utleggsbegjaering, kode: string): Aktoer {
  return krev(b.saksoekt?.[0]?.saksoekt, kode, 'saksøkt');
}

/** A fresh reference that no petition the generators make can already carry. */
export function nyReferanse(faker: Faker, prefiks: string): string {
  return `${prefiks}-${faker.string.alphanumeric({ length: 10, casing: 'upper' })}`;
}

/** A full Norwegian-looking name: the licence holder's when the petition has one, else a random one. */
export function personnavn(b: Utleggsbegjaering, faker: Faker): Personnavn {
  const n = b.innsender?.prosessfullmektig?.bevillingshaver?.navn;
  if (n?.fornavn && n.etternavn) return { fornavn: n.fornavn, etternavn: n.etternavn };
  return { fornavn: faker.person.firstName(), etternavn: faker.person.lastName() };
}

/** A valid domestic address to give a party that needs one (copied from the innsender when possible). */
export function enAdresse(b: Utleggsbegjaering): Adresse {
  const a = b.innsender?.innsender?.adresse?.find((x) => x.adresseInnland);
  return a ? kopi(a) : {
    adressetype: 'forretningsadresse',
    adresseInnland: { adresseFrittFormatInnland: { adressetekst: 'Karl Johans gate 1', postnummer: '0154', poststedsnavn: 'OSLO', kommunenummer: '0301' } },
  };
}

/** Makes the prosessfullmektig block exist with a named licence holder, so only the intended rule can fire. */
export function prosessfullmektigBlokk(b: Utleggsbegjaering, faker: Faker, kode: string) {
  const innsender = krev(b.innsender, kode, 'innsender');
  const blokk = (innsender.prosessfullmektig ??= {});
  blokk.bevillingshaver ??= {};
  const navn = blokk.bevillingshaver.navn;
  if (!navn?.fornavn?.trim() || !navn.etternavn?.trim()) blokk.bevillingshaver.navn = personnavn(b, faker);
  return blokk;
}

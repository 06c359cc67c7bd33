import type { Party } from '../../../generators/parties/index.ts';
import { erObjekt, idVerdi } from '../../rules/utleggsbegjaering/felles/modell.ts';
import { utfylt } from '../../rules/utleggsbegjaering/felles/tekst.ts';

// A party of a petition (0.9 or 2.1, read by shape) as Status på sak shows it: exactly one of
// virksomhet, person and sammenslutning (the figure's valgEgenskap), without addresses or contact details.

type Obj = Record<string, unknown>;
export type Partsvalg = { virksomhet: Obj } | { person: Obj } | { sammenslutning: Obj };

const VIRKSOMHETSTYPER = new Set(['inkassovirksomhet', 'advokatfirma', 'rettshjelper', 'annet', 'kommune']);
const MAKS_TEKST = 4000;
const MAKS_ID = 50;

export function tekst(v: unknown): string | undefined {
  return typeof v === 'string' ? v.slice(0, MAKS_TEKST) : undefined;
}

function dato(v: unknown): string | undefined {
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) ? v : undefined;
}

/** A petition's identifier (0.9 { verdi, landkode }, 2.1 { taxIdentificationNumber | annenOffisiellIdentifikator, landkodeIdentifikator }). */
export function partsidentifikator(id: unknown): Obj | undefined {
  const verdi = idVerdi(id);
  if (!utfylt(verdi) || verdi.length > MAKS_ID || !erObjekt(id)) return undefined;
  const land = String(id.landkodeIdentifikator ?? id.landkode ?? 'NO').toUpperCase();
  const felt = id.verdi === undefined && id.taxIdentificationNumber === undefined ? 'annenOffisiellIdentifikator' : 'taxIdentificationNumber';
  return { [felt]: verdi, landkodeIdentifikator: /^[A-Z]{2}$/.test(land) ? land : 'NO' };
}

/** The name a register gives an identifier, for a party the petition named by number only. */
export type Navneoppslag = (identifikator: string) => Party | undefined;

function virksomhet(v: Obj, oppslag?: Navneoppslag): Obj {
  const identifikator = partsidentifikator(v.identifikator);
  const registrert = identifikator && oppslag ? oppslag(idVerdi(v.identifikator)!) : undefined;
  const out: Obj = { navn: utfylt(v.navn) ? tekst(v.navn) : registrert?.type === 'organisasjon' ? registrert.navn : '' };
  if (identifikator) out.identifikator = identifikator;
  if (typeof v.virksomhetstype === 'string' && VIRKSOMHETSTYPER.has(v.virksomhetstype)) out.virksomhetstype = v.virksomhetstype;
  return out;
}

function person(p: Obj, oppslag?: Navneoppslag): Obj {
  const navn: Obj = {};
  const gitt = erObjekt(p.personnavn) ? p.personnavn : {};
  for (const felt of ['fornavn', 'mellomnavn', 'etternavn']) if (typeof gitt[felt] === 'string') navn[felt] = tekst(gitt[felt]);
  const identifikator = partsidentifikator(p.identifikator);
  const registrert = identifikator && oppslag ? oppslag(idVerdi(p.identifikator)!) : undefined;
  if (navn.fornavn === undefined && navn.etternavn === undefined && registrert?.type === 'person') {
    navn.fornavn = registrert.fornavn;
    navn.etternavn = registrert.etternavn;
  }
  const out: Obj = { personnavn: navn };
  const foedt = dato(p.foedselsdato);
  if (foedt) out.foedselsdato = foedt;
  if (identifikator) out.identifikator = identifikator;
  if (Array.isArray(p.innehaverEnkeltpersonforetak)) {
    const enk = p.innehaverEnkeltpersonforetak.filter(erObjekt).map((v) => virksomhet(v, oppslag));
    if (enk.length > 0) out.innehaverEnkeltpersonforetak = enk;
  }
  return out;
}

/** One entity of the party, the first of virksomhet, person, sammenslutning it has; undefined when it has none. */
export function partsvalg(a: unknown, oppslag?: Navneoppslag): Partsvalg | undefined {
  if (!erObjekt(a)) return undefined;
  if (erObjekt(a.virksomhet)) return { virksomhet: virksomhet(a.virksomhet, oppslag) };
  if (erObjekt(a.person)) return { person: person(a.person, oppslag) };
  const s = a.sammenslutning;
  if (erObjekt(s)) {
    const out: Obj = { navn: tekst(s.navn) ?? '' };
    const identifikator = partsidentifikator(s.identifikator);
    if (identifikator) out.identifikator = identifikator;
    return { sammenslutning: out };
  }
  return undefined;
}

/** A role's party with the representative the petition gives it under `fullmektigFelt` (2.1's saksoekersProsessfullmektig, saksoektesProsessfullmektig). */
export function partMedFullmektig(entry: unknown, rolle: 'saksoeker' | 'saksoekt', fullmektigFelt: string, oppslag?: Navneoppslag): Obj | undefined {
  if (!erObjekt(entry)) return undefined;
  const part = partsvalg(entry[rolle], oppslag);
  if (!part) return undefined;
  const blokk = entry[fullmektigFelt];
  const fullmektig = erObjekt(blokk) ? partsvalg(blokk.prosessfullmektig, oppslag) : undefined;
  return fullmektig ? { ...part, [fullmektigFelt]: fullmektig } : part;
}

/** A generated party (the test references') in the same shape. */
export function fraParty(p: Party, virksomhetstype?: string): Partsvalg {
  if (p.type === 'person') {
    return { person: { personnavn: { fornavn: p.fornavn, etternavn: p.etternavn }, foedselsdato: p.foedselsdato, identifikator: { taxIdentificationNumber: p.identifikator, landkodeIdentifikator: 'NO' } } };
  }
  const v: Obj = { navn: p.navn, identifikator: { taxIdentificationNumber: p.organisasjonsnummer, landkodeIdentifikator: 'NO' } };
  const type = virksomhetstype ?? p.virksomhetstype;
  if (type) v.virksomhetstype = type;
  return { virksomhet: v };
}

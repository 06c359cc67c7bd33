import { checkPersonidentifikator } from '../identifiers/index.ts';
import { ORGANISASJONSFORMER, type Organisasjonsform } from '../data/organisasjonsformer.ts';
import { finnIkkeSyntetiske } from '../../src/data/syntetisk.ts';
import { gjeldende, isObject, tenorForm, type TenorForm } from './tenor-format.ts';
import { erNorge, utenlandskLandkode } from './tenor-landkoder.ts';
import type { Adresse, Organisasjon, Party, Person } from './types.ts';
import { validateParty } from './validate.ts';

// Tenor's documents mapped to our Party: a downloaded person (the Folkeregister JSON, every element a
// list of historised entries), a downloaded organisation (the Enhetsregister JSON), or a saved search
// answer of either source (dokumentListe, each with tenorMetadata.kildedata as a JSON string). Paths in
// messages are where the value sits in the file, so a reader can find it with jq.

type Obj = Record<string, unknown>;

/** A problem or note about one place in a Tenor file; `sti` is the dotted path ("" for the file itself). */
export interface TenorMerknad {
  sti: string;
  melding: string;
  /** Set on a real-looking personal number: nothing from this file may be used or written. */
  ekte?: true;
}

export interface TenorLesning {
  /** Each usable party with where it came from (`dokumentListe[3]`, or "" for a one-party file). */
  parter: { party: Party; sti: string }[];
  /** What makes a party unusable: the file is refused. */
  feil: TenorMerknad[];
  /** What could not be mapped, or was taken from a fallback: the party is still used. */
  advarsler: TenorMerknad[];
}

const join = (prefix: string, key: string): string => (prefix === '' ? key : key.startsWith('[') ? `${prefix}${key}` : `${prefix}.${key}`);

/** A JSON pointer as the dotted path the messages use: /a/0/b → a[0].b */
function dotted(pointer: string): string {
  let out = '';
  for (const raw of pointer.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    out = /^\d+$/.test(part) ? `${out}[${part}]` : join(out, part);
  }
  return out;
}

const masked = (value: string): string => `${value.slice(0, 6)}*****`;

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

class Leser {
  readonly lesning: TenorLesning = { parter: [], feil: [], advarsler: [] };
  feil(sti: string, melding: string, ekte?: true): void {
    this.lesning.feil.push(ekte ? { sti, melding, ekte } : { sti, melding });
  }
  advar(sti: string, melding: string): void {
    this.lesning.advarsler.push({ sti, melding });
  }
}

/** Where each of a party's fields was read, so a problem found after mapping names the Tenor field. */
type Kilder = Record<string, string>;

function kildeFor(kilder: Kilder, felt: string): string {
  let best = '';
  for (const key of Object.keys(kilder)) if ((felt === key || felt.startsWith(`${key}.`)) && key.length > best.length) best = key;
  return best ? kilder[best] : '';
}

/** The current entry of a historised list, with a note when none is marked erGjeldende. */
function naavaerende(l: Leser, obj: Obj, key: string, prefix: string): { entry: Obj; sti: string } | undefined {
  const found = gjeldende(obj[key]);
  if (!found) return undefined;
  const sti = join(prefix, `${key}[${found.indeks}]`);
  if (!found.merket) l.advar(join(prefix, key), `no entry is marked erGjeldende; took ${sti}`);
  return { entry: found.entry, sti };
}

interface Funnet {
  adresse: Adresse;
  sti: string;
}

/** A Folkeregister address entry (vegadresse, matrikkeladresse, utenlandskAdresse, …) as our Adresse, or why not. */
function fregAdresse(entry: Obj, sti: string): Funnet | string {
  const veg = isObject(entry.vegadresse) ? entry.vegadresse : undefined;
  const matrikkel = isObject(entry.matrikkeladresse) ? entry.matrikkeladresse : undefined;
  if (veg || matrikkel) {
    const a = (veg ?? matrikkel)!;
    const hvor = join(sti, veg ? 'vegadresse' : 'matrikkeladresse');
    const poststed = isObject(a.poststed) ? a.poststed : {};
    let adressetekst: string | undefined;
    if (veg) {
      const nr = isObject(a.adressenummer) ? a.adressenummer : {};
      adressetekst = [text(a.adressenavn), [text(nr.husnummer), text(nr.husbokstav)].filter(Boolean).join('')].filter(Boolean).join(' ') || undefined;
    } else {
      // A matrikkel address has no street; its name, or else its cadastral numbers, is what a letter would carry.
      const m = isObject(a.matrikkelnummer) ? a.matrikkelnummer : {};
      adressetekst = text(a.adressetilleggsnavn) ?? (text(m.gaardsnummer) && text(m.bruksnummer) ? `gnr. ${text(m.gaardsnummer)} bnr. ${text(m.bruksnummer)}` : undefined);
    }
    const postnummer = text(poststed.postnummer);
    const poststedsnavn = text(poststed.poststedsnavn);
    const kommunenummer = text(a.kommunenummer);
    const mangler = [
      adressetekst ? '' : veg ? 'adressenavn' : 'adressetilleggsnavn',
      postnummer ? '' : 'poststed.postnummer',
      poststedsnavn ? '' : 'poststed.poststedsnavn',
      kommunenummer ? '' : 'kommunenummer',
    ].filter(Boolean);
    if (mangler.length) return `${hvor} lacks ${mangler.join(', ')}`;
    return { adresse: { land: 'NO', adressetekst: adressetekst!, postnummer: postnummer!, poststed: poststedsnavn!, kommunenummer: kommunenummer! }, sti: hvor };
  }
  const utland = isObject(entry.utenlandskAdresse) ? entry.utenlandskAdresse : isObject(entry.utenlandskAdresseIFrittFormat) ? entry.utenlandskAdresseIFrittFormat : undefined;
  if (utland) {
    const hvor = join(sti, isObject(entry.utenlandskAdresse) ? 'utenlandskAdresse' : 'utenlandskAdresseIFrittFormat');
    const linjer = Array.isArray(utland.adresselinje) ? utland.adresselinje.map(text).filter(Boolean) : [text(utland.adressenavnNummer), text(utland.bygningEtasjeLeilighet), text(utland.postboks)].filter(Boolean);
    const kode = text(utland.landkode);
    const land = kode ? utenlandskLandkode(kode) : undefined;
    const poststed = [text(utland.postkode), text(utland.byEllerStedsnavn)].filter(Boolean).join(' ');
    if (!kode) return `${hvor}.landkode is missing`;
    if (!land) return `${hvor}.landkode ${JSON.stringify(kode)} is not a country code we know (ISO 3166-1 alpha-3 or alpha-2, not Norway)`;
    if (linjer.length === 0) return `${hvor} has no address lines`;
    if (!poststed) return `${hvor} lacks byEllerStedsnavn`;
    return { adresse: { land, adressetekst: linjer.join(', '), poststed, landkode: land }, sti: hvor };
  }
  if (isObject(entry.postboksadresse)) return `${join(sti, 'postboksadresse')} names no kommune`;
  if (isObject(entry.ukjentBosted)) return `${join(sti, 'ukjentBosted')}: the person's address is unknown`;
  return `${sti} has no vegadresse, matrikkeladresse or utenlandskAdresse`;
}

/** Where a person lives, in the order a letter would be sent: bosted, opphold, then the post addresses. */
const FREG_ADRESSER = ['bostedsadresse', 'oppholdsadresse', 'postadresse', 'postadresseIUtlandet'] as const;

function personAdresse(l: Leser, k: Obj, prefix: string): Funnet | undefined {
  const grunner: string[] = [];
  for (const key of FREG_ADRESSER) {
    const n = naavaerende(l, k, key, prefix);
    if (!n) continue;
    const funnet = fregAdresse(n.entry, n.sti);
    if (typeof funnet === 'string') {
      grunner.push(funnet);
      continue;
    }
    // No bosted is normal (a D-nummer, someone abroad); one that is there but unusable is worth saying.
    if (grunner.length) l.advar(join(prefix, 'bostedsadresse'), `${grunner.join('; ')}; adresse taken from ${funnet.sti}`);
    return funnet;
  }
  l.feil(join(prefix, 'bostedsadresse'), `no current address to use: ${grunner.length ? grunner.join('; ') : `none of ${FREG_ADRESSER.join(', ')} has an entry`}`);
  return undefined;
}

/** The flat address our local Tenor writes beside kildedata, for documents fetched without it. */
function flatAdresse(d: Obj, key: string, sti: string): Funnet | string | undefined {
  const a = d[key];
  if (a === undefined) return undefined;
  if (!isObject(a)) return `${join(sti, key)} is not an address object`;
  return brregAdresse(a, join(sti, key));
}

/** An Enhetsregister address ({adresse[], postnummer, poststed, kommunenummer, landkode}) as our Adresse, or why not. */
function brregAdresse(a: Obj, sti: string): Funnet | string {
  const linjer = Array.isArray(a.adresse) ? a.adresse.map(text).filter(Boolean) : text(a.adresse) ? [text(a.adresse)] : [];
  const landkode = text(a.landkode) ?? 'NO';
  const postnummer = text(a.postnummer);
  const poststed = text(a.poststed);
  if (linjer.length === 0) return `${sti}.adresse has no address lines`;
  if (erNorge(landkode)) {
    const kommunenummer = text(a.kommunenummer);
    const mangler = [postnummer ? '' : 'postnummer', poststed ? '' : 'poststed', kommunenummer ? '' : 'kommunenummer'].filter(Boolean);
    if (mangler.length) return `${sti} lacks ${mangler.join(', ')}`;
    return { adresse: { land: 'NO', adressetekst: linjer.join(', '), postnummer: postnummer!, poststed: poststed!, kommunenummer: kommunenummer! }, sti };
  }
  const land = utenlandskLandkode(landkode);
  if (!land) return `${sti}.landkode ${JSON.stringify(landkode)} is not a country code we know`;
  const sted = [postnummer, poststed].filter(Boolean).join(' ');
  if (!sted) return `${sti} lacks poststed`;
  return { adresse: { land, adressetekst: linjer.join(', '), poststed: sted, landkode: land }, sti };
}

/** Parses tenorMetadata.kildedata; undefined when it is absent or empty ("{}", as in searches that hide it). */
function kildedata(l: Leser, d: Obj, sti: string): Obj | undefined {
  const meta = isObject(d.tenorMetadata) ? d.tenorMetadata : undefined;
  const raw = meta?.kildedata;
  const hvor = join(sti, 'tenorMetadata.kildedata');
  if (raw === undefined || raw === null || raw === '') return undefined;
  let parsed: unknown = raw;
  if (typeof raw === 'string') {
    try {
      parsed = JSON.parse(raw);
    } catch (error) {
      l.feil(hvor, `is not valid JSON: ${(error as Error).message}`);
      return undefined;
    }
  }
  if (!isObject(parsed)) {
    l.feil(hvor, 'must hold a JSON object');
    return undefined;
  }
  return Object.keys(parsed).length === 0 ? undefined : parsed;
}

function fraFreg(l: Leser, k: Obj | undefined, flat: Obj | undefined, sti: string): Person | undefined {
  const kp = flat ? join(sti, 'tenorMetadata.kildedata') : sti;
  const kilder: Kilder = {};
  const start = l.lesning.feil.length;
  const k0: Obj = k ?? {};

  let identifikator: string | undefined;
  const id = naavaerende(l, k0, 'identifikasjonsnummer', kp);
  if (id && text(id.entry.foedselsEllerDNummer)) {
    identifikator = text(id.entry.foedselsEllerDNummer);
    kilder.identifikator = join(id.sti, 'foedselsEllerDNummer');
  } else if (flat && Array.isArray(flat.identifikator) && text(flat.identifikator[0])) {
    identifikator = text(flat.identifikator[0]);
    kilder.identifikator = join(sti, 'identifikator[0]');
  } else if (flat && text(flat.id)) {
    identifikator = text(flat.id);
    kilder.identifikator = join(sti, 'id');
  } else l.feil(join(kp, 'identifikasjonsnummer'), 'has no foedselsEllerDNummer');

  let fornavn: string | undefined;
  let etternavn: string | undefined;
  const navn = naavaerende(l, k0, 'navn', kp);
  if (navn) {
    // Our parties have no mellomnavn; it belongs with the given names, as Folkeregisteret prints them.
    fornavn = [text(navn.entry.fornavn), text(navn.entry.mellomnavn)].filter(Boolean).join(' ') || undefined;
    etternavn = text(navn.entry.etternavn);
    kilder.fornavn = join(navn.sti, 'fornavn');
    kilder.etternavn = join(navn.sti, 'etternavn');
  } else if (flat) {
    fornavn = text(flat.fornavn);
    etternavn = text(flat.etternavn);
    kilder.fornavn = join(sti, 'fornavn');
    kilder.etternavn = join(sti, 'etternavn');
  }
  if (!fornavn || !etternavn) {
    const synlig = flat && text(flat.visningnavn) ? ` (only visningnavn ${JSON.stringify(text(flat.visningnavn))}, which does not say where the surname starts)` : '';
    l.feil(navn ? navn.sti : join(kp, 'navn'), `has no ${!fornavn ? 'fornavn' : 'etternavn'}${synlig}`);
  }

  let foedselsdato: string | undefined;
  const foedsel = naavaerende(l, k0, 'foedsel', kp);
  if (foedsel && text(foedsel.entry.foedselsdato)) {
    foedselsdato = text(foedsel.entry.foedselsdato);
    kilder.foedselsdato = join(foedsel.sti, 'foedselsdato');
  } else if (flat && text(flat.foedselsdato)) {
    foedselsdato = text(flat.foedselsdato);
    kilder.foedselsdato = join(sti, 'foedselsdato');
  } else if (identifikator) {
    const info = checkPersonidentifikator(identifikator);
    if (info.valid) {
      foedselsdato = info.birthDate;
      kilder.foedselsdato = kilder.identifikator;
      l.advar(join(kp, 'foedsel'), `has no foedselsdato; taken from the identifier (${foedselsdato})`);
    } else l.feil(join(kp, 'foedsel'), 'has no foedselsdato');
  }

  let adresse: Funnet | undefined;
  if (k) adresse = personAdresse(l, k, kp);
  else {
    const flatt = flat ? flatAdresse(flat, 'bostedsadresse', sti) : undefined;
    if (flatt && typeof flatt !== 'string') adresse = flatt;
    else l.feil(join(sti, 'tenorMetadata.kildedata'), `is empty, and the address is only there${typeof flatt === 'string' ? ` (${flatt})` : ''}; search with tenorMetadata in vis, or download the person's kildedata`);
  }
  if (adresse) kilder.adresse = adresse.sti;
  if (l.lesning.feil.length > start) return undefined;
  const person: Person = { type: 'person', fornavn: fornavn!, etternavn: etternavn!, foedselsdato: foedselsdato!, identifikator: identifikator!, adresse: adresse!.adresse };
  return gyldig(l, person, kilder, sti) ? person : undefined;
}

/** The owner of an enkeltpersonforetak: its INNH role in rollegrupper. */
function innehaverAv(k: Obj, kp: string): { fnr: string; sti: string } | undefined {
  const grupper = Array.isArray(k.rollegrupper) ? k.rollegrupper : [];
  for (const [g, gruppe] of grupper.entries()) {
    const roller = isObject(gruppe) && Array.isArray(gruppe.roller) ? gruppe.roller : [];
    for (const [r, rolle] of roller.entries()) {
      if (!isObject(rolle) || !isObject(rolle.type) || rolle.type.kode !== 'INNH' || rolle.fratraadt === 'J') continue;
      const fnr = isObject(rolle.person) ? text(rolle.person.foedselsnummer) : undefined;
      if (fnr) return { fnr, sti: join(kp, `rollegrupper[${g}].roller[${r}].person.foedselsnummer`) };
    }
  }
  return undefined;
}

function fraBrreg(l: Leser, k: Obj | undefined, flat: Obj | undefined, sti: string): Organisasjon | undefined {
  const kp = flat ? join(sti, 'tenorMetadata.kildedata') : sti;
  const kilder: Kilder = {};
  const start = l.lesning.feil.length;
  const kilde = (key: string): { v: unknown; sti: string } | undefined =>
    k && k[key] !== undefined ? { v: k[key], sti: join(kp, key) } : flat && flat[key] !== undefined ? { v: flat[key], sti: join(sti, key) } : undefined;

  const nr = kilde('organisasjonsnummer');
  const organisasjonsnummer = text(nr?.v);
  if (!organisasjonsnummer) l.feil(join(kp, 'organisasjonsnummer'), 'is missing');
  else kilder.organisasjonsnummer = nr!.sti;
  const n = kilde('navn');
  const navn = text(n?.v);
  if (!navn) l.feil(join(kp, 'navn'), 'is missing');
  else kilder.navn = n!.sti;

  let organisasjonsform: Organisasjonsform | undefined;
  const form = k && isObject(k.organisasjonsform) ? text(k.organisasjonsform.kode) : undefined;
  if (!k) l.feil(join(sti, 'tenorMetadata.kildedata'), 'is empty, and organisasjonsform is only there; search with tenorMetadata in vis, or download the organisation\'s kildedata');
  else if (!form) l.feil(join(kp, 'organisasjonsform.kode'), 'is missing');
  else if (!Object.hasOwn(ORGANISASJONSFORMER, form)) {
    l.feil(join(kp, 'organisasjonsform.kode'), `${JSON.stringify(form)} is not a form our parties have (${Object.keys(ORGANISASJONSFORMER).join(', ')})`);
  } else {
    organisasjonsform = form as Organisasjonsform;
    kilder.organisasjonsform = join(kp, 'organisasjonsform.kode');
  }

  // An underenhet is where it does business (beliggenhet); a hovedenhet at its forretningsadresse.
  let adresse: Funnet | undefined;
  const grunner: string[] = [];
  for (const key of ['forretningsadresse', 'beliggenhetsadresse', 'postadresse']) {
    const a = kilde(key);
    if (!a) continue;
    const funnet = isObject(a.v) ? brregAdresse(a.v, a.sti) : `${a.sti} is not an address object`;
    if (typeof funnet === 'string') {
      grunner.push(funnet);
      continue;
    }
    if (key === 'postadresse') l.advar(join(kp, 'forretningsadresse'), `${grunner.length ? grunner.join('; ') : 'no forretningsadresse or beliggenhetsadresse'}; adresse taken from ${funnet.sti}`);
    adresse = funnet;
    break;
  }
  if (adresse) kilder.adresse = adresse.sti;
  else l.feil(join(kp, 'forretningsadresse'), `no address to use: ${grunner.length ? grunner.join('; ') : 'none of forretningsadresse, beliggenhetsadresse, postadresse is there'}`);

  if (l.lesning.feil.length > start) return undefined;
  const o: Organisasjon = { type: 'organisasjon', navn: navn!, organisasjonsnummer: organisasjonsnummer!, organisasjonsform: organisasjonsform!, adresse: adresse!.adresse };
  const overordnet = k ? text(k.overordnetEnhet) : undefined;
  if (overordnet) {
    o.overordnetEnhet = overordnet;
    kilder.overordnetEnhet = join(kp, 'overordnetEnhet');
  }
  if (organisasjonsform === 'ENK' && k) {
    const eier = innehaverAv(k, kp);
    if (eier) {
      o.innehaver = eier.fnr;
      kilder.innehaver = eier.sti;
    } else l.advar(join(kp, 'rollegrupper'), 'an enkeltpersonforetak without an innehaver (role INNH): petitions cannot name its owner');
  }
  return gyldig(l, o, kilder, sti) ? o : undefined;
}

/** Our own validation of the mapped party, its problems named by the Tenor field they came from. */
function gyldig(l: Leser, party: Party, kilder: Kilder, sti: string): boolean {
  const problems = validateParty(party);
  for (const p of problems) l.feil(kildeFor(kilder, p.field) || sti, p.message);
  return problems.length === 0;
}

/** Every real-looking personal number anywhere in the document (its kildedata included) stops it. */
function syntetisk(l: Leser, value: unknown, sti: string): boolean {
  let ok = true;
  for (const funn of finnIkkeSyntetiske(value)) {
    const hvor = join(sti, dotted(funn.sti));
    if (funn.alvor === 'stopp') {
      ok = false;
      l.feil(hvor, `"${masked(funn.verdi)}" looks like a real fødselsnummer or D-nummer (a real month and valid check digits); only synthetic numbers are accepted (Tenor adds 80 to the month)`, true);
    } else l.advar(hvor, `"${funn.verdi}" ${funn.grunn}`);
  }
  return ok;
}

function dokument(l: Leser, doc: unknown, form: TenorForm | undefined, sti: string): void {
  if (!isObject(doc) || form === undefined || form === 'soekesvar') {
    l.feil(sti, 'is neither a freg nor a brreg-er-fr document (no identifikasjonsnummer, identifikator, organisasjonsnummer or tenorMetadata)');
    return;
  }
  const flat = form === 'freg-dokument' || form === 'brreg-dokument' ? doc : undefined;
  const k = flat ? kildedata(l, flat, sti) : doc;
  const rene = syntetisk(l, flat ?? doc, sti) && (!flat || !k || syntetisk(l, k, join(sti, 'tenorMetadata.kildedata')));
  if (!rene) return;
  const party = form === 'freg-dokument' || form === 'freg-kildedata' ? fraFreg(l, k, flat, sti) : fraBrreg(l, k, flat, sti);
  if (party) l.lesning.parter.push({ party, sti });
}

/**
 * Reads a parsed Tenor file: a search answer, a downloaded person or organisation, or a JSON array of
 * such documents. Undefined when the value is none of those (the caller names the shape it expected).
 */
export function lesTenor(value: unknown): TenorLesning | undefined {
  const l = new Leser();
  if (Array.isArray(value)) {
    if (value.length === 0 || !value.every((d) => tenorForm(d) !== undefined && tenorForm(d) !== 'soekesvar')) return undefined;
    value.forEach((d, i) => dokument(l, d, tenorForm(d), `[${i}]`));
    return l.lesning;
  }
  const form = tenorForm(value);
  if (form === undefined) return undefined;
  if (form === 'soekesvar') {
    const liste = (value as Obj).dokumentListe as unknown[];
    liste.forEach((d, i) => dokument(l, d, tenorForm(d), `dokumentListe[${i}]`));
    return l.lesning;
  }
  dokument(l, value, form, '');
  return l.lesning;
}

/** One document of a search answer (freg or brreg-er-fr), as the fetch command reads each it receives. */
export function lesDokument(doc: unknown, sti: string): TenorLesning {
  const l = new Leser();
  dokument(l, doc, tenorForm(doc), sti);
  return l.lesning;
}

/** True when a parsed JSON value looks like something from Tenor (used to tell it from our own format). */
export function erTenor(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0 && value.every((d) => tenorForm(d) !== undefined && tenorForm(d) !== 'soekesvar');
  return tenorForm(value) !== undefined;
}

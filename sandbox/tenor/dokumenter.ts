import { NORSKE_ADRESSER } from '../../generators/data/adresser.ts';
import { ORGANISASJONSFORMER } from '../../generators/data/organisasjonsformer.ts';
import { alpha3 } from '../../generators/parties/tenor-landkoder.ts';
import { type Adresse, type Organisasjon, type Party, type PartyRegistry, type Person, isNorsk } from '../../generators/parties/index.ts';
import type { TenorKilde } from '../../generators/parties/index.ts';
import { hash } from './hash.ts';

// The sandbox's party register as Tenor's search documents: a flat document per party, with the
// register's own JSON (Folkeregisteret's historised person, Enhetsregisteret's organisation) embedded as
// a string in tenorMetadata.kildedata, as Tenor does. Only what our parties know is written; kjønn and
// personstatus are derived (kjønn from the identifier's ninth digit, status from the identifier kind and
// the address), and one person in three gets an earlier address that is no longer current, so readers
// must pick the entry marked erGjeldende.

type Obj = Record<string, unknown>;

/** One timestamp for every document: the same register gives byte-identical answers. */
const TIDSPUNKT = '2026-01-01T00:00:00+01:00';
const KILDE = 'Synutopia';

export interface TenorDokument {
  /** tenorMetadata.id: the fødselsnummer or organisasjonsnummer. */
  id: string;
  /** What the API returns. */
  dokument: Obj;
  /** What KQL searches: the flat fields over the parsed kildedata (Tenor searches fields it does not show). */
  soekbar: Obj;
}

function metadata(kilde: TenorKilde, id: string, kildedata: Obj): Obj {
  return {
    kilder: [kilde], kildedata: JSON.stringify(kildedata), kildeMime: 'application/json', id,
    oppdatert: TIDSPUNKT, opprettet: TIDSPUNKT, indeksert: TIDSPUNKT, datasettVersjon: 0, testdataVersjon: 1,
  };
}

const entry = (felter: Obj, erGjeldende = true): Obj => ({ ajourholdstidspunkt: TIDSPUNKT, erGjeldende, kilde: KILDE, ...felter });

/** "Josefines gate 3D" → adressenavn "Josefines gate", husnummer "3", husbokstav "D". */
function vegadresse(a: Extract<Adresse, { land: 'NO' }>): Obj {
  const m = /^(.*\S)\s+(\d+)([A-Za-zÆØÅæøå]?)$/.exec(a.adressetekst);
  const adressenummer = m ? { husnummer: m[2], ...(m[3] ? { husbokstav: m[3] } : {}) } : undefined;
  return {
    kommunenummer: a.kommunenummer,
    adressenavn: m ? m[1] : a.adressetekst,
    ...(adressenummer ? { adressenummer } : {}),
    poststed: { postnummer: a.postnummer, poststedsnavn: a.poststed },
  };
}

function fregKildedata(p: Person): { kildedata: Obj; personstatus: string } {
  const dNummer = Number(p.identifikator.slice(0, 2)) > 40;
  const kjoenn = Number(p.identifikator[8]) % 2 === 1 ? 'mann' : 'kvinne';
  const k: Obj = {
    identifikasjonsnummer: [entry({ status: 'iBruk', foedselsEllerDNummer: p.identifikator, identifikatortype: dNummer ? 'dNummer' : 'foedselsnummer' })],
    kjoenn: [entry({ kjoenn })],
    foedsel: [entry({ foedselsdato: p.foedselsdato, foedselsaar: p.foedselsdato.slice(0, 4) })],
    navn: [entry({ fornavn: p.fornavn, etternavn: p.etternavn })],
  };
  let personstatus: string;
  if (!isNorsk(p.adresse)) {
    // Abroad: no bosted in Norway, only a post address abroad in free form (countries in alpha-3).
    personstatus = dNummer ? 'midlertidig' : 'utflyttet';
    k.postadresseIUtlandet = [entry({
      utenlandskAdresseIFrittFormat: { adresselinje: [p.adresse.adressetekst], byEllerStedsnavn: p.adresse.poststed, landkode: alpha3(p.adresse.land) ?? p.adresse.land },
    })];
  } else if (dNummer) {
    // A D-nummer holder is not resident: the address is where they stay.
    personstatus = 'midlertidig';
    k.oppholdsadresse = [entry({ vegadresse: vegadresse(p.adresse) })];
  } else {
    personstatus = 'bosatt';
    const naa = entry({ vegadresse: vegadresse(p.adresse) });
    const h = hash(p.identifikator);
    if (h % 3 === 0) {
      const tidligere = NORSKE_ADRESSER[h % NORSKE_ADRESSER.length];
      const gammel = { land: 'NO' as const, ...tidligere };
      k.bostedsadresse = gammel.adressetekst === p.adresse.adressetekst ? [naa] : [entry({ vegadresse: vegadresse(gammel) }, false), naa];
    } else k.bostedsadresse = [naa];
  }
  k.status = [entry({ status: personstatus })];
  return { kildedata: k, personstatus };
}

function fregDokument(p: Person): TenorDokument {
  const { kildedata, personstatus } = fregKildedata(p);
  const flat: Obj = {
    id: p.identifikator,
    identifikator: [p.identifikator],
    identifikatorType: Number(p.identifikator.slice(0, 2)) > 40 ? 'dNummer' : 'foedselsnummer',
    fornavn: p.fornavn,
    etternavn: p.etternavn,
    visningnavn: `${p.fornavn} ${p.etternavn}`,
    foedselsdato: p.foedselsdato,
    kjoenn: ((kildedata.kjoenn as Obj[])[0] as Obj).kjoenn,
    personstatus,
  };
  if (isNorsk(p.adresse) && personstatus === 'bosatt') {
    flat.bostedsadresse = { adresse: [p.adresse.adressetekst], postnummer: p.adresse.postnummer, poststed: p.adresse.poststed, kommunenummer: p.adresse.kommunenummer, landkode: 'NO' };
  }
  const dokument = { ...flat, tenorMetadata: metadata('freg', p.identifikator, kildedata) };
  return { id: p.identifikator, dokument, soekbar: { ...kildedata, ...dokument } };
}

const LAND = new Intl.DisplayNames(['nb'], { type: 'region' });

function brregAdresse(a: Adresse): Obj {
  if (isNorsk(a)) return { land: 'Norge', landkode: 'NO', postnummer: a.postnummer, poststed: a.poststed, adresse: [a.adressetekst], kommunenummer: a.kommunenummer };
  // Foreign post codes sit inside our poststed ("111 51 Stockholm"); Enhetsregisteret's poststed takes it whole.
  return { land: LAND.of(a.land) ?? a.land, landkode: a.land, poststed: a.poststed, adresse: [a.adressetekst] };
}

function brregDokument(o: Organisasjon): TenorDokument {
  const underenhet = o.overordnetEnhet !== undefined;
  const adressefelt = underenhet ? 'beliggenhetsadresse' : 'forretningsadresse';
  const kildedata: Obj = {
    organisasjonsnummer: o.organisasjonsnummer,
    navn: o.navn,
    organisasjonsform: { kode: o.organisasjonsform, beskrivelse: ORGANISASJONSFORMER[o.organisasjonsform] },
    [adressefelt]: brregAdresse(o.adresse),
    ...(underenhet ? { overordnetEnhet: o.overordnetEnhet } : {}),
    registrertIForetaksregisteret: underenhet ? 'N' : 'J',
    slettetIEnhetsregisteret: 'N',
    konkurs: 'N',
    underAvvikling: 'N',
    rollegrupper: o.innehaver === undefined ? [] : [{
      type: { kode: 'INNH', beskrivelse: 'Innehaver' },
      fritekst: [],
      roller: [{ type: { kode: 'INNH', beskrivelse: 'Innehaver' }, person: { foedselsnummer: o.innehaver }, virksomhet: {}, fratraadt: 'N', fritekst: [], rekkefolge: 0 }],
    }],
  };
  const flat: Obj = {
    organisasjonsnummer: o.organisasjonsnummer,
    navn: o.navn,
    [adressefelt]: brregAdresse(o.adresse),
    registrertIForetaksregisteret: !underenhet,
    dagligLederFnr: [],
    ...(o.innehaver === undefined ? {} : { innehaverFnr: o.innehaver }),
  };
  const dokument = { ...flat, tenorMetadata: metadata('brreg-er-fr', o.organisasjonsnummer, kildedata) };
  return { id: o.organisasjonsnummer, dokument, soekbar: { ...kildedata, ...dokument } };
}

export function tenorDokument(party: Party): TenorDokument {
  return party.type === 'person' ? fregDokument(party) : brregDokument(party);
}

const bygget = new WeakMap<PartyRegistry, Record<TenorKilde, readonly TenorDokument[]>>();

/** Every party of the register as a document of its source, built once per register. */
export function dokumenterFor(register: PartyRegistry): Record<TenorKilde, readonly TenorDokument[]> {
  let d = bygget.get(register);
  if (!d) {
    d = { freg: register.persons().map(tenorDokument), 'brreg-er-fr': register.organisations().map(tenorDokument) };
    bygget.set(register, d);
  }
  return d;
}

/** A search answer with every given party of one source on one page, as the local Tenor writes one. */
export function soekesvarFor(parties: readonly Party[], kilde: TenorKilde, seed = 1): Obj {
  const dokumentListe = parties.filter((p) => (p.type === 'person') === (kilde === 'freg')).map((p) => tenorDokument(p).dokument);
  return { treff: dokumentListe.length, rader: dokumentListe.length, offset: 0, nesteSide: null, seed, dokumentListe, fasetter: {} };
}

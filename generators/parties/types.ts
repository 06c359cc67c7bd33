import type { PersonidentifikatorKind } from '../identifiers/index.ts';
import type { Organisasjonsform } from '../data/organisasjonsformer.ts';
import type { UtenlandskLandkode } from '../data/landkoder.ts';

export type { Organisasjonsform, UtenlandskLandkode };

export interface NorskAdresse {
  land: 'NO';
  adressetekst: string;
  /** 4 digits */
  postnummer: string;
  poststed: string;
  /** 4 digits */
  kommunenummer: string;
}

export interface UtenlandskAdresse {
  /** ISO 3166-1 alpha-2, anything but NO; typed so that `land === 'NO'` tells the two kinds apart */
  land: UtenlandskLandkode;
  adressetekst: string;
  poststed: string;
  /** The same code as `land`, under the name the APIs use */
  landkode: UtenlandskLandkode;
}

export type Adresse = NorskAdresse | UtenlandskAdresse;

export interface Person {
  type: 'person';
  fornavn: string;
  etternavn: string;
  /** YYYY-MM-DD */
  foedselsdato: string;
  /** fødselsnummer or D-nummer */
  identifikator: string;
  adresse: Adresse;
}

export const VIRKSOMHETSTYPER = ['inkassovirksomhet', 'advokatfirma', 'rettshjelper', 'annet'] as const;
export type Virksomhetstype = (typeof VIRKSOMHETSTYPER)[number];

export interface Inkassobevilling {
  bevillingshaver: { fornavn: string; etternavn: string };
  bevillingsnummer?: string;
}

export interface Organisasjon {
  type: 'organisasjon';
  navn: string;
  organisasjonsnummer: string;
  organisasjonsform: Organisasjonsform;
  adresse: Adresse;
  /** Present on collection agencies (they need one to submit on behalf of others). */
  inkassobevilling?: Inkassobevilling;
  virksomhetstype?: Virksomhetstype;
  /** On an underenhet (organisasjonsform BEDR): the orgnr of its hovedenhet, which alone can be a party. */
  overordnetEnhet?: string;
  /** On an enkeltpersonforetak: the owner's fødselsnummer, since the owner is the party in a case. */
  innehaver?: string;
}

export type Party = Person | Organisasjon;

export type { PersonidentifikatorKind };

export function identifierOf(party: Party): string {
  return party.type === 'person' ? party.identifikator : party.organisasjonsnummer;
}

export function isNorsk(adresse: Adresse): adresse is NorskAdresse {
  return adresse.land === 'NO';
}

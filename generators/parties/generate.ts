import type { Faker } from '@faker-js/faker';
import { type RandomSource, toFaker } from '../random.ts';
import {
  generateBirthDate,
  generateDNummer,
  generateFoedselsnummer,
  generateOrganisasjonsnummer,
} from '../identifiers/index.ts';
import { ADJEKTIVER, SUBSTANTIVER } from '../data/navn.ts';
import { NORSKE_ADRESSER, UTENLANDSKE_ADRESSER } from '../data/adresser.ts';
import { NAVNESUFFIKS, ORGANISASJONSFORM_UTVALG, type Organisasjonsform } from '../data/organisasjonsformer.ts';
import type { Adresse, Organisasjon, Person, Virksomhetstype } from './types.ts';

// Only faker.number.int and arrayElement over our own lists: cheap, and the output depends
// on nothing but the seed (no locale data that a faker upgrade could reorder).

const upper = (word: string): string => word.toUpperCase();
const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** The chance, in percent, of each attribute; tuned to give every rule something to work on. */
const SHARE = {
  dNummer: 20,
  foreignAddressWithDNummer: 40,
  foreignAddressWithFnr: 3,
  upperCaseName: 50,
  collectionAgency: 15,
  advokatfirma: 10,
  rettshjelper: 3,
  foreignNuf: 50,
} as const;

const chance = (faker: Faker, percent: number): boolean => faker.number.int(99) < percent;

export function generateAdresse(random: RandomSource, foreign = false): Adresse {
  const faker = toFaker(random);
  if (foreign) {
    const a = faker.helpers.arrayElement(UTENLANDSKE_ADRESSER);
    return { land: a.land, adressetekst: a.adressetekst, poststed: a.poststed, landkode: a.land };
  }
  const a = faker.helpers.arrayElement(NORSKE_ADRESSER);
  return { land: 'NO', adressetekst: a.adressetekst, postnummer: a.postnummer, poststed: a.poststed, kommunenummer: a.kommunenummer };
}

/** "Vakker Blomst" or "VAKKER BLOMST", like Test-Norge's people. */
export function generatePersonnavn(random: RandomSource): { fornavn: string; etternavn: string } {
  const faker = toFaker(random);
  const casing = chance(faker, SHARE.upperCaseName) ? upper : capitalise;
  return {
    fornavn: casing(faker.helpers.arrayElement(ADJEKTIVER)),
    etternavn: casing(faker.helpers.arrayElement(SUBSTANTIVER)),
  };
}

export interface PersonOptions {
  /** Identifiers to avoid, so that a registry never holds two parties with one number. */
  taken?: ReadonlySet<string>;
}

export function generatePerson(random: RandomSource, options: PersonOptions = {}): Person {
  const faker = toFaker(random);
  const { fornavn, etternavn } = generatePersonnavn(faker);
  const foedselsdato = generateBirthDate(faker);
  const dNummer = chance(faker, SHARE.dNummer);
  let identifikator: string;
  do {
    identifikator = dNummer
      ? generateDNummer(faker, { birthDate: foedselsdato })
      : generateFoedselsnummer(faker, { birthDate: foedselsdato });
  } while (options.taken?.has(identifikator));
  const foreign = chance(faker, dNummer ? SHARE.foreignAddressWithDNummer : SHARE.foreignAddressWithFnr);
  return { type: 'person', fornavn, etternavn, foedselsdato, identifikator, adresse: generateAdresse(faker, foreign) };
}

/** "SMUL FLAT TIGER AS": two different adjectives and a noun, plus the form where names carry it. */
export function generateOrganisasjonsnavn(random: RandomSource, form: Organisasjonsform): string {
  const faker = toFaker(random);
  const first = faker.helpers.arrayElement(ADJEKTIVER);
  let second = faker.helpers.arrayElement(ADJEKTIVER);
  while (second === first) second = faker.helpers.arrayElement(ADJEKTIVER);
  const words = [first, second, faker.helpers.arrayElement(SUBSTANTIVER)];
  const suffix = NAVNESUFFIKS[form];
  if (suffix) words.push(suffix);
  return upper(words.join(' '));
}

export interface OrganisasjonOptions {
  taken?: ReadonlySet<string>;
  /** Force (true) or forbid (false) a collection agency; random when left out. */
  collectionAgency?: boolean;
}

export function generateOrganisasjon(random: RandomSource, options: OrganisasjonOptions = {}): Organisasjon {
  const faker = toFaker(random);
  const collectionAgency = options.collectionAgency ?? chance(faker, SHARE.collectionAgency);
  // Collection agencies are companies; a sole proprietorship cannot hold an inkassobevilling.
  const organisasjonsform: Organisasjonsform = collectionAgency ? 'AS' : faker.helpers.arrayElement(ORGANISASJONSFORM_UTVALG);
  let organisasjonsnummer: string;
  do organisasjonsnummer = generateOrganisasjonsnummer(faker);
  while (options.taken?.has(organisasjonsnummer));
  const organisasjon: Organisasjon = {
    type: 'organisasjon',
    navn: generateOrganisasjonsnavn(faker, organisasjonsform),
    organisasjonsnummer,
    organisasjonsform,
    adresse: generateAdresse(faker, organisasjonsform === 'NUF' && chance(faker, SHARE.foreignNuf)),
  };
  if (collectionAgency) {
    organisasjon.virksomhetstype = 'inkassovirksomhet';
    organisasjon.inkassobevilling = {
      bevillingshaver: generatePersonnavn(faker),
      bevillingsnummer: String(faker.number.int({ min: 100_000_000, max: 999_999_999 })),
    };
  } else {
    const roll = faker.number.int(99);
    const type: Virksomhetstype | undefined =
      roll < SHARE.advokatfirma ? 'advokatfirma' : roll < SHARE.advokatfirma + SHARE.rettshjelper ? 'rettshjelper' : undefined;
    if (type) organisasjon.virksomhetstype = type;
  }
  return organisasjon;
}

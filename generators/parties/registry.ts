import type { Faker } from '@faker-js/faker';
import { createRandom } from '../random.ts';
import { generateOrganisasjon, generatePerson } from './generate.ts';
import { SEED_PARTIES } from './seed.ts';
import { validateParties } from './file.ts';
import { type Organisasjon, type Party, type Person, identifierOf } from './types.ts';
import type { PersonidentifikatorKind } from '../identifiers/index.ts';

export interface PartyRegistryOptions {
  seed: number;
  /** Generated persons besides the seed and extra ones. Default 100. */
  persons?: number;
  /** Generated organisations besides the seed and extra ones. Default 50. */
  organisations?: number;
  /** The caller's own parties (e.g. from loadPartiesFile); they win over a seed party with the same number. */
  extra?: readonly Party[];
}

/** Every given property must hold; properties left out do not filter. */
export interface PartyFilter {
  type?: 'person' | 'organisasjon';
  /** Organisations holding an inkassobevilling. */
  collectionAgency?: boolean;
  /** Address in Norway (true) or abroad (false). */
  domestic?: boolean;
  /** Persons identified by fødselsnummer or D-nummer. */
  identifikatorKind?: PersonidentifikatorKind;
  /** Where the party comes from: the seed documents, the generator, or the caller's extra parties. */
  source?: PartySource;
}

export type PartySource = 'seed' | 'generated' | 'extra';

export interface PartyRegistry {
  all(): readonly Party[];
  persons(): readonly Person[];
  organisations(): readonly Organisasjon[];
  collectionAgencies(): readonly Organisasjon[];
  byId(identifier: string): Party | undefined;
  sourceOf(party: Party): PartySource | undefined;
  /**
   * A random party matching the filter, in O(1): each distinct filter (object shape, or
   * function by identity) is indexed once on first use. Throws if nothing matches.
   */
  pick(faker: Faker, filter: PartyFilter & { type: 'person' }): Person;
  pick(faker: Faker, filter: PartyFilter & { type: 'organisasjon' }): Organisasjon;
  pick(faker: Faker, filter: PartyFilter & { collectionAgency: true }): Organisasjon;
  pick(faker: Faker, filter: PartyFilter & { identifikatorKind: PersonidentifikatorKind }): Person;
  pick(faker: Faker, filter?: PartyFilter | ((party: Party) => boolean)): Party;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const DEFAULT_PERSONS = 100;
const DEFAULT_ORGANISATIONS = 50;

function count(name: string, value: number | undefined, fallback: number): number {
  const n = value ?? fallback;
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${name} must be a whole number ≥ 0, got ${n}`);
  return n;
}

/**
 * Seed parties, the caller's extra parties and `persons` + `organisations` generated ones,
 * all frozen (a generator that edits a shared party would corrupt every later request).
 * The generated parties depend only on `seed`, never on the extra ones' content, except that
 * they avoid numbers already taken.
 */
export function createPartyRegistry(options: PartyRegistryOptions): PartyRegistry {
  const faker = createRandom(options.seed);
  const personCount = count('persons', options.persons, DEFAULT_PERSONS);
  const organisationCount = count('organisations', options.organisations, DEFAULT_ORGANISATIONS);
  const extra = options.extra ? validateParties(structuredClone(options.extra), 'extra parties') : [];

  const byId = new Map<string, Party>();
  const source = new Map<Party, PartySource>();
  const ordered: Party[] = [];
  const add = (party: Party, from: PartySource): void => {
    const id = identifierOf(party);
    const existing = byId.get(id);
    deepFreeze(party);
    if (existing) ordered[ordered.indexOf(existing)] = party;
    else ordered.push(party);
    byId.set(id, party);
    source.delete(existing as Party);
    source.set(party, from);
  };
  for (const party of SEED_PARTIES) add(structuredClone(party) as Party, 'seed');
  for (const party of extra) add(party, 'extra');
  const taken = new Set(byId.keys());
  for (let i = 0; i < personCount; i++) {
    const person = generatePerson(faker, { taken });
    taken.add(person.identifikator);
    add(person, 'generated');
  }
  for (let i = 0; i < organisationCount; i++) {
    const organisasjon = generateOrganisasjon(faker, { taken });
    taken.add(organisasjon.organisasjonsnummer);
    add(organisasjon, 'generated');
  }

  const all = Object.freeze(ordered.slice());
  const persons = Object.freeze(all.filter((p): p is Person => p.type === 'person'));
  const organisations = Object.freeze(all.filter((p): p is Organisasjon => p.type === 'organisasjon'));
  const collectionAgencies = Object.freeze(organisations.filter((o) => o.inkassobevilling !== undefined));

  const matches = (party: Party, f: PartyFilter): boolean =>
    (f.type === undefined || party.type === f.type) &&
    (f.collectionAgency === undefined ||
      (party.type === 'organisasjon' && party.inkassobevilling !== undefined) === f.collectionAgency) &&
    (f.domestic === undefined || (party.adresse.land === 'NO') === f.domestic) &&
    (f.identifikatorKind === undefined ||
      (party.type === 'person' && (Number(party.identifikator[0]) >= 4 ? 'dnr' : 'fnr') === f.identifikatorKind)) &&
    (f.source === undefined || source.get(party) === f.source);

  const byShape = new Map<string, readonly Party[]>();
  const byFunction = new WeakMap<(party: Party) => boolean, readonly Party[]>();
  const bucket = (filter: PartyFilter | ((party: Party) => boolean) | undefined): readonly Party[] => {
    if (filter === undefined) return all;
    if (typeof filter === 'function') {
      let found = byFunction.get(filter);
      if (!found) byFunction.set(filter, (found = all.filter(filter)));
      return found;
    }
    const key = `${filter.type}|${filter.collectionAgency}|${filter.domestic}|${filter.identifikatorKind}|${filter.source}`;
    let found = byShape.get(key);
    if (!found) byShape.set(key, (found = all.filter((p) => matches(p, filter))));
    return found;
  };

  return {
    all: () => all,
    persons: () => persons,
    organisations: () => organisations,
    collectionAgencies: () => collectionAgencies,
    byId: (identifier: string) => byId.get(identifier),
    sourceOf: (party: Party) => source.get(party),
    pick(faker: Faker, filter?: PartyFilter | ((party: Party) => boolean)): any {
      const candidates = bucket(filter);
      if (candidates.length === 0) {
        const shown = typeof filter === 'function' ? 'the given predicate' : JSON.stringify(filter);
        throw new Error(`no party in the registry matches ${shown}`);
      }
      return candidates[faker.number.int(candidates.length - 1)];
    },
  };
}

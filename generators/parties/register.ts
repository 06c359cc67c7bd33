import type { Faker } from '@faker-js/faker';
import { checkPersonidentifikator, generateFoedselsnummer, generateOrganisasjonsnummer } from '../identifiers/index.ts';
import type { Organisasjonsform } from '../data/organisasjonsformer.ts';
import { createRandom } from '../random.ts';
import { loadParties, type ImportedParties } from './file.ts';
import { gammeltRegelverk } from './gammelt-regelverk.ts';
import { generateAdresse, generateOrganisasjonsnavn, generatePerson, generatePersonnavn } from './generate.ts';
import { createPartyRegistry, type PartyRegistry } from './registry.ts';
import { EKSEMPEL_PARTIES, SEED_ORGANISATIONS, SEED_PARTIES } from './seed.ts';
import { type Organisasjon, type Party, type Person, identifierOf } from './types.ts';

// The sandbox's party register: what Enhetsregisteret and Folkeregisteret would answer for the
// register rules of /v2, and the pool v2 petitions draw their parties from, so that a generated saksøkt
// is known to the register whatever the petition's seed. One fixed seed; nothing here depends on the
// caller's seed, and createPartyRegistry's own output for a seed stays as it was.

const SEED = 2026;
/** The kinds of parties v1 registries never hold come from a stream of their own. */
const EGEN_STROEM = SEED + 1;
const PERSONER = 200;
const ORGANISASJONER = 100;
const ENK_MED_INNEHAVER = 12;
const UNDERENHETER = 10;
/** Forms of the locked organisations: neither ENK nor underenhet, so only the lock can make them unfit. */
const LAAST_FORM: readonly Organisasjonsform[] = ['AS', 'AS', 'AS', 'AS', 'ASA', 'DA', 'ANS', 'SA', 'STI'];

function nyttOrgnr(faker: Faker, taken: Set<string>): string {
  let nr: string;
  do nr = generateOrganisasjonsnummer(faker);
  while (taken.has(nr));
  taken.add(nr);
  return nr;
}

/** An owner of an enkeltpersonforetak: a resident with a fødselsnummer, as Folkeregisteret has them. */
function innehaver(faker: Faker, taken: Set<string>): Person {
  let person: Person;
  do person = generatePerson(faker, { taken });
  while (person.identifikator[0] >= '4' || person.adresse.land !== 'NO');
  taken.add(person.identifikator);
  return person;
}

function enkMedInnehaver(faker: Faker, taken: Set<string>): Party[] {
  const eier = innehaver(faker, taken);
  const enk: Organisasjon = {
    type: 'organisasjon', navn: generateOrganisasjonsnavn(faker, 'ENK'), organisasjonsnummer: nyttOrgnr(faker, taken),
    organisasjonsform: 'ENK', adresse: generateAdresse(faker), innehaver: eier.identifikator,
  };
  return [eier, enk];
}

function hovedenhetMedUnderenhet(faker: Faker, taken: Set<string>): Party[] {
  const hoved: Organisasjon = {
    type: 'organisasjon', navn: generateOrganisasjonsnavn(faker, 'AS'), organisasjonsnummer: nyttOrgnr(faker, taken),
    organisasjonsform: 'AS', adresse: generateAdresse(faker),
  };
  const adresse = generateAdresse(faker);
  const under: Organisasjon = {
    type: 'organisasjon', navn: `${hoved.navn} AVD ${adresse.poststed}`, organisasjonsnummer: nyttOrgnr(faker, taken),
    organisasjonsform: 'BEDR', adresse, overordnetEnhet: hoved.organisasjonsnummer,
  };
  return [hoved, under];
}

/** The locked numbers are given; names and addresses are made up around them. */
function laasteParter(faker: Faker): Party[] {
  const { personer, organisasjoner } = gammeltRegelverk();
  const ut: Party[] = [];
  for (const identifikator of personer) {
    const info = checkPersonidentifikator(identifikator);
    if (!info.valid) throw new Error(`specs/data/gammelt-regelverk.json: person ${identifikator} ${info.reason}`);
    ut.push({ type: 'person', ...generatePersonnavn(faker), foedselsdato: info.birthDate, identifikator, adresse: generateAdresse(faker) });
  }
  for (const organisasjonsnummer of organisasjoner) {
    const form = faker.helpers.arrayElement(LAAST_FORM);
    ut.push({
      type: 'organisasjon', navn: generateOrganisasjonsnavn(faker, form), organisasjonsnummer, organisasjonsform: form, adresse: generateAdresse(faker),
    });
  }
  return ut;
}

/** Everything the register holds beyond the seed parties and createPartyRegistry's generated ones. */
function egneParter(): Party[] {
  const faker = createRandom(EGEN_STROEM);
  const laaste = laasteParter(faker);
  const taken = new Set<string>([...SEED_PARTIES, ...EKSEMPEL_PARTIES, ...laaste].map(identifierOf));
  const ut: Party[] = [...EKSEMPEL_PARTIES, ...laaste];
  // The seeds' ENK test organisations get owners too, so a petition can name them the right way.
  for (const o of SEED_ORGANISATIONS) {
    if (o.organisasjonsform !== 'ENK') continue;
    const eier = innehaver(faker, taken);
    ut.push(eier, { ...structuredClone(o), innehaver: eier.identifikator });
  }
  for (let i = 0; i < ENK_MED_INNEHAVER; i++) ut.push(...enkMedInnehaver(faker, taken));
  for (let i = 0; i < UNDERENHETER; i++) ut.push(...hovedenhetMedUnderenhet(faker, taken));
  return ut;
}

let standard: PartyRegistry | undefined;
const medEkstra = new WeakMap<readonly Party[], PartyRegistry>();

/**
 * The variable that gives a run its parties: a file or folder, read exactly as `--parties` reads it
 * (our format or Tenor's). The sandbox the suite starts and the test processes' generators both build
 * their register through sandkasseregister(), so both read the same parties.
 */
export const PARTIES_VARIABLE = 'CONFORMANCE_PARTIES';

const fraVariabel = new Map<string, ImportedParties>();

/**
 * The parties CONFORMANCE_PARTIES names, read once per process and path; undefined when it is unset or
 * empty. Throws PartiesFileError (file and field) when they cannot be used.
 */
export function parterFraMiljoe(env: NodeJS.ProcessEnv = process.env): (ImportedParties & { path: string }) | undefined {
  const path = env[PARTIES_VARIABLE];
  if (path === undefined || path.trim() === '') return undefined;
  let lest = fraVariabel.get(path);
  if (!lest) fraVariabel.set(path, (lest = loadParties(path)));
  return { ...lest, path };
}

/**
 * A supplier's parties take over from the generated crowd once there are enough of a kind to build
 * petitions from (generators/requests/v2/parter.ts needs 4 persons and 4 organisations with standing),
 * so petitions name mostly theirs; a few extra parties join the crowd instead. The fixed parties (seeds,
 * owners, underenheter, the locked ones) stay, since the register rules and their scenarios need them.
 */
const NOK_EGNE = 4;

function antallGenererte(extra: readonly Party[]): { persons: number; organisations: number } {
  const personer = extra.filter((p) => p.type === 'person').length;
  const organisasjoner = extra.filter((p) => p.type === 'organisasjon' && p.organisasjonsform !== 'ENK' && p.organisasjonsform !== 'BEDR' && p.overordnetEnhet === undefined).length;
  return { persons: personer >= NOK_EGNE ? 0 : PERSONER, organisations: organisasjoner >= NOK_EGNE ? 0 : ORGANISASJONER };
}

/**
 * The sandbox's register, built once: seed parties, the 1.1 example's parties, generated persons and
 * organisations, ENK organisations with their owners, underenheter with their hovedenhet, and the
 * parties locked to the old rules. `extra` (a supplier's --parties; when left out, the parties
 * CONFORMANCE_PARTIES names) is added on top and wins on a number both hold; enough of them replace the
 * generated persons or organisations (NOK_EGNE).
 */
export function sandkasseregister(extra?: readonly Party[]): PartyRegistry {
  if (extra === undefined) extra = parterFraMiljoe()?.parties;
  if (!extra || extra.length === 0) {
    standard ??= createPartyRegistry({ seed: SEED, persons: PERSONER, organisations: ORGANISASJONER, extra: egneParter() });
    return standard;
  }
  let r = medEkstra.get(extra);
  if (!r) {
    const deres = new Set(extra.map((p) => identifierOf(p as Party)));
    const egne = egneParter().filter((p) => !deres.has(identifierOf(p)));
    r = createPartyRegistry({ seed: SEED, ...antallGenererte(extra), extra: [...egne, ...extra] });
    medEkstra.set(extra, r);
  }
  return r;
}

/** What the register rules may ask of the party register about one identifier. */
export type RegisterTreff =
  | { type: 'person' }
  | { type: 'organisasjon'; organisasjonsform: string; overordnetEnhet?: string };

/** The lookup the sandbox passes to the rules: a party's kind, form and hovedenhet, or undefined when unknown. */
export function registerOppslag(registry: PartyRegistry): (identifikator: string) => RegisterTreff | undefined {
  return (identifikator) => {
    const p = registry.byId(identifikator);
    if (!p) return undefined;
    if (p.type === 'person') return { type: 'person' };
    return p.overordnetEnhet === undefined
      ? { type: 'organisasjon', organisasjonsform: p.organisasjonsform }
      : { type: 'organisasjon', organisasjonsform: p.organisasjonsform, overordnetEnhet: p.overordnetEnhet };
  };
}

/** A fødselsnummer with valid check digits that the register does not hold (for SAKSOEKT_MANGLER_I_REGISTERET). */
export function ukjentFoedselsnummer(faker: Faker, registry: PartyRegistry): string {
  let nr: string;
  do nr = generateFoedselsnummer(faker);
  while (registry.byId(nr) !== undefined);
  return nr;
}

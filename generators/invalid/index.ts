import type { Utleggsbegjaering } from '../../src/model/utleggsbegjaering.ts';
import { displayPath, readDataFile } from '../../src/spec/files.ts';
import { apiVersion } from '../../src/spec/versions.ts';
import { DATAMODELL_09, datamodellFor } from '../requests/datamodell.ts';
import type { Faker } from '../random.ts';
import { kopi } from './felles.ts';
import { betaling } from './mutasjoner/betaling.ts';
import { krav } from './mutasjoner/krav.ts';
import { parter } from './mutasjoner/parter.ts';
import { vedlegg } from './mutasjoner/vedlegg.ts';
import { scenarier } from './scenarier.ts';
import type { InvalidVariant, Mutasjon, Scenario, ScenarioBygger } from './types.ts';
import { MUTASJONER_21, SCENARIOER_21 } from './v2/index.ts';

export { SCHEMA_INVALID_KINDS, schemaInvalid, type SchemaInvalid, type SchemaInvalidKind } from './schema.ts';
export type { InvalidVariant, Mutasjon, Scenario, ScenarioBygger, Steg } from './types.ts';
export { MUTASJONER_21, SCENARIOER_21 };

/** The 0.9 tables (/v1): one builder per rule code, a mutation when one request can break the rule, else a scenario. */
export const MUTASJONER: Readonly<Record<string, Mutasjon>> = Object.freeze({ ...parter, ...krav, ...betaling, ...vedlegg });
export const SCENARIOER: Readonly<Record<string, ScenarioBygger>> = Object.freeze({ ...scenarier });

interface Tabeller {
  mutasjoner: Readonly<Record<string, Mutasjon<any>>>;
  scenarioer: Readonly<Record<string, ScenarioBygger<any>>>;
}

/** The tables per data model; a version uses the one its `datamodell` in specs/versions.json names. */
const PER_MODELL: Readonly<Record<string, Tabeller>> = Object.freeze({
  [DATAMODELL_09]: { mutasjoner: MUTASJONER, scenarioer: SCENARIOER },
  '2.1': { mutasjoner: MUTASJONER_21, scenarioer: SCENARIOER_21 },
});

/** The tables of a version's data model (the run's version when omitted). */
export function tabellerFor(version?: string): Tabeller {
  const modell = datamodellFor(version);
  const t = PER_MODELL[modell];
  if (!t) {
    const navn = apiVersion('utleggsbegjaering', version).version;
    throw new Error(`generators/invalid/ has no tables for datamodell ${modell} (utleggsbegjaering ${navn}); models with tables: ${Object.keys(PER_MODELL).join(', ')}`);
  }
  return t;
}

function katalogfil(version?: string): string {
  const files = apiVersion('utleggsbegjaering', version);
  if (!files.catalog) throw new Error(`specs/versions.json names no rule catalog for utleggsbegjaering ${files.version}`);
  return files.catalog;
}

/** The rule codes of a version's catalog (the run's choice when omitted), in catalog order. */
export function invalidCodes(version?: string): string[] {
  const fil = katalogfil(version);
  const data = readDataFile(fil) as { regler?: { kode?: unknown }[] };
  if (!Array.isArray(data?.regler)) throw new Error(`${displayPath(fil)}: /regler must be an array of rules`);
  return data.regler.map((r, i) => {
    if (typeof r?.kode !== 'string') throw new Error(`${displayPath(fil)}: /regler/${i}/kode must be a string`);
    return r.kode;
  });
}

/** The catalog codes of a version that need server state: invalidFor() answers these with a scenario. */
export function scenarioCodes(version?: string): string[] {
  const { scenarioer } = tabellerFor(version);
  return invalidCodes(version).filter((k) => Object.hasOwn(scenarioer, k));
}

/** The catalog codes of a version that one request can break: invalidFor() answers these with a body. */
export function mutationCodes(version?: string): string[] {
  const { mutasjoner } = tabellerFor(version);
  return invalidCodes(version).filter((k) => Object.hasOwn(mutasjoner, k));
}

/** Every code of the run's catalog: each has a mutation or a scenario (checked by tests/unit/invalid.spec.ts). */
export const INVALID_CODES: readonly string[] = Object.freeze(invalidCodes());
export const SCENARIO_CODES: readonly string[] = Object.freeze(scenarioCodes());
export const MUTATION_CODES: readonly string[] = Object.freeze(mutationCodes());

/** Fails, naming the code and the catalog file, unless `kode` is in the version's catalog and has a builder. */
function kjent(kode: string, version?: string): Tabeller {
  const tabeller = tabellerFor(version);
  const fil = displayPath(katalogfil(version));
  if (invalidCodes(version).includes(kode)) {
    if (!Object.hasOwn(tabeller.mutasjoner, kode) && !Object.hasOwn(tabeller.scenarioer, kode)) {
      throw new Error(`rule code "${kode}" of ${fil} has no mutation or scenario for datamodell ${datamodellFor(version)} in generators/invalid/`);
    }
    return tabeller;
  }
  throw new Error(
    `unknown rule code "${kode}": the valid codes are the "kode" values of ${fil} ` +
    '(also exported as INVALID_CODES, or invalidCodes(version), from generators/invalid/index.ts)',
  );
}

/** True when the code can only be reached through server state (a scenario of several requests). */
export function needsScenario(kode: string, version?: string): boolean {
  return Object.hasOwn(tabellerFor(version).scenarioer, kode);
}

/** A copy of `base` that breaks exactly the rule `kode` (for codes one request can break). */
export function mutate<B = Utleggsbegjaering>(kode: string, base: B, faker: Faker, version?: string): B {
  const { mutasjoner } = kjent(kode, version);
  if (needsScenario(kode, version)) throw new Error(`rule code "${kode}" needs server state; use scenario("${kode}", ...) or invalidFor()`);
  const body = kopi(base);
  mutasjoner[kode](body, faker);
  return body;
}

/** The requests that lead to a violation of `kode` (for codes that need server state). */
export function scenario<B = Utleggsbegjaering>(kode: string, base: B, faker: Faker, version?: string): Scenario {
  const { scenarioer } = kjent(kode, version);
  if (!needsScenario(kode, version)) throw new Error(`rule code "${kode}" is broken by a single request; use mutate("${kode}", ...) or invalidFor()`);
  return { kode, ...scenarioer[kode](base, faker) };
}

/**
 * The one entry point: a breaking request, or a scenario when the rule needs server state. The tables
 * follow the version's data model (the run's version when omitted), and `base` must be written in it.
 */
export function invalidFor<B = Utleggsbegjaering>(kode: string, base: B, faker: Faker, version?: string): InvalidVariant<B> {
  kjent(kode, version);
  return needsScenario(kode, version)
    ? { kind: 'scenario', kode, scenario: scenario(kode, base, faker, version) }
    : { kind: 'request', kode, body: mutate(kode, base, faker, version) };
}

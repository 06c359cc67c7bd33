import type { Utleggsbegjaering } from '../../src/model/utleggsbegjaering.ts';
import { displayPath, readDataFile } from '../../src/spec/files.ts';
import { apiVersion } from '../../src/spec/versions.ts';
import type { Faker } from '../random.ts';
import { kopi } from './felles.ts';
import { betaling } from './mutasjoner/betaling.ts';
import { krav } from './mutasjoner/krav.ts';
import { parter } from './mutasjoner/parter.ts';
import { vedlegg } from './mutasjoner/vedlegg.ts';
import { scenarier } from './scenarier.ts';
import type { InvalidVariant, Mutasjon, Scenario, ScenarioBygger } from './types.ts';

export { SCHEMA_INVALID_KINDS, schemaInvalid, type SchemaInvalid, type SchemaInvalidKind } from './schema.ts';
export type { InvalidVariant, Mutasjon, Scenario, ScenarioBygger, Steg } from './types.ts';

/** One builder per rule code: a mutation when one request can break the rule, else a scenario. */
export const MUTASJONER: Readonly<Record<string, Mutasjon>> = Object.freeze({ ...parter, ...krav, ...betaling, ...vedlegg });
export const SCENARIOER: Readonly<Record<string, ScenarioBygger>> = Object.freeze({ ...scenarier });

/** The rule codes of a version's catalog (the run's choice when omitted), in catalog order. */
export function invalidCodes(version?: string): string[] {
  const files = apiVersion('utleggsbegjaering', version);
  if (!files.catalog) throw new Error(`specs/versions.json names no rule catalog for utleggsbegjaering ${files.version}`);
  const fil = displayPath(files.catalog);
  const data = readDataFile(files.catalog) as { regler?: { kode?: unknown }[] };
  if (!Array.isArray(data?.regler)) throw new Error(`${fil}: /regler must be an array of rules`);
  return data.regler.map((r, i) => {
    if (typeof r?.kode !== 'string') throw new Error(`${fil}: /regler/${i}/kode must be a string`);
    return r.kode;
  });
}

/** Every code of the run's catalog: each has a mutation or a scenario (checked by tests/unit/invalid.spec.ts). */
export const INVALID_CODES: readonly string[] = Object.freeze(invalidCodes());

/** The catalog codes that need server state: invalidFor() answers these with a scenario. */
export const SCENARIO_CODES: readonly string[] = Object.freeze(INVALID_CODES.filter((k) => Object.hasOwn(SCENARIOER, k)));

/** The catalog codes one request can break: invalidFor() answers these with a body. */
export const MUTATION_CODES: readonly string[] = Object.freeze(INVALID_CODES.filter((k) => Object.hasOwn(MUTASJONER, k)));

function kjent(kode: string, version?: string): void {
  const koder = version === undefined ? INVALID_CODES : invalidCodes(version);
  if (koder.includes(kode)) {
    if (!Object.hasOwn(MUTASJONER, kode) && !Object.hasOwn(SCENARIOER, kode)) {
      throw new Error(`rule code "${kode}" is in the catalog but has no mutation or scenario in generators/invalid/`);
    }
    return;
  }
  const fil = apiVersion('utleggsbegjaering', version).catalog;
  throw new Error(
    `unknown rule code "${kode}": the valid codes are the "kode" values of ${fil ? displayPath(fil) : 'the rule catalog'} ` +
    '(also exported as INVALID_CODES from generators/invalid/index.ts)',
  );
}

/** True when the code can only be reached through server state (a scenario of several requests). */
export function needsScenario(kode: string): boolean {
  return Object.hasOwn(SCENARIOER, kode);
}

/** A copy of `base` that breaks exactly the rule `kode` (for codes one request can break). */
export function mutate(kode: string, base: Utleggsbegjaering, faker: Faker): Utleggsbegjaering {
  kjent(kode);
  if (needsScenario(kode)) throw new Error(`rule code "${kode}" needs server state; use scenario("${kode}", ...) or invalidFor()`);
  const body = kopi(base);
  MUTASJONER[kode](body, faker);
  return body;
}

/** The requests that lead to a violation of `kode` (for codes that need server state). */
export function scenario(kode: string, base: Utleggsbegjaering, faker: Faker): Scenario {
  kjent(kode);
  if (!needsScenario(kode)) throw new Error(`rule code "${kode}" is broken by a single request; use mutate("${kode}", ...) or invalidFor()`);
  return { kode, ...SCENARIOER[kode](base, faker) };
}

/** The one entry point: a breaking request, or a scenario when the rule needs server state. */
export function invalidFor(kode: string, base: Utleggsbegjaering, faker: Faker, version?: string): InvalidVariant {
  kjent(kode, version);
  return needsScenario(kode)
    ? { kind: 'scenario', kode, scenario: scenario(kode, base, faker) }
    : { kind: 'request', kode, body: mutate(kode, base, faker) };
}

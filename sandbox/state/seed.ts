import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRandom, type Faker } from '../../generators/random.ts';
import { createPartyRegistry, SEED_ORGANISATIONS, type PartyRegistry } from '../../generators/parties/index.ts';
import { generateInnbetalinger, generateKrav, generateTrekkpaalegg, nyVersjon, type Trekkpaalegg } from '../../generators/feeds/index.ts';
import { readDataFile } from '../../src/spec/files.ts';
import { apiVersion } from '../../src/spec/versions.ts';
import type { Partsdata } from './krav.ts';

/** The seed documents' Krav og betalinger test organisations: all have data and consent. */
export const KRAV_TESTORGANISASJONER = ['310478717', '313367002', '311851381', '314961900', '314055403', '212201782'] as const;
/** A seed organisation (SMUL FLAT TIGER AS) that has data but has given nobody else consent. */
export const PART_UTEN_SAMTYKKE = '313182495';
/** The sandbox test client's organisation; it gets a feed long enough to page through. */
export const TESTKLIENT_ORGNR = '312597772';

const TREKK_FOR_TESTKLIENT = 30;
const TREKK_PER_ORGANISASJON = 8;
/** The data lies in these windows, so a period outside them (e.g. 2020) finds nothing (KB-007). */
const KRAVVINDUER = [
  { fraOgMed: '2024-01-01', tilOgMed: '2024-12-31' },
  { fraOgMed: '2025-01-01', tilOgMed: '2025-06-30' },
];

/**
 * Every version of every seeded order, in publishing order: v1s and later versions interleaved by
 * their creation time, so the feed looks shared. Some orders get a second and a third version.
 */
export function seedTrekkpaalegg(faker: Faker, registry: PartyRegistry): Trekkpaalegg[] {
  const versjoner: Trekkpaalegg[] = [];
  for (const org of SEED_ORGANISATIONS) {
    const antall = org.organisasjonsnummer === TESTKLIENT_ORGNR ? TREKK_FOR_TESTKLIENT : TREKK_PER_ORGANISASJON;
    const ordre = generateTrekkpaalegg(faker, { trekkpliktig: org.organisasjonsnummer, count: antall, registry });
    ordre.forEach((v1, i) => {
      versjoner.push(v1);
      if (i % 3 !== 0) return;
      const v2 = nyVersjon(v1, faker);
      versjoner.push(v2);
      if (i % 6 === 0) versjoner.push(nyVersjon(v2, faker));
    });
  }
  // A stable sort keeps the versions of one order in order even if two share a timestamp.
  return versjoner.sort((a, b) => (a.opprettet < b.opprettet ? -1 : a.opprettet > b.opprettet ? 1 : 0));
}

/** The seed's own example claims for 212201782, so the documented example URLs answer with them. */
function eksempeldata(part: string, version?: string): { krav: any[]; innbetalinger: any[] } {
  const dir = apiVersion('kravogbetalinger', version).examples;
  const les = (file: string): any => (dir && existsSync(join(dir, file)) ? readDataFile(join(dir, file)) : undefined);
  const krav = ((les('krav.200.json')?.krav ?? []) as any[]).filter((k) => k.partIdentifikator === part);
  const innbetalinger = ((les('aapnekrav.200.json')?.innbetalingMedUplassertBeloep ?? []) as any[]).filter((i) => i.partIdentifikator === part);
  return { krav: structuredClone(krav), innbetalinger: structuredClone(innbetalinger) };
}

export function seedKrav(faker: Faker, version?: string): Partsdata[] {
  return [...KRAV_TESTORGANISASJONER, PART_UTEN_SAMTYKKE].map((part) => {
    const data: Partsdata = { partIdentifikator: part, skjermet: false, krav: [], innbetalinger: [] };
    for (const vindu of KRAVVINDUER) {
      data.krav.push(...generateKrav(faker, { partIdentifikator: part, count: 4, ...vindu }));
      data.krav.push(...generateKrav(faker, { partIdentifikator: part, count: 2, aapne: true, ...vindu }));
      data.innbetalinger.push(...generateInnbetalinger(faker, { partIdentifikator: part, count: 4, ...vindu }));
    }
    const eksempel = eksempeldata(part, version);
    data.krav.unshift(...eksempel.krav);
    data.innbetalinger.unshift(...eksempel.innbetalinger);
    return data;
  });
}

export interface Seeddata {
  registry: PartyRegistry;
  trekkpaalegg: Trekkpaalegg[];
  krav: Partsdata[];
}

/** Everything generated from one seed; the same seed always gives the same data. */
export function seedData(seed: number, kravVersion?: string): Seeddata {
  const registry = createPartyRegistry({ seed });
  return {
    registry,
    trekkpaalegg: seedTrekkpaalegg(createRandom(seed), registry),
    krav: seedKrav(createRandom(seed + 1), kravVersion),
  };
}

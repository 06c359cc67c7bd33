import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRandom, type Faker } from '../../generators/random.ts';
import { createPartyRegistry, SEED_ORGANISATIONS, type PartyRegistry } from '../../generators/parties/index.ts';
import { generateInnbetalinger, generateKrav, generateTrekkpaalegg, nyVersjon, type Trekkpaalegg } from '../../generators/feeds/index.ts';
import { generateUtbetalinger } from '../../generators/feeds/kravogbetalinger.ts';
import { readDataFile } from '../../src/spec/files.ts';
import { apiVersion } from '../../src/spec/versions.ts';
import type { Partsdata } from './krav.ts';

/** The seed documents' Krav og betalinger test organisations: all have data and consent. */
export const KRAV_TESTORGANISASJONER = ['310478717', '313367002', '311851381', '314961900', '314055403', '212201782'] as const;
/** A seed organisation (SMUL FLAT TIGER AS) that has data but has given nobody else consent. */
export const PART_UTEN_SAMTYKKE = '313182495';
/**
 * Persons with data, all Tenor-style (month + 80): the person of the official examples (its claim and
 * payment come from them) and the two seed persons of the party register.
 */
export const KRAV_TESTPERSONER = ['04827896468', '44926701751', '69887800189'] as const;
/** A synthetic person (born 1985-03-14) with data who has given nobody consent. */
export const PERSON_UTEN_SAMTYKKE = '14838547002';
/** The organisation of the page's Utbetalinger example; it has that payment, so the example's period answers with it. */
export const UTBETALINGSEKSEMPEL_PART = '312438623';
/** Everyone whose consent the sandbox has never been given. */
export const PARTER_UTEN_SAMTYKKE = [PART_UTEN_SAMTYKKE, PERSON_UTEN_SAMTYKKE] as const;
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

/**
 * The official examples' items for a party (212201782's claim krav-1234, 04827896468's, 312438623's
 * payment), so the documented example periods answer with them. The Utbetalinger example repeats one
 * payment three times; it is kept once.
 */
function eksempeldata(part: string, version?: string): { krav: any[]; innbetalinger: any[]; utbetalinger: any[] } {
  const dir = apiVersion('kravogbetalinger', version).examples;
  const les = (file: string): any => (dir && existsSync(join(dir, file)) ? readDataFile(join(dir, file)) : undefined);
  const av = (file: string, liste: string): any[] => ((les(file)?.[liste] ?? []) as any[]).filter((x) => x.partIdentifikator === part);
  const utbetalinger = [...new Map(av('utbetalinger.200.json', 'utbetaling').map((u) => [JSON.stringify(u), u])).values()];
  return structuredClone({ krav: av('krav.200.json', 'krav'), innbetalinger: av('aapnekrav.200.json', 'innbetalingMedUplassertBeloep'), utbetalinger });
}

/**
 * Claims and payments per party. The parties added after the first seven, and the payments out, come
 * after everything the first seven drew, so their data stays what it was before the 2026 endpoints.
 */
export function seedKrav(faker: Faker, version?: string, navnAv: (part: string) => string | undefined = () => undefined): Partsdata[] {
  const parter = [...KRAV_TESTORGANISASJONER, PART_UTEN_SAMTYKKE, ...KRAV_TESTPERSONER, PERSON_UTEN_SAMTYKKE, UTBETALINGSEKSEMPEL_PART];
  const alle = parter.map((part) => {
    const data: Partsdata = { partIdentifikator: part, skjermet: false, krav: [], innbetalinger: [], utbetalinger: [] };
    for (const vindu of KRAVVINDUER) {
      data.krav.push(...generateKrav(faker, { partIdentifikator: part, count: 4, ...vindu }));
      data.krav.push(...generateKrav(faker, { partIdentifikator: part, count: 2, aapne: true, ...vindu }));
      data.innbetalinger.push(...generateInnbetalinger(faker, { partIdentifikator: part, count: 4, ...vindu }));
    }
    return data;
  });
  for (const data of alle) {
    const part = data.partIdentifikator;
    const eksempel = eksempeldata(part, version);
    const kontoeiersNavn = navnAv(part) ?? eksempel.utbetalinger[0]?.betaltTil?.konto?.kontoeiersNavn;
    for (const vindu of KRAVVINDUER) {
      data.utbetalinger.push(...generateUtbetalinger(faker, { partIdentifikator: part, count: 2, kontoeiersNavn, ...vindu }));
    }
    data.krav.unshift(...eksempel.krav);
    data.innbetalinger.unshift(...eksempel.innbetalinger);
    data.utbetalinger.unshift(...eksempel.utbetalinger);
  }
  return alle;
}

/** The name on a party's bank account: the register's, in capitals as banks print it. */
function kontoeier(registry: PartyRegistry, part: string): string | undefined {
  const p = registry.byId(part);
  if (!p) return undefined;
  return (p.type === 'person' ? `${p.fornavn} ${p.etternavn}` : p.navn).toUpperCase();
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
    krav: seedKrav(createRandom(seed + 1), kravVersion, (part) => kontoeier(registry, part)),
  };
}

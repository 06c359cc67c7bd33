import type { Faker } from '@faker-js/faker';
import type { Krav, Prosessfullmektig, Utleggsbegjaering } from '../../src/model/utleggsbegjaering.ts';
import { generateKid, generateKontonummer } from '../identifiers/index.ts';
import { createPartyRegistry, sandkasseregister, type Organisasjon, type Party, type PartyRegistry, type Person } from '../parties/index.ts';
import type { Utleggsbegjaering as Utleggsbegjaering21 } from '../../src/model/utleggsbegjaering-v2.ts';
import { createRandom } from '../random.ts';
import { aktoer, identifikator } from './aktoer.ts';
import { dag, dato, heltall, siffer, sjanse, velg } from './kalender.ts';
import { byggTvangsgrunnlag, vedlegg } from './krav.ts';
import { BEGRUNNELSE_NAMSMANNSDISTRIKT, NAMSMANNSDISTRIKT } from './tekster.ts';
import { DATAMODELL_09, forModell } from './datamodell.ts';
import { erInkasso, innsenderOrganisasjon, STANDARD_INNSENDER } from './innsender.ts';
import { generateUtleggsbegjaering21 } from './v2/utleggsbegjaering.ts';

export { STANDARD_INNSENDER } from './innsender.ts';

export type Kompleksitet = 'enkel' | 'kompleks' | 'tilfeldig';

export interface UtleggsbegjaeringOptions {
  registry: PartyRegistry;
  /** Orgnr of the submitting organisation; default the seeds' innsender 312597772. */
  innsender?: string;
  /** Default 'tilfeldig': about half simple, half complex. */
  kompleksitet?: Kompleksitet;
}

// Petitions are dated in a fixed window so that output never depends on today's date.
const FOERSTE_BEGJAERINGSDAG = dag('2024-09-01');
const SISTE_BEGJAERINGSDAG = dag('2025-06-30');
const PRIORITET = ['a', 'b', 'c', 'd', 'e'] as const;

interface Utvalg { persons: readonly Person[]; organisations: readonly Organisasjon[] }
const utvalg = new WeakMap<PartyRegistry, Utvalg>();

/** registry.persons() may copy on every call; one lookup per registry keeps the hot path cheap. */
function utvalgFor(registry: PartyRegistry): Utvalg {
  let u = utvalg.get(registry);
  if (!u) {
    u = { persons: registry.persons(), organisations: registry.organisations() };
    if (u.persons.length < 4 || u.organisations.length < 4) {
      throw new RangeError('the party registry needs at least 4 persons and 4 organisations to build petitions');
    }
    utvalg.set(registry, u);
  }
  return u;
}

const idOf = (p: Party): string => (p.type === 'person' ? p.identifikator : p.organisasjonsnummer);

/** Draws a party not yet in `brukt` (by identifier), from persons with probability `andelPersoner`. */
function trekk(faker: Faker, u: Utvalg, andelPersoner: number, brukt: Set<string>): Party {
  for (;;) {
    const p: Party = sjanse(faker, andelPersoner) ? velg(faker, u.persons) : velg(faker, u.organisations);
    const id = idOf(p);
    if (!brukt.has(id)) {
      brukt.add(id);
      return p;
    }
  }
}

function prosessfullmektig(faker: Faker, agency: Organisasjon, u: Utvalg): Prosessfullmektig {
  const navn = agency.inkassobevilling?.bevillingshaver ?? (({ fornavn, etternavn }) => ({ fornavn, etternavn }))(velg(faker, u.persons));
  const nummer = agency.inkassobevilling?.bevillingsnummer ?? siffer(faker, 9);
  const pf: Prosessfullmektig = {
    prosessfullmektig: aktoer(agency),
    bevillingshaver: { navn: { fornavn: navn.fornavn, etternavn: navn.etternavn }, inkassobevillingshaverNummer: nummer },
  };
  if (sjanse(faker, 0.5)) pf.fullmakt = vedlegg(faker, 'fullmakt', 'prosessfullmakt.pdf');
  return pf;
}

/**
 * One valid petition: passes the request schema and breaks no rule in the catalog, given that its
 * attachments exist (they come from SANDBOX_VEDLEGG_POOL) and that it is not a duplicate.
 */
export function generateUtleggsbegjaering(faker: Faker, options: UtleggsbegjaeringOptions): Utleggsbegjaering {
  const u = utvalgFor(options.registry);
  const innsenderOrgnr = options.innsender ?? STANDARD_INNSENDER;
  const innsender = innsenderOrganisasjon(options.registry, innsenderOrgnr);
  const valg = options.kompleksitet ?? 'tilfeldig';
  const kompleks = valg === 'kompleks' || (valg === 'tilfeldig' && sjanse(faker, 0.5));
  const agency = erInkasso(innsender);

  // Innsender, saksøkere and saksøkte are all different parties.
  const brukt = new Set<string>([innsenderOrgnr]);
  const saksoekere: Party[] = agency ? [] : [innsender];
  const antallSaksoekere = kompleks ? heltall(faker, 1, 3) : 1;
  while (saksoekere.length < antallSaksoekere) saksoekere.push(trekk(faker, u, 0.15, brukt));
  const saksoekte: Party[] = [];
  const antallSaksoekte = kompleks ? heltall(faker, 1, 3) : 1;
  while (saksoekte.length < antallSaksoekte) saksoekte.push(trekk(faker, u, kompleks ? 0.8 : 1, brukt));

  const begjaeringsdag = heltall(faker, FOERSTE_BEGJAERINGSDAG, SISTE_BEGJAERINGSDAG);
  const kombinert = kompleks && sjanse(faker, 0.25);
  const prioritet = velg(faker, PRIORITET);
  const skyldner = saksoekte.map((p) => identifikator(idOf(p)));
  const kreditor = saksoekere.map((p) => identifikator(idOf(p)));

  const antallGrunnlag = kompleks ? heltall(faker, 2, 4) : 1;
  const begjaeringensTvangsgrunnlag = [];
  const kravTilInnkreving: Krav[] = [];
  for (let i = 0; i < antallGrunnlag; i++) {
    const b = byggTvangsgrunnlag(faker, {
      begjaeringsdag, indeks: i, kompleks, prioritet, kombinert,
      skyldner: i === 0 ? skyldner : skyldner.map((s) => ({ ...s })),
      kreditor: i === 0 ? kreditor : kreditor.map((k) => ({ ...k })),
    });
    begjaeringensTvangsgrunnlag.push(b.tvangsgrunnlag);
    for (const k of b.krav) kravTilInnkreving.push(k);
  }

  const b: Utleggsbegjaering = {
    saksoeker: saksoekere.map((p, i) => {
      const rolle: Utleggsbegjaering['saksoeker'][number] = {
        saksoeker: aktoer(p, kompleks && sjanse(faker, 0.3) ? heltall(faker, 1, 9999) : undefined),
        saksoekerReferanse: `KRED-${siffer(faker, 6)}`,
      };
      if (kompleks && sjanse(faker, 0.4)) rolle.fullmakt = vedlegg(faker, 'fullmakt', `fullmakt-saksoeker-${i + 1}.pdf`);
      if (kompleks && sjanse(faker, 0.2)) {
        rolle.transporterklaering = vedlegg(faker, 'transporterklæring', `transporterklaering-${i + 1}.pdf`);
      }
      return rolle;
    }),
    saksoekt: saksoekte.map((p) => ({ saksoekt: aktoer(p) })),
    underskrift: '',
    tvangsfullbyrdelsestype: kombinert ? 'utleggOgForliksklageKombinert' : 'utlegg',
    begjaeringsdato: dato(begjaeringsdag),
    begjaeringensTvangsgrunnlag,
    kreverRettsgebyrErstattet: sjanse(faker, 0.8),
    kravTilInnkreving,
    betalingsinformasjon: {
      norskKonto: { kontonummer: generateKontonummer(faker), kidnummer: generateKid(faker, { algorithm: sjanse(faker, 0.8) ? 'MOD10' : 'MOD11' }) },
    },
    saksreferanse: `SAK-${siffer(faker, 8)}`,
    berOmInnkallingTilMoete: kompleks && sjanse(faker, 0.1),
    // Random enough that two petitions never share one, whatever their seeds.
    innsenderReferanse: `${innsenderOrgnr}-${dato(begjaeringsdag).slice(0, 4)}-${siffer(faker, 12)}`,
    innsender: { innsender: aktoer(innsender) },
  };
  if (kompleks && sjanse(faker, 0.5)) {
    b.valgtNamsmannsdistrikt = { namsmannsdistrikt: velg(faker, NAMSMANNSDISTRIKT), begrunnelse: velg(faker, BEGRUNNELSE_NAMSMANNSDISTRIKT) };
  }
  if (agency) {
    const pf = prosessfullmektig(faker, innsender, u);
    b.innsender!.prosessfullmektig = pf;
    b.underskrift = `${pf.bevillingshaver!.navn!.fornavn} ${pf.bevillingshaver!.navn!.etternavn}`;
  } else {
    b.underskrift = innsender.navn;
  }
  return b;
}

export interface UtleggsbegjaeringerOptions {
  seed: number;
  innsender?: string;
  /** The caller's own parties (e.g. from loadPartiesFile), added to the registry the petitions draw from. */
  parties?: readonly Party[];
  kompleksitet?: Kompleksitet;
  /**
   * The API version whose data model to write (specs/versions.json `datamodell`). Left out: the run's
   * version (CONFORMANCE_UTLEGGSBEGJAERING_VERSION), else the manifest default.
   */
  version?: string;
}

/** How a data model's petitions are made: where their parties come from, and the builder of one. */
export interface Petisjonsmodell {
  datamodell: string;
  registry(seed: number, parties?: readonly Party[]): PartyRegistry;
  bygg(faker: Faker, options: UtleggsbegjaeringOptions): Utleggsbegjaering | Utleggsbegjaering21;
}

/** One per data model; a version is served by the one its `datamodell` names. */
const PER_MODELL: Readonly<Record<string, Petisjonsmodell>> = {
  // Parties from a registry built from the petitions' own seed.
  [DATAMODELL_09]: { datamodell: DATAMODELL_09, registry: (seed, extra) => createPartyRegistry({ seed, extra }), bygg: generateUtleggsbegjaering },
  // Parties from the sandbox's register, so that every saksøkt is known to it whatever the seed.
  '2.1': { datamodell: '2.1', registry: (_seed, extra) => sandkasseregister(extra), bygg: generateUtleggsbegjaering21 },
};

/** The petition model of a version (the run's when left out), or an error naming the version's model and the known ones. */
export function petisjonsmodell(version?: string): Petisjonsmodell {
  return forModell(PER_MODELL, version, 'petition generator');
}

/**
 * `count` petitions from one seeded stream, in the data model of `options.version` (the run's when left
 * out). Typed by the caller, who knows which model its version speaks (`generateUtleggsbegjaeringer<Utleggsbegjaering>(…, { version: 'v1' })`).
 */
export function generateUtleggsbegjaeringer<B extends Utleggsbegjaering | Utleggsbegjaering21 = Utleggsbegjaering | Utleggsbegjaering21>(count: number, options: UtleggsbegjaeringerOptions): B[] {
  const modell = petisjonsmodell(options.version);
  const registry = modell.registry(options.seed, options.parties);
  const faker = createRandom(options.seed);
  const ut: (Utleggsbegjaering | Utleggsbegjaering21)[] = [];
  for (let i = 0; i < count; i++) ut.push(modell.bygg(faker, { registry, innsender: options.innsender, kompleksitet: options.kompleksitet }));
  return ut as B[];
}

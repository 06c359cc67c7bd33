import type { Faker } from '@faker-js/faker';
import type { Krav, Prosessfullmektig, Utleggsbegjaering } from '../../src/model/utleggsbegjaering.ts';
import { generateKid, generateKontonummer } from '../identifiers/index.ts';
import { createPartyRegistry, type Organisasjon, type Party, type PartyRegistry, type Person } from '../parties/index.ts';
import { createRandom } from '../random.ts';
import { aktoer, identifikator } from './aktoer.ts';
import { dag, dato, heltall, siffer, sjanse, velg } from './kalender.ts';
import { byggTvangsgrunnlag, vedlegg } from './krav.ts';
import { BEGRUNNELSE_NAMSMANNSDISTRIKT, NAMSMANNSDISTRIKT } from './tekster.ts';

export type Kompleksitet = 'enkel' | 'kompleks' | 'tilfeldig';

export interface UtleggsbegjaeringOptions {
  registry: PartyRegistry;
  /** Orgnr of the submitting organisation; default the seeds' innsender 312597772. */
  innsender?: string;
  /** Default 'tilfeldig': about half simple, half complex. */
  kompleksitet?: Kompleksitet;
}

export const STANDARD_INNSENDER = '312597772';

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

function erInkasso(o: Organisasjon): boolean {
  return o.virksomhetstype === 'inkassovirksomhet' || o.inkassobevilling !== undefined;
}

/** The innsender as the registry knows it, or a stand-in agency when a supplier's own orgnr is not in it. */
function innsenderOrganisasjon(registry: PartyRegistry, orgnr: string): Organisasjon {
  const p = registry.byId(orgnr);
  if (p && p.type === 'organisasjon') return p;
  if (p) throw new RangeError(`innsender ${orgnr} is a person in the party registry; it must be an organisation`);
  return {
    type: 'organisasjon', navn: `INNSENDER ${orgnr} AS`, organisasjonsnummer: orgnr, organisasjonsform: 'AS',
    adresse: { land: 'NO', adressetekst: 'Karl Johans gate 1', postnummer: '0154', poststed: 'OSLO', kommunenummer: '0301' },
    virksomhetstype: 'inkassovirksomhet',
  };
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
  /** The caller's own parties (e.g. from loadPartiesFile), added to the registry built from `seed`. */
  parties?: readonly Party[];
  kompleksitet?: Kompleksitet;
}

/** `count` petitions from one seeded stream, with parties from a registry built from the same seed. */
export function generateUtleggsbegjaeringer(count: number, options: UtleggsbegjaeringerOptions): Utleggsbegjaering[] {
  const registry = createPartyRegistry({ seed: options.seed, extra: options.parties });
  const faker = createRandom(options.seed);
  const ut: Utleggsbegjaering[] = [];
  for (let i = 0; i < count; i++) {
    ut.push(generateUtleggsbegjaering(faker, { registry, innsender: options.innsender, kompleksitet: options.kompleksitet }));
  }
  return ut;
}

import type { Faker } from '@faker-js/faker';
import { checkPersonidentifikator, generateKid, generateKontonummer } from '../identifiers/index.ts';
import type { PartyRegistry, Person } from '../parties/index.ts';
import { dag, dato, heltall, kroner, siffer, sjanse, velg } from '../requests/kalender.ts';
import { arbeidstid, tidspunkt, uuid } from './tid.ts';

// Shapes of specs/trekkpaalegg.yaml (Trekkpaalegg and its parts).
export type Trekkperiode = { startdato: string; sluttdato?: string } & (
  | { trekkbeloep: { trekkbeloep: number }; trekkprosent?: never }
  | { trekkprosent: { trekkprosent: number }; trekkbeloep?: never }
);

export interface Trekkpaalegg {
  trekkid: string;
  trekkversjon: number;
  sekvensnummer: number;
  opprettet: string;
  saksnummer: string;
  trekkpliktig: string;
  skyldner: string;
  trekkstatus: 'aktiv' | 'avsluttet';
  trekkstoerrelseForPeriode: Trekkperiode[];
  betalingsinformasjon: { betalingsmottaker: string; kidnummer: string; kontonummer: string };
}

export interface TrekkpaaleggOptions {
  /** Orgnr of the employer (or other payer) that must withhold. */
  trekkpliktig: string;
  count: number;
  registry: PartyRegistry;
  /** First sekvensnummer; default 1. Later orders get higher numbers, with gaps as in a shared feed. */
  startSekvensnummer?: number;
}

/** Public creditors that issue withholding orders: Skatteetaten, Statens innkrevingssentral, NAV. */
const BETALINGSMOTTAKERE = ['974761076', '971648198', '889640782'] as const;

const FOERSTE_DAG = dag('2024-01-02');
const SISTE_DAG = dag('2025-06-30');

const skyldnere = new WeakMap<PartyRegistry, readonly Person[]>();

/** Persons with a valid fødselsnummer or D-nummer: supplied parties may carry numbers that fail the check. */
function skyldnereI(registry: PartyRegistry): readonly Person[] {
  let s = skyldnere.get(registry);
  if (!s) {
    s = registry.persons().filter((p) => checkPersonidentifikator(p.identifikator).valid);
    if (s.length === 0) throw new RangeError('the party registry has no person with a valid fødselsnummer or D-nummer');
    skyldnere.set(registry, s);
  }
  return s;
}

function foersteIMaaned(day: number): number {
  const iso = dato(day);
  return dag(`${iso.slice(0, 8)}01`);
}

function periode(faker: Faker, startdag: number, sluttdag: number | undefined): Trekkperiode {
  const p = { startdato: dato(startdag), ...(sluttdag !== undefined ? { sluttdato: dato(sluttdag) } : {}) };
  return sjanse(faker, 0.6)
    ? { ...p, trekkbeloep: { trekkbeloep: kroner(heltall(faker, 50, 1_200) * 500) } }
    : { ...p, trekkprosent: { trekkprosent: heltall(faker, 5, 500) / 10 } };
}

/**
 * One to three consecutive periods from `start`; the last is open-ended while the order is active.
 * Every period has startdato ≤ sluttdato.
 */
function perioder(faker: Faker, start: number, aktiv: boolean): Trekkperiode[] {
  const antall = heltall(faker, 1, 3);
  const ut: Trekkperiode[] = [];
  let fra = start;
  for (let i = 1; i <= antall; i++) {
    const siste = i === antall;
    const til = fra + heltall(faker, 27, 180);
    ut.push(periode(faker, fra, siste && aktiv ? undefined : til));
    fra = til + 1;
  }
  return ut;
}

/** Realistic withholding orders for one trekkpliktig, in ascending sekvensnummer and opprettet order. */
export function generateTrekkpaalegg(faker: Faker, options: TrekkpaaleggOptions): Trekkpaalegg[] {
  if (!/^[0-9]{9}$/.test(options.trekkpliktig)) throw new RangeError(`trekkpliktig must be a 9-digit orgnr, got ${JSON.stringify(options.trekkpliktig)}`);
  if (!Number.isSafeInteger(options.count) || options.count < 0) throw new RangeError(`count must be a whole number ≥ 0, got ${options.count}`);
  const personer = skyldnereI(options.registry);
  let sekvensnummer = options.startSekvensnummer ?? 1;
  // Spread the orders over the window, oldest first.
  const steg = Math.max(1, Math.floor((SISTE_DAG - FOERSTE_DAG) / Math.max(1, options.count)));
  let day = FOERSTE_DAG;
  // Seconds since FOERSTE_DAG of the previous order: opprettet never goes backwards.
  let forrige = -1;
  const ut: Trekkpaalegg[] = [];
  for (let i = 0; i < options.count; i++) {
    day = Math.min(SISTE_DAG, day + heltall(faker, 0, steg));
    const sekund = Math.max(forrige + heltall(faker, 1, 900), (day - FOERSTE_DAG) * 86_400 + arbeidstid(faker));
    forrige = sekund;
    day = FOERSTE_DAG + Math.floor(sekund / 86_400);
    const aktiv = sjanse(faker, 0.75);
    ut.push({
      trekkid: uuid(faker),
      trekkversjon: 1,
      sekvensnummer,
      opprettet: tidspunkt(FOERSTE_DAG, sekund),
      saksnummer: `${dato(day).slice(0, 4)}-${siffer(faker, 6)}`,
      trekkpliktig: options.trekkpliktig,
      skyldner: velg(faker, personer).identifikator,
      trekkstatus: aktiv ? 'aktiv' : 'avsluttet',
      trekkstoerrelseForPeriode: perioder(faker, foersteIMaaned(day + 20), aktiv),
      betalingsinformasjon: {
        betalingsmottaker: velg(faker, BETALINGSMOTTAKERE),
        kidnummer: generateKid(faker, { algorithm: 'MOD10' }),
        kontonummer: generateKontonummer(faker),
      },
    });
    sekvensnummer += heltall(faker, 1, 5);
  }
  return ut;
}

/**
 * The next version of an order: trekkversjon + 1, created later, with its periods revised or the order
 * ended. sekvensnummer is copied unchanged; the sandbox gives the published version a new one.
 */
export function nyVersjon(order: Trekkpaalegg, faker: Faker): Trekkpaalegg {
  const neste: Trekkpaalegg = structuredClone(order);
  neste.trekkversjon = order.trekkversjon + 1;
  const opprettetDag = dag(order.opprettet.slice(0, 10));
  neste.opprettet = tidspunkt(Math.min(opprettetDag + heltall(faker, 1, 60), dag('2039-12-31')), arbeidstid(faker));
  const perioder = neste.trekkstoerrelseForPeriode;
  const siste = perioder[perioder.length - 1];
  const start = dag(siste.startdato);
  if (order.trekkstatus === 'aktiv' && sjanse(faker, 0.3)) {
    // Ended: the open period gets an end date.
    neste.trekkstatus = 'avsluttet';
    if (siste.sluttdato === undefined) siste.sluttdato = dato(start + heltall(faker, 0, 90));
  } else {
    // Revised: a new period follows the last one, with a new amount or percentage.
    const fra = (siste.sluttdato !== undefined ? dag(siste.sluttdato) : start + heltall(faker, 27, 120)) + 1;
    if (siste.sluttdato === undefined) siste.sluttdato = dato(fra - 1);
    // Periods long past drop out, so an order never lists more than three.
    if (perioder.length >= 3) perioder.shift();
    perioder.push(periode(faker, fra, neste.trekkstatus === 'aktiv' ? undefined : fra + heltall(faker, 27, 180)));
  }
  return neste;
}

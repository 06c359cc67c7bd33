import type { Organisasjon, PartyRegistry } from '../../../generators/parties/index.ts';
import { dag } from '../../../generators/requests/kalender.ts';
import type { Trekkpaalegg, TrekkpaaleggFeed } from '../../state/trekkpaalegg.ts';
import { BOKSTAVER, type Bokstav } from './saker.ts';
import { seedAv, stroem, type Stroem } from './tilfeldig.ts';

// The coordinated withholding against one debtor, as far as the sandbox can know it: the orders its
// Trekkpålegg feed holds for the debtor, and a synthetic rest drawn from the debtor's number (other
// creditors' claims, child support, and orders when the feed has none in force). The made-up orders
// agree with how the trekk began (Status på sak's decision): a new utleggstrekk starts on the day it was
// decided, one the case joined (inntreden) was running before. Nothing is stored: the same debtor and
// start give the same trekk, so a reset has nothing to clear.

/** Another claim in the trekk, known to the asking creditor only as part of a sum. */
export interface AnnetKrav {
  prioritet: Bokstav;
  oere: number;
}

/** One period of an order; exactly one of the two sizes. */
export interface Trekkperiode {
  startdato: string;
  sluttdato?: string;
  trekkbeloepOere?: number;
  trekkprosent?: number;
}

/** The decision in force at one trekkpliktig. */
export interface Beslutning {
  trekkpliktig: string;
  perioder: Trekkperiode[];
  /** Day of month the trekkpliktig pays out, and the gross pay a percentage is taken of (øre). */
  utbetalingsdag: number;
  bruttoOere: number;
}

export interface Trekk {
  andreKrav: AnnetKrav[];
  /** Monthly child-support obligation covered by the trekk (c), in øre. */
  bidragOere?: number;
  beslutninger: Beslutning[];
}

export interface Trekkilder {
  trekkpaalegg: TrekkpaaleggFeed;
  parter: PartyRegistry;
}

// The synthetic orders begin inside the feed's window, so they are in force whatever the sandbox's clock says.
const FOERSTE_STARTDAG = dag('2024-01-01');
const SISTE_STARTDAG = dag('2025-06-01');

/** The day as YYYY-MM-DD; by Date, not the generators' table, since a decision's day follows the sandbox's clock wherever it is set. */
function iso(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

function foersteIMaaneden(day: number): number {
  return dag(`${iso(day).slice(0, 8)}01`);
}

function iKraft(t: Trekkpaalegg, idag: string): boolean {
  return t.trekkstatus === 'aktiv' && t.trekkstoerrelseForPeriode.some((p) => p.sluttdato === undefined || p.sluttdato >= idag);
}

function fraFeed(t: Trekkpaalegg): Trekkperiode[] {
  return [...t.trekkstoerrelseForPeriode]
    .sort((a, b) => (a.startdato < b.startdato ? -1 : a.startdato > b.startdato ? 1 : 0))
    .map((p) => ({
      startdato: p.startdato,
      ...(p.sluttdato !== undefined ? { sluttdato: p.sluttdato } : {}),
      ...(p.trekkbeloep ? { trekkbeloepOere: Math.round(p.trekkbeloep.trekkbeloep * 100) } : { trekkprosent: p.trekkprosent!.trekkprosent }),
    }));
}

function utbetaling(r: Stroem): Pick<Beslutning, 'utbetalingsdag' | 'bruttoOere'> {
  return { utbetalingsdag: r.heltall(5, 25), bruttoOere: r.heltall(28_000, 75_000) * 100 + r.heltall(0, 99) };
}

/**
 * The feed's orders in force for the debtor, the newest per trekkpliktig: a payer withholds by one
 * decision at a time. The feed keys orders by trekkpliktig, so every payer's list is read.
 */
function beslutningerIFeed(skyldner: string, kilder: Trekkilder, idag: string): Beslutning[] {
  const ut: Beslutning[] = [];
  for (const orgnr of kilder.trekkpaalegg.trekkpliktige()) {
    let nyeste: Trekkpaalegg | undefined;
    for (const t of kilder.trekkpaalegg.liste(orgnr)) {
      if (t.skyldner === skyldner && iKraft(t, idag) && (!nyeste || t.opprettet > nyeste.opprettet)) nyeste = t;
    }
    if (!nyeste) continue;
    const navn = kilder.parter.byId(orgnr);
    ut.push({
      trekkpliktig: navn?.type === 'organisasjon' ? navn.navn : orgnr,
      perioder: fraFeed(nyeste),
      ...utbetaling(stroem(seedAv('utbetaling', skyldner, orgnr))),
    });
  }
  return ut;
}

const utbetalere = new WeakMap<PartyRegistry, readonly Organisasjon[]>();

/** Employers for made-up orders: limited companies that have no feed in the sandbox, so no feed contradicts them. */
function utbetalereI(kilder: Trekkilder): readonly Organisasjon[] {
  let u = utbetalere.get(kilder.parter);
  if (!u) {
    const medFeed = new Set(kilder.trekkpaalegg.trekkpliktige());
    u = kilder.parter.organisations().filter((o) => (o.organisasjonsform === 'AS' || o.organisasjonsform === 'ASA') && !o.inkassobevilling && !medFeed.has(o.organisasjonsnummer));
    utbetalere.set(kilder.parter, u);
  }
  return u;
}

/** How the trekk against the debtor began: the first decision that put the asker's cases in it. */
export interface Trekkstart {
  /** The day of that decision (YYYY-MM-DD, Norway). */
  dag: string;
  /** True when it was a new utleggstrekk (the trekk starts then), false for inntreden in a running one. */
  nytt: boolean;
}

/**
 * One to three consecutive periods, the last one running on: from the day a new trekk was decided, or
 * for a running one from a first of the month before the case joined it.
 */
function syntetiskePerioder(r: Stroem, start: Trekkstart): Trekkperiode[] {
  const ut: Trekkperiode[] = [];
  const tidligst = foersteIMaaneden(r.heltall(FOERSTE_STARTDAG, SISTE_STARTDAG));
  // A running trekk began before the day the case joined it.
  let fra = start.nytt ? dag(start.dag) : Math.min(tidligst, foersteIMaaneden(dag(start.dag) - 1));
  const antall = r.heltall(1, 3);
  for (let i = 1; i <= antall; i++) {
    const stoerrelse = r.sjanse(0.6) ? { trekkbeloepOere: r.heltall(10, 120) * 5_000 } : { trekkprosent: r.heltall(50, 400) / 10 };
    if (i === antall) {
      ut.push({ startdato: iso(fra), ...stoerrelse });
      break;
    }
    const til = foersteIMaaneden(fra + r.heltall(40, 200)) - 1;
    ut.push({ startdato: iso(fra), sluttdato: iso(til), ...stoerrelse });
    fra = til + 1;
  }
  return ut;
}

function syntetiskeBeslutninger(skyldner: string, kilder: Trekkilder, start: Trekkstart): Beslutning[] {
  const pool = utbetalereI(kilder);
  if (pool.length === 0) return [];
  const r = stroem(seedAv('beslutning', skyldner));
  const antall = r.sjanse(0.2) ? 2 : 1;
  const brukt = new Set<string>();
  const ut: Beslutning[] = [];
  for (let i = 0; i < antall; i++) {
    const org = r.velg(pool);
    if (brukt.has(org.organisasjonsnummer)) continue;
    brukt.add(org.organisasjonsnummer);
    ut.push({ trekkpliktig: org.navn, perioder: syntetiskePerioder(r, start), ...utbetaling(stroem(seedAv('utbetaling', skyldner, org.organisasjonsnummer))) });
  }
  return ut;
}

/** Other creditors' claims in the trekk and the child support it covers; support comes with a claim of class a. */
function syntetiskeKrav(skyldner: string): Pick<Trekk, 'andreKrav' | 'bidragOere'> {
  const r = stroem(seedAv('andre krav', skyldner));
  const andreKrav: AnnetKrav[] = [];
  const antall = r.heltall(0, 4);
  for (let i = 0; i < antall; i++) andreKrav.push({ prioritet: r.velg(BOKSTAVER), oere: r.heltall(800, 180_000) * 100 + r.heltall(0, 99) });
  if (!r.sjanse(0.3)) return { andreKrav };
  andreKrav.push({ prioritet: 'a', oere: r.heltall(2_000, 60_000) * 100 + r.heltall(0, 99) });
  return { andreKrav, bidragOere: r.heltall(1_200, 6_500) * 100 + r.heltall(0, 99) };
}

/**
 * The trekk against a debtor (its party key, `NO:<number>` for a Norwegian one) on the day `idag`: the
 * feed's orders in force, else made-up ones from `start`; the made-up claims and support either way. The
 * feed knows debtors by Norwegian number only. A debtor the feed withheld from on the day of the decision
 * has inntreden, not a new trekk (livslop.ts), so the feed's older orders never contradict the decision.
 */
export function trekkFor(saksoekt: string, kilder: Trekkilder, idag: string, start: Trekkstart): Trekk {
  const feed = saksoekt.startsWith('NO:') ? beslutningerIFeed(saksoekt.slice(3), kilder, idag) : [];
  return { ...syntetiskeKrav(saksoekt), beslutninger: feed.length > 0 ? feed : syntetiskeBeslutninger(saksoekt, kilder, start) };
}

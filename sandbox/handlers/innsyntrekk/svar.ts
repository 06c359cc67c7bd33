import { kroner } from '../../../generators/requests/kalender.ts';
import { BOKSTAVER, type Bokstav, type KravISak } from './saker.ts';
import type { AnnetKrav, Beslutning, Trekk, Trekkperiode } from './trekk.ts';

// The answer of specs/innsyn-trekk.yaml (ResponsInnsynIEttTrekk) from the trekk and the asking
// creditor's claims. Amounts are whole øre until they are written, so sums are exact and every amount
// has at most two decimals; shares are whole hundredths of a percent.

const HELT = 10_000n; // 100.00 % in hundredths of a percent

/** One of the saksøker's claims as the answer names it. */
export type EgetKrav = Pick<KravISak, 'kravreferanse' | 'prioritet' | 'oere'> & { kravgrunnlagsidentifikator: string };

export interface Innsynsgrunnlag {
  /** The identifiers as the request gave them. */
  saksoeker: object;
  saksoekt: object;
  tidspunkt: string;
  idag: string;
  /** The pair's claims: the saksøker's in the innsender's cases against the saksøkt. */
  egne: EgetKrav[];
  /** Every other claim in the trekk: the innsender's other cases against the saksøkt and the rest. */
  andre: AnnetKrav[];
  trekk: Trekk;
}

const rang = (b: Bokstav) => BOKSTAVER.indexOf(b);

/**
 * Each claim's share of its priority group, by largest remainder, so the shares of one group add up to
 * exactly 100.00 %. BigInt: a claim of billions of kroner times 10 000 is past 2^53.
 */
function andeler(gruppe: number[]): number[] {
  const sum = gruppe.reduce((s, x) => s + BigInt(x), 0n);
  if (sum === 0n) return gruppe.map(() => 0);
  const hele = gruppe.map((x) => (BigInt(x) * HELT) / sum);
  const rest = gruppe.map((x, i) => ({ i, r: (BigInt(x) * HELT) % sum }));
  let igjen = Number(HELT - hele.reduce((s, x) => s + x, 0n));
  rest.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of rest) {
    if (igjen-- <= 0) break;
    hele[i] += 1n;
  }
  return hele.map((x) => Number(x) / 100);
}

/** kravet / (kravet + de andre) in percent, to the nearest hundredth. */
function andelAv(oere: number, andre: number): number {
  const total = BigInt(oere) + BigInt(andre);
  return total === 0n ? 0 : Number((BigInt(oere) * HELT * 2n + total) / (2n * total)) / 100;
}

function krav(g: Innsynsgrunnlag): Record<string, unknown>[] {
  const alle = [...g.egne.map((k) => ({ prioritet: k.prioritet, oere: k.oere })), ...g.andre];
  const sumPer = new Map<Bokstav, number>(BOKSTAVER.map((b) => [b, 0]));
  for (const k of alle) sumPer.set(k.prioritet, sumPer.get(k.prioritet)! + k.oere);
  // The asking creditor's own claims are the first of `alle`, in order; their shares of their group.
  const andelPerEget = new Map<number, number>();
  for (const b of BOKSTAVER) {
    const indekser = alle.map((k, i) => (k.prioritet === b ? i : -1)).filter((i) => i >= 0);
    const a = andeler(indekser.map((i) => alle[i].oere));
    indekser.forEach((i, n) => i < g.egne.length && andelPerEget.set(i, a[n]));
  }
  return g.egne.map((k, i) => {
    const ut: Record<string, unknown> = {
      ...(k.kravreferanse !== undefined ? { kravreferanse: k.kravreferanse } : {}),
      kravgrunnlagsidentifikator: k.kravgrunnlagsidentifikator,
      prioritetDekningsloven: k.prioritet,
    };
    const samme = sumPer.get(k.prioritet)! - k.oere;
    if (samme > 0) {
      ut.kravMedSammePrioritet = { detaljerAndreKravMedSammePrioritet: { sumGjenstaaendeBeloep: kroner(samme), kravetsAndel: andelPerEget.get(i)! } };
    }
    const bedre = BOKSTAVER.filter((b) => rang(b) < rang(k.prioritet)).reduce((s, b) => s + sumPer.get(b)!, 0);
    if (bedre > 0) {
      ut.kravMedHoeyerePrioritet = { detaljerAndreKravMedHoeyerePrioritet: { sumGjenstaaendeBeloep: kroner(bedre), kravetsAndel: andelAv(k.oere, bedre) } };
    }
    return ut;
  });
}

function periodeSvar(p: Trekkperiode): Record<string, unknown> {
  return {
    startdato: p.startdato,
    ...(p.sluttdato !== undefined ? { sluttdato: p.sluttdato } : {}),
    ...(p.trekkbeloepOere !== undefined
      ? { besluttetTrekkbeloep: { trekkbeloep: kroner(p.trekkbeloepOere) } }
      : { besluttetTrekkprosent: { trekkprosent: p.trekkprosent } }),
  };
}

/** The periods in force today or later (e), per trekkpliktig; a trekkpliktig with none left is not shown. */
function besluttet(beslutninger: Beslutning[], idag: string): Record<string, unknown>[] {
  return beslutninger
    .map((b) => ({ trekkpliktig: b.trekkpliktig, besluttetTrekkstoerrelseForPeriode: b.perioder.filter((p) => p.sluttdato === undefined || p.sluttdato >= idag).map(periodeSvar) }))
    .filter((b) => b.besluttetTrekkstoerrelseForPeriode.length > 0);
}

/** The same day a month earlier, or the month's last day when it is shorter (31 March → 28/29 February). */
export function enMaanedFoer(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const aar = m === 1 ? y - 1 : y;
  const maaned = m === 1 ? 12 : m - 1;
  const sisteDag = new Date(Date.UTC(aar, maaned, 0)).getUTCDate();
  return `${aar}-${String(maaned).padStart(2, '0')}-${String(Math.min(d, sisteDag)).padStart(2, '0')}`;
}

function periodeFor(b: Beslutning, iso: string): Trekkperiode | undefined {
  return b.perioder.find((p) => p.startdato <= iso && (p.sluttdato === undefined || iso <= p.sluttdato));
}

/**
 * What was received from one month back to today (d): each trekkpliktig pays once a month on its day,
 * the period in force then deciding the amount (a fixed amount, or the percentage of its gross pay).
 * Amounts received the same day are one entry.
 */
function mottatt(beslutninger: Beslutning[], idag: string): Record<string, unknown> {
  const fra = enMaanedFoer(idag);
  const perDag = new Map<string, number>();
  for (const b of beslutninger) {
    // The window touches at most two calendar months: the one of `fra` and the one of `idag`.
    for (const maaned of new Set([fra.slice(0, 7), idag.slice(0, 7)])) {
      const [y, m] = maaned.split('-').map(Number);
      const sisteDag = new Date(Date.UTC(y, m, 0)).getUTCDate();
      const iso = `${maaned}-${String(Math.min(b.utbetalingsdag, sisteDag)).padStart(2, '0')}`;
      if (iso < fra || iso > idag) continue;
      const p = periodeFor(b, iso);
      if (!p) continue;
      const oere = p.trekkbeloepOere ?? Math.round((b.bruttoOere * p.trekkprosent!) / 100);
      if (oere > 0) perDag.set(iso, (perDag.get(iso) ?? 0) + oere);
    }
  }
  const datoer = [...perDag.keys()].sort();
  return {
    startdato: fra,
    sluttdato: idag,
    mottattTrekkbeloepDato: datoer.map((d) => ({ dato: d, mottattTrekkbeloep: { trekkbeloep: kroner(perDag.get(d)!) } })),
  };
}

export function innsynssvar(g: Innsynsgrunnlag): Record<string, unknown> {
  const svar: Record<string, unknown> = {
    saksoekt: g.saksoekt,
    saksoeker: g.saksoeker,
    tidspunktForInnsynsforespoersel: g.tidspunkt,
    saksoekersKravIEttTrekk: krav(g),
  };
  if (g.trekk.bidragOere !== undefined) svar.dekningAvUforfalteBidragskrav = { maanedligBidragsforpliktelse: kroner(g.trekk.bidragOere) };
  svar.besluttetTrekkPerTrekkpliktig = besluttet(g.trekk.beslutninger, g.idag);
  svar.mottattTrekkbeloepSistePeriode = mottatt(g.trekk.beslutninger, g.idag);
  return svar;
}

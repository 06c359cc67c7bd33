import {
  checkKid,
  checkKontonummer,
  checkOrganisasjonsnummer,
  checkPersonidentifikator,
} from '../../generators/identifiers/index.ts';

/** The fields of a Trekkpålegg the invariants and the paging check read; the schema checks the rest. */
export interface Trekk {
  trekkid: string;
  trekkversjon: number;
  sekvensnummer: number;
  trekkpliktig?: string;
  skyldner?: string;
  trekkstoerrelseForPeriode?: Array<{
    startdato?: string;
    sluttdato?: string;
    trekkbeloep?: { trekkbeloep?: number };
    trekkprosent?: { trekkprosent?: number };
  }>;
  betalingsinformasjon?: { betalingsmottaker?: string; kidnummer?: string; kontonummer?: string };
}

export interface InvariantOptions {
  /** The organisation the token acts for; every order must name it as trekkpliktig. */
  trekkpliktig?: string;
}

/**
 * Business rules the schema cannot express, for one order. Returns one line per broken rule, each
 * naming the order and the field, so a failing test shows every problem at once.
 */
export function trekkBrudd(trekk: Trekk, options: InvariantOptions = {}): string[] {
  const at = `trekk ${trekk.trekkid} v${trekk.trekkversjon}`;
  const brudd: string[] = [];
  const perioder = trekk.trekkstoerrelseForPeriode ?? [];
  perioder.forEach((p, i) => {
    const sti = `${at} /trekkstoerrelseForPeriode/${i}`;
    const harBeloep = p.trekkbeloep !== undefined;
    const harProsent = p.trekkprosent !== undefined;
    if (harBeloep === harProsent) {
      brudd.push(`${sti}: must give exactly one of trekkbeloep and trekkprosent, gives ${harBeloep ? 'both' : 'neither'}`);
    }
    const prosent = p.trekkprosent?.trekkprosent;
    if (harProsent && (typeof prosent !== 'number' || prosent < 0 || prosent > 100)) {
      brudd.push(`${sti}/trekkprosent/trekkprosent: must be a percentage 0–100, got ${JSON.stringify(prosent)}`);
    }
    if (p.startdato && p.sluttdato && p.sluttdato < p.startdato) {
      brudd.push(`${sti}: sluttdato ${p.sluttdato} is before startdato ${p.startdato}`);
    }
  });
  // The employer picks "the period that covers the payment date": two periods covering one day leave that ambiguous.
  const sortert = [...perioder.filter((p) => p.startdato)].sort((a, b) => a.startdato!.localeCompare(b.startdato!));
  for (let i = 1; i < sortert.length; i++) {
    const forrige = sortert[i - 1];
    if (forrige.sluttdato === undefined || forrige.sluttdato >= sortert[i].startdato!) {
      brudd.push(`${at} /trekkstoerrelseForPeriode: the period from ${forrige.startdato} overlaps the one from ${sortert[i].startdato}`);
    }
  }

  const sjekk = (felt: string, verdi: string | undefined, result: { valid: boolean; reason?: string }) => {
    if (verdi !== undefined && !result.valid) brudd.push(`${at} /${felt}: ${JSON.stringify(verdi)} ${result.reason}`);
  };
  const betaling = trekk.betalingsinformasjon ?? {};
  if (betaling.kidnummer !== undefined) sjekk('betalingsinformasjon/kidnummer', betaling.kidnummer, checkKid(betaling.kidnummer));
  if (betaling.kontonummer !== undefined) sjekk('betalingsinformasjon/kontonummer', betaling.kontonummer, checkKontonummer(betaling.kontonummer));
  if (betaling.betalingsmottaker !== undefined) {
    sjekk('betalingsinformasjon/betalingsmottaker', betaling.betalingsmottaker, checkOrganisasjonsnummer(betaling.betalingsmottaker));
  }
  if (trekk.skyldner !== undefined) sjekk('skyldner', trekk.skyldner, checkPersonidentifikator(trekk.skyldner));
  if (trekk.trekkpliktig !== undefined) {
    sjekk('trekkpliktig', trekk.trekkpliktig, checkOrganisasjonsnummer(trekk.trekkpliktig));
    if (options.trekkpliktig && trekk.trekkpliktig !== options.trekkpliktig) {
      brudd.push(`${at} /trekkpliktig: is ${trekk.trekkpliktig}, but the token acts for ${options.trekkpliktig}`);
    }
  }
  return brudd;
}

export interface Side {
  fraSekvensnummer: number;
  elementer: Trekk[];
}

export interface Bladingsresultat {
  /** Every order in the order the pages delivered them. */
  elementer: Trekk[];
  sider: Side[];
  /** Broken paging rules; empty when the feed paged correctly. */
  problemer: string[];
}

/**
 * Pages through the feed the documented way: start at `start`, ask again from the highest
 * sekvensnummer of the last page, stop when a page holds fewer than `maksAntall`. Checks the cursor
 * contract on the way: pages no longer than asked, every item after the cursor, each order once.
 * Order inside a page is not checked, since the documentation promises none.
 */
export async function blaGjennom(
  hentSide: (fraSekvensnummer: number) => Promise<Trekk[]>,
  maksAntall: number,
  { start = 0, maksSider = 10_000 }: { start?: number; maksSider?: number } = {},
): Promise<Bladingsresultat> {
  const elementer: Trekk[] = [];
  const sider: Side[] = [];
  const problemer: string[] = [];
  const sett = new Map<string, number>();
  let fra = start;
  for (;;) {
    if (sider.length >= maksSider) {
      problemer.push(`the feed did not end within ${maksSider} pages`);
      break;
    }
    const side = await hentSide(fra);
    if (!Array.isArray(side)) {
      problemer.push(`page from ${fra} is not a list`);
      break;
    }
    sider.push({ fraSekvensnummer: fra, elementer: side });
    if (side.length > maksAntall) problemer.push(`page from ${fra} has ${side.length} orders, more than maksAntall ${maksAntall}`);
    for (const t of side) {
      if (!(t.sekvensnummer > fra)) problemer.push(`page from ${fra} holds ${t.trekkid} with sekvensnummer ${t.sekvensnummer}, not after the cursor`);
      const tidligere = sett.get(t.trekkid);
      if (tidligere !== undefined) problemer.push(`${t.trekkid} arrived twice (pages from ${tidligere} and ${fra})`);
      else sett.set(t.trekkid, fra);
      elementer.push(t);
    }
    if (side.length < maksAntall) break;
    const neste = Math.max(...side.map((t) => t.sekvensnummer));
    if (!(neste > fra)) {
      problemer.push(`a full page from ${fra} does not move the cursor (highest sekvensnummer ${neste})`);
      break;
    }
    fra = neste;
  }
  return { elementer, sider, problemer };
}

/** Orders keyed the way the feed identifies them, for comparing two fetches regardless of order. */
export function etterSekvensnummer(liste: Trekk[]): Trekk[] {
  return [...liste].sort((a, b) => a.sekvensnummer - b.sekvensnummer);
}

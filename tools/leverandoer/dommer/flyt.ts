import { iOvergangsperioden } from '../../../src/spec/gammelt-regelverk.ts';
import type { Funn, Utvekslingspost, Valg } from '../post.ts';
import { SKRIVEOPERASJONER } from './foresporsel.ts';

/** One walk through the trekkpålegg feed: from a first page to a page with fewer than maksAntall. */
export interface Vandring {
  org: string;
  sider: number[];
  /** True once a page with fewer than maksAntall (or without maksAntall) came back. */
  ferdig: boolean;
  funn: number;
}

interface Feed {
  /** Set while the last page was full: the next call must start from its last sekvensnummer. */
  forventet?: number;
  iGang: boolean;
  sett: Map<number, number>;
  sisteNr: number;
  vandring?: Vandring;
}

const sekunder = (p: Utvekslingspost) => Date.parse(p.tid) / 1000;

/**
 * The workflows of a session: a rejected body is corrected before it is sent again; attachments are
 * uploaded before the petition that references them; valider before sendInn (when the supplier says it
 * does so); Betjeningskartet asked the same day before a submission in the transition period; the status
 * of a case polled no more often than the chosen interval; the trekkpålegg feed paged from the last
 * sekvensnummer until a short page, nothing fetched twice or skipped. Judged from the facts alone.
 */
export class Flytdommer {
  private readonly avvist = new Map<string, number>();
  private readonly validert = new Map<string, number>();
  private readonly opplastet = new Map<string, number>();
  readonly innsendt = new Map<string, number>();
  private readonly regelverk = new Map<string, { dag: string; nr: number }>();
  private readonly statusSist = new Map<string, { t: number; nr: number }>();
  private readonly feeder = new Map<string, Feed>();
  readonly vandringer: Vandring[] = [];

  constructor(private readonly valg: Valg) {}

  observer(p: Utvekslingspost): Funn[] {
    const op = p.operasjon;
    if (!op) return [];
    const ut: Funn[] = [];
    const legg = (sjekk: string, melding: string, alvor: Funn['alvor'] = 'feil', se?: number[]) =>
      ut.push({ sjekk, kategori: 'flyt', alvor, nr: p.nr, melding, ...(se?.length ? { se } : {}), omfang: 'oekt' });
    const status = p.svar?.status;
    const f = p.fakta;

    if (op.api === 'utleggsbegjaering' && SKRIVEOPERASJONER[op.operationId] && f.begjaering) {
      const b = f.begjaering;
      const noekkel = `${op.operationId === 'endreUtleggsbegjaering' ? f.begjaeringId ?? '' : ''}|${b.hash}`;
      const tidligere = this.avvist.get(noekkel);
      if (tidligere !== undefined) legg('flyt.sammeKroppEtterAvvisning', `the same petition as exchange #${tidligere}, which was rejected, sent again unchanged; correct it first`, 'feil', [tidligere]);
      if (op.operationId === 'sendInnUtleggsbegjaering' && this.valg.validerFoerInnsending && !this.validert.has(b.hash)) {
        legg('flyt.ikkeValidertFoerst', 'submitted without a valider of the same petition first (the supplier says its system validates before it submits)');
      }
      if (op.operationId !== 'validerUtleggsbegjaering') {
        const mangler = b.vedlegg.filter((uuid) => !this.opplastet.has(uuid));
        if (mangler.length) {
          legg('flyt.vedleggIkkeLastetOpp', `${mangler.length} of the ${b.vedlegg.length} attachments the petition references ${mangler.length === 1 ? 'was' : 'were'} not uploaded earlier in this recording (${mangler.slice(0, 3).join(', ')}${mangler.length > 3 ? ', …' : ''}); upload each attachment before the petition that references it`);
        }
      }
      if (op.operationId === 'sendInnUtleggsbegjaering' && iOvergangsperioden(f.dag)) {
        const usjekket = b.saksoekte.filter((h) => this.regelverk.get(h)?.dag !== f.dag);
        if (usjekket.length) {
          legg('flyt.betjeningskartetIkkeSjekket', `${usjekket.length} of the ${b.saksoekte.length} saksøkte ${usjekket.length === 1 ? 'was' : 'were'} not looked up in Betjeningskartet today before the submission; in the transition period a petition against a debtor on the old rules belongs in ELSA`);
        }
      }
      if (status === 400 || status === 422) this.avvist.set(noekkel, p.nr);
      if (status === 204 && op.operationId === 'validerUtleggsbegjaering') this.validert.set(b.hash, p.nr);
      if (status === 201 && op.operationId === 'sendInnUtleggsbegjaering' && f.begjaeringId) this.innsendt.set(f.begjaeringId, p.nr);
    }

    if (op.operationId === 'lastOppVedlegg' && status === 201 && f.vedlegg) this.opplastet.set(f.vedlegg.uuid, p.nr);
    if (op.api === 'betjeningskartet' && status === 200) for (const h of f.regelverk ?? []) this.regelverk.set(h, { dag: f.dag, nr: p.nr });

    if (op.api === 'statuspaasak' && f.statusreferanse !== undefined && status !== undefined) {
      const t = sekunder(p);
      const forrige = this.statusSist.get(f.statusreferanse);
      if (forrige && t - forrige.t < this.valg.statusintervallSekunder) {
        legg('flyt.statusForOfte', `the status of ${f.statusreferanse} was polled ${(t - forrige.t).toFixed(1)} s after exchange #${forrige.nr}; poll one case at most every ${this.valg.statusintervallSekunder} s (our choice: no page gives an interval)`, 'feil', [forrige.nr]);
      }
      this.statusSist.set(f.statusreferanse, { t, nr: p.nr });
    }

    if (op.operationId === 'hentTrekkpaalegg' && status === 200 && f.trekkside) ut.push(...this.side(p, legg));
    return ut;
  }

  private side(p: Utvekslingspost, legg: (sjekk: string, melding: string, alvor?: Funn['alvor'], se?: number[]) => void): Funn[] {
    const side = p.fakta.trekkside!;
    const org = p.fakta.token?.org ?? '(ukjent)';
    let feed = this.feeder.get(org);
    if (!feed) this.feeder.set(org, (feed = { iGang: false, sett: new Map(), sisteNr: p.nr }));
    const fra = side.fra ?? 0;
    let funnet = false;
    if (feed.forventet !== undefined) {
      const hvor = feed.iGang ? `the last page (exchange #${feed.sisteNr}) was full and ended at sekvensnummer ${feed.forventet}` : `the last walk ended at sekvensnummer ${feed.forventet}`;
      if (fra < feed.forventet) {
        legg('flyt.feedHentetToGanger', `fraSekvensnummer=${fra}, but ${hvor}: orders after ${fra} are fetched again; continue from the last sekvensnummer`, 'feil', [feed.sisteNr]);
        funnet = true;
      } else if (fra > feed.forventet) {
        legg('flyt.feedHoppetOver', `fraSekvensnummer=${fra}, but ${hvor}: orders after ${feed.forventet} up to ${fra} are missed`, 'feil', [feed.sisteNr]);
        funnet = true;
      }
    }
    const igjen = side.sekvens.filter((s) => feed!.sett.has(s));
    if (igjen.length && !funnet) {
      legg('flyt.feedHentetToGanger', `${igjen.length} orders of this page were fetched before (first in exchange #${feed.sett.get(igjen[0])})`, 'feil', [feed.sett.get(igjen[0])!]);
      funnet = true;
    }
    for (const s of side.sekvens) if (!feed.sett.has(s)) feed.sett.set(s, p.nr);
    if (!feed.iGang || !feed.vandring) {
      feed.vandring = { org, sider: [], ferdig: false, funn: 0 };
      this.vandringer.push(feed.vandring);
    }
    feed.vandring.sider.push(p.nr);
    if (funnet) feed.vandring.funn++;
    const full = side.maks !== undefined && side.sekvens.length >= side.maks;
    feed.forventet = side.sekvens.length ? Math.max(...side.sekvens) : Math.max(fra, feed.forventet ?? fra);
    feed.iGang = full;
    feed.sisteNr = p.nr;
    if (!full) feed.vandring.ferdig = true;
    return [];
  }

  /** What only the end of a session shows: a feed left after a full page. */
  avslutt(): Funn[] {
    const ut: Funn[] = [];
    for (const [org, feed] of this.feeder) {
      if (!feed.iGang) continue;
      ut.push({
        sjekk: 'flyt.feedIkkeTilSlutten', kategori: 'flyt', alvor: 'advarsel', nr: feed.sisteNr, omfang: 'oekt',
        melding: `the last page of the trekkpålegg feed for ${org} was full (as many orders as maksAntall) and the next page was never fetched; page until fewer than maksAntall come back`,
      });
    }
    return ut;
  }
}

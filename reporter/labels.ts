import type { Tekster } from './tekster.ts';
import { harTestkjoering } from './visning.ts';
import type { Feltendring, Katalogendringer, Regelkatalogresultat, Sertifiseringsrapport } from './types.ts';

/** Display names of the APIs: product names, the same in every language. */

export const API_TEKST: Record<string, string> = {
  utleggsbegjaering: 'Utleggsbegjæring',
  trekkpaalegg: 'Trekkpålegg',
  kravogbetalinger: 'Krav og betalinger',
  betjeningskartet: 'Betjeningskartet',
  statuspaasak: 'Status på sak',
  innsyntrekk: 'Innsyn i ett trekk',
};

/** "Utleggsbegjæring v2 (datamodell 2.1)", or without the parenthesis for a version that names no data model. */
export function versjonTekst(t: Tekster, api: string, versjon: string, datamodell: string | null): string {
  return `${API_TEKST[api] ?? api} ${versjon}${datamodell ? ` (${t.datamodell(datamodell)})` : ''}`;
}

/** "Utleggsbegjæring v2 (datamodell 2.1): 72 regelkoder". */
export function regelkatalogTekst(t: Tekster, k: Pick<Regelkatalogresultat, 'versjon' | 'datamodell' | 'regler'>): string {
  return `${versjonTekst(t, 'utleggsbegjaering', k.versjon, k.datamodell)}: ${t.regelkoder(k.regler.length)}`;
}

export function feltTekst(t: Tekster, felt: Feltendring['felt']): string {
  return t.felt[felt];
}

export function feltverdi(t: Tekster, v: string | boolean): string {
  return typeof v === 'boolean' ? (v ? t.ja : t.nei) : v;
}

/** "Utleggsbegjæring v1 → v2 (49 → 72 regelkoder): 23 nye, 0 fjernet, 2 endret". */
export function katalogendringTekst(t: Tekster, e: Katalogendringer): string {
  return t.katalogendring(e.fra, e.til, e.antall.fra, e.antall.til, e.lagtTil.length, e.fjernet.length, e.endret.length);
}

/** "Send inn en utleggsbegjæring (POST /api/utleggsbegjaering/v2/utleggsbegjaering)": words first, then the path. */
export function operasjonTekst(o: { navn: string | null; metode: string; sti: string; operationId: string }): string {
  return `${o.navn ?? o.operationId} (${o.metode} ${o.sti})`;
}

export interface Hullgruppe {
  tittel: string;
  operasjoner: string[] | null;
  statuser: string[] | null;
  regler: string[] | null;
}

/**
 * The gaps grouped per (api, version), each Utleggsbegjæring catalog's unreached codes under its own
 * version (also when that version's matrix is missing), so the HTML page and the Markdown file agree.
 * null: the list does not apply to the group (no matrix, or no catalog).
 */
export function hullGrupper(t: Tekster, r: Sertifiseringsrapport): Hullgruppe[] {
  const katalog = (versjon: string) => r.regelkataloger.find((k) => k.versjon === versjon);
  const grupper: Hullgruppe[] = r.hull.dekning.map((h) => {
    const d = r.dekning.find((m) => m.api === h.api && m.versjon === h.versjon);
    const regler = h.api === 'utleggsbegjaering' && katalog(h.versjon) ? r.hull.regler.find((x) => x.versjon === h.versjon)?.koder ?? [] : null;
    return {
      tittel: versjonTekst(t, h.api, h.versjon, d?.datamodell ?? null),
      operasjoner: h.operasjoner.map(operasjonTekst),
      statuser: h.statuser.map((s) => `${operasjonTekst(s)}: ${s.status}`),
      regler,
    };
  });
  for (const x of r.hull.regler) {
    if (!r.hull.dekning.some((h) => h.api === 'utleggsbegjaering' && h.versjon === x.versjon)) {
      // No matrix for this version (its document could not be read): its operations are unknown, not "none".
      grupper.push({ tittel: versjonTekst(t, 'utleggsbegjaering', x.versjon, katalog(x.versjon)?.datamodell ?? null), operasjoner: null, statuser: null, regler: x.koder });
    }
  }
  return grupper;
}

export function ikkeTestbarTekst(i: Sertifiseringsrapport['hull']['ikkeTestbare'][number]): string {
  return `${i.versjon ? `Utleggsbegjæring ${i.versjon}: ` : ''}${i.kode}: ${i.grunner.join('; ')}`;
}

/** Local time in Norway with the offset spelled out, so the reader need not convert from UTC. */
export function tidspunkt(t: Tekster, iso: string): string {
  const d = new Date(iso);
  const local = new Intl.DateTimeFormat(t.locale, { timeZone: 'Europe/Oslo', dateStyle: 'long', timeStyle: 'medium' }).format(d);
  return `${local} (${t.tidssone}; ${iso})`;
}

export function varighet(t: Tekster, ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} ${t.varighet.s}`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} ${t.varighet.min} ${s % 60} ${t.varighet.s}` : `${Math.floor(m / 60)} ${t.varighet.t} ${m % 60} ${t.varighet.min}`;
}

export function totaltLinjer(t: Tekster, r: Sertifiseringsrapport): [string, number][] {
  const x = r.totalt;
  return [x.tester, x.bestaatt, x.feilet, x.hoppetOver, x.ustabil, x.ikkeKjoert].map((n, i) => [t.totalt[i], n]);
}

export function dekningsgrad(r: Sertifiseringsrapport): { celler: number; testet: number } {
  const celler = r.dekning.flatMap((a) => a.operasjoner.flatMap((o) => o.statuser));
  return { celler: celler.length, testet: celler.filter((c) => c.testet).length };
}

/** The facts of a run, as label/value rows: the same in the HTML page and the Markdown file. */
export function kjoeringsfakta(t: Tekster, r: Sertifiseringsrapport): [string, string][] {
  const grad = dekningsgrad(r);
  const m = r.miljoe;
  return [
    [t.fakta.miljoe, m.navn],
    [t.fakta.baseUrl, m.baseUrl],
    ...(m.maskinporten ? [[t.fakta.maskinporten, m.maskinporten] as [string, string]] : []),
    [t.fakta.leverandoer, m.sandkassensTestklient ? t.fakta.ingenLeverandoer(null) : (m.leverandoerOrg ?? t.fakta.ikkeOppgitt)],
    [t.fakta.start, tidspunkt(t, r.tid.start)],
    [t.fakta.slutt, tidspunkt(t, r.tid.slutt)],
    [t.fakta.varighet, varighet(t, r.tid.varighetMs)],
    // A recording alone has no test run: no run status, no coverage of the suite's matrix to claim.
    ...(harTestkjoering(r)
      ? ([
          [t.fakta.status, t.kjoeringsstatus[r.kjoeringsstatus] ?? r.kjoeringsstatus],
          [t.fakta.dekning, t.fakta.av(grad.testet, grad.celler)],
        ] as [string, string][])
      : []),
  ];
}

/** What ties the run to one state of the suite, as label/value rows. */
export function grunnlagsfakta(t: Tekster, r: Sertifiseringsrapport): [string, string][] {
  const k = r.kjoering;
  const g = t.grunnlag;
  const p = k.prosjekt;
  const commit = p.commit ? `${p.commit} (${p.endret === null ? g.ukjent : p.endret ? g.endret : g.uendret})` : g.ukjentCommit;
  const parter = !k.parter
    ? g.ukjent
    : k.parter.kilde === 'generert'
      ? g.generert(k.parter.froe)
      : g.fil(k.parter.sti, k.parter.filer.map((f) => `${f.format}: ${f.antall}`).join(', '), k.parter.personer, k.parter.organisasjoner);
  // A recording judged by the suite: its version and commit and Node tie it down; seed, filters, parties and Playwright were not used.
  if (!harTestkjoering(r)) return [[g.prosjekt, `${p.navn}${p.versjon ? ` ${p.versjon}` : ''}`], [g.commit, commit], [g.node, k.node ?? g.ukjent], [g.playwright, t.leverandoer.ikkeKjoert]];
  return [
    [g.prosjekt, `${p.navn}${p.versjon ? ` ${p.versjon}` : ''}`],
    [g.commit, commit],
    [g.froe, k.froe === null ? g.ukjent : String(k.froe)],
    [g.filtre, k.filtre.length ? k.filtre.map(filterTekst).join('; ') : g.ingenFiltre],
    [g.parter, parter],
    [g.node, k.node ?? g.ukjent],
    [g.playwright, k.playwright ?? g.ukjent],
  ];
}

/** `--grep @smoke`, `CONFORMANCE_UTLEGGSBEGJAERING_VERSION=v1`, or a file filter as given. */
export function filterTekst(f: { navn: string; verdi: string }): string {
  if (!f.navn) return f.verdi;
  if (f.navn.startsWith('CONFORMANCE_')) return `${f.navn}=${f.verdi}`;
  return f.verdi ? `${f.navn} ${f.verdi}` : f.navn;
}

/** The document's source, in words. */
export function kildeTekst(t: Tekster, publisert: boolean | undefined): string {
  return publisert ? t.spesifikasjoner.publisert : t.spesifikasjoner.rekonstruksjon;
}

/** A catalog code's meaning: the catalog's own, else what its HTTP status says. */
export function kodeBetydning(t: Tekster, betydning: string | null, status: number): string {
  return betydning && betydning.trim() ? betydning : t.koder.statusBetydning(status);
}

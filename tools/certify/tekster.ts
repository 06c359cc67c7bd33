import type { Kategori } from '../leverandoer/post.ts';
import type { Scenarioresultat } from '../leverandoer/scenarier.ts';
import type { Leverandoerrapport, Rapportfunn } from './modell.ts';
import type { Leverandoersjekkpunkt } from './sjekkliste.ts';

/**
 * The words and the look of the supplier summary, kept apart from the suite's reporter (tests/reporters/,
 * being moved) until the two are merged: the same labels and the same CSS, copied, not imported.
 */
export const TITTEL = 'Leverandørsystemets kjøring';

export const API_TEKST: Record<string, string> = {
  utleggsbegjaering: 'Utleggsbegjæring',
  trekkpaalegg: 'Trekkpålegg',
  kravogbetalinger: 'Krav og betalinger',
  betjeningskartet: 'Betjeningskartet',
  statuspaasak: 'Status på sak',
  innsyntrekk: 'Innsyn i ett trekk',
};

export const RESULTAT_TEKST: Record<Leverandoersjekkpunkt['resultat'], string> = {
  bestaatt: 'bestått', feilet: 'feilet', ikkeDekket: 'ikke dekket av opptaket', ikkeAktuelt: 'ikke aktuelt',
};

export const SCENARIO_TEKST: Record<Scenarioresultat, string> = { vist: '✓ vist', feilet: '✗ feilet', ikkeVist: '– ikke vist' };

export const KATEGORI_TEKST: Record<Kategori, string> = {
  kontrakt: 'API-dokumentet', regel: 'Regelkatalogen', syntetisk: 'Syntetiske data', maskinporten: 'Maskinporten', flyt: 'Arbeidsflyt', svar: 'Miljøets svar',
};

export const KILDE_TEKST = { foresporsel: 'forespørselen (dømt av opptaket)', svar: 'miljøets 422-svar' } as const;

const MODUS_TEKST = { sandkasse: 'sandkassen (npm run sandbox -- --record)', proxy: 'proxyen (npm run proxy)' } as const;

/** Label/value rows of the run, the same in Markdown and HTML. */
export function fakta(r: Leverandoerrapport): [string, string][] {
  const t = r.totalt;
  return [
    ['Opptatt gjennom', [...new Set(r.opptak.map((o) => MODUS_TEKST[o.modus]))].join(', ')],
    ['Mål', [...new Set(r.opptak.map((o) => o.maal))].join(', ')],
    ['Dokumentasjon mot Skatteetaten', r.miljoe.bevis ? 'ja' : 'nei (se merknaden)'],
    ['Økter', String(r.opptak.length)],
    ['Utvekslinger', `${t.utvekslinger} (${t.operasjonskall} kall til API-ene${t.utenSvar ? `, ${t.utenSvar} uten svar` : ''})`],
    ['Feil i leverandørsystemets forespørsler og flyt', String(t.feil)],
    ['Advarsler', String(t.advarsler)],
    ['Avvik i miljøets svar', r.opptak.some((o) => o.modus === 'proxy') ? String(t.miljoeavvik) : 'ikke sjekket (svarene kom fra sandkassen)'],
    ['Statusintervall', `${r.valg.statusintervallSekunder} s mellom to spørringer om samme sak (vårt valg: ingen side oppgir et intervall)`],
    ['Tokenmargin', `et nytt token mens det forrige har mer enn ${r.valg.tokenmarginSekunder} s igjen, er et bortkastet grant (vårt valg)`],
    ['Valider før innsending', r.valg.validerFoerInnsending ? 'ja: leverandøren oppgir at systemet validerer før det sender inn' : 'ikke krevd (leverandøren har ikke oppgitt det)'],
  ];
}

/** The findings grouped by exchange, in order; end-of-session findings last. */
export interface Funngruppe { utveksling: string; foresporsel: string | null; status: number | null; curl: string | null; slutt: boolean; funn: Rapportfunn[] }

export function perUtveksling(funn: readonly Rapportfunn[]): Funngruppe[] {
  const grupper = new Map<string, Funngruppe>();
  for (const f of funn) {
    const key = `${f.utveksling}|${f.slutt}`;
    let g = grupper.get(key);
    if (!g) grupper.set(key, (g = { utveksling: f.utveksling, foresporsel: f.foresporsel, status: f.status, curl: f.curl, slutt: f.slutt, funn: [] }));
    g.funn.push(f);
  }
  const alle = [...grupper.values()];
  return [...alle.filter((g) => !g.slutt), ...alle.filter((g) => g.slutt)];
}

export function tidspunkt(iso: string): string {
  const local = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', dateStyle: 'long', timeStyle: 'medium' }).format(new Date(iso));
  return `${local} (norsk tid; ${iso})`;
}

/** The reporter's look (tests/reporters/write-html.ts), copied so the two pages match. */
export const CSS = `
:root{--ok:#1b7f3b;--fail:#b42318;--skip:#9a6700;--none:#6b7280;--line:#d0d7de;--bg:#f6f8fa}
*{box-sizing:border-box}body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1f2328;background:#fff}
main{max-width:1180px;margin:0 auto;padding:24px}h1{font-size:26px;margin:0 0 4px}h2{font-size:20px;margin:32px 0 10px;border-bottom:1px solid var(--line);padding-bottom:4px}h3{font-size:16px;margin:18px 0 6px}h4{font-size:14px;margin:12px 0 4px}
.banner{border:2px solid var(--fail);background:#fff1f0;padding:12px 16px;border-radius:6px;margin:14px 0;font-size:16px}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;margin:12px 0}.facts dt{font-weight:600}.facts dd{margin:0;word-break:break-all}
table{border-collapse:collapse;width:100%;margin:6px 0 12px;font-size:14px}th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}th{background:var(--bg)}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:13px;white-space:nowrap}.badge.bestaatt,.badge.vist{background:#dafbe1;color:var(--ok)}.badge.feilet{background:#ffebe9;color:var(--fail)}.badge.ikkeAktuelt{background:#fff8c5;color:var(--skip)}.badge.ikkeDekket,.badge.ikkeVist{background:#eaeef2;color:var(--none)}
.badge.feil{background:#ffebe9;color:var(--fail)}.badge.advarsel{background:#fff8c5;color:var(--skip)}
pre{background:var(--bg);border:1px solid var(--line);border-radius:6px;padding:8px;overflow-x:auto;white-space:pre-wrap;word-break:break-word;font-size:12.5px}
code{font-size:13px}summary{cursor:pointer;margin:6px 0}.muted{color:var(--none)}.failure{border-left:4px solid var(--fail);padding-left:12px;margin:14px 0}
`;

import { tekster, type Tekster } from './tekster.ts';
import type { Bevisfil, Leverandoerrapport, Sertifiseringsrapport } from './types.ts';

/** A test as a reader knows it: its project and title, without the source file its id carries. */
export function testnavn(r: Sertifiseringsrapport, id: string): string {
  const test = r.tester.find((x) => x.id === id);
  return test ? `${test.prosjekt ? `${test.prosjekt} › ` : ''}${test.tittel}` : id;
}

/**
 * The evidence files worth a row on the page (JUnit, the report's own pages); the report's data and
 * attachments, often hundreds of files, are counted in one line and listed in summary.json.
 */
export function bevisVisning(r: Sertifiseringsrapport): { rader: Bevisfil[]; utelatt: string | null } {
  const hoved = (b: Bevisfil) => !b.fil.includes('/data/') && !b.fil.includes('/trace/');
  const rader = r.bevis.filter(hoved);
  const resten = r.bevis.filter((b) => !hoved(b));
  return { rader, utelatt: resten.length ? tekster(r.spraak).bevis.utelatt(resten.length, resten.reduce((s, b) => s + b.bytes, 0)) : null };
}

/** True when the summary has a test run behind it; false for one built from a recording alone (certify). */
export function harTestkjoering(r: Sertifiseringsrapport): boolean {
  return !r.leverandoersystem || r.tester.length > 0;
}

/** Label/value rows of a supplier system's recording, the same in Markdown and HTML. */
export function leverandoerfakta(t: Tekster, l: Leverandoerrapport): [string, string][] {
  const x = t.leverandoer.fakta;
  const n = l.totalt;
  const proxy = l.opptak.some((o) => o.modus === 'proxy');
  return [
    [x.opptattGjennom, [...new Set(l.opptak.map((o) => t.leverandoer.modus[o.modus]))].join(', ')],
    [x.maal, [...new Set(l.opptak.map((o) => o.maal))].join(', ')],
    [x.bevis, l.miljoe.bevis ? x.ja : x.neiSeMerknad],
    [x.oekter, String(l.opptak.length)],
    [x.utvekslinger, x.utvekslingerVerdi(n.utvekslinger, n.operasjonskall, n.utenSvar)],
    [x.feil, String(n.feil)],
    [x.advarsler, String(n.advarsler)],
    [x.miljoeavvik, proxy ? String(n.miljoeavvik) : x.ikkeSjekket],
    [x.statusintervall, x.statusintervallVerdi(l.valg.statusintervallSekunder)],
    [x.tokenmargin, x.tokenmarginVerdi(l.valg.tokenmarginSekunder)],
    [x.validerFoer, l.valg.validerFoerInnsending ? x.validerJa : x.validerNei],
  ];
}

type Rapportfunn = Leverandoerrapport['funn'][number];

/** The findings of one exchange; end-of-session findings in groups of their own. */
export interface Funngruppe { utveksling: string; foresporsel: string | null; status: number | null; curl: string | null; slutt: boolean; funn: Rapportfunn[] }

/** The findings grouped by exchange, in order; end-of-session findings last. */
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

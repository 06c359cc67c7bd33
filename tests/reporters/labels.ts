import type { KodeResultat, Sertifiseringsrapport } from './types.ts';

export const RESULTAT_TEKST: Record<KodeResultat, string> = {
  bestaatt: 'bestått',
  feilet: 'feilet',
  ikkeTestbar: 'ikke testbar i dette miljøet',
  ikkeNaadd: 'ikke nådd',
};

export const API_TEKST: Record<string, string> = {
  utleggsbegjaering: 'Utleggsbegjæring',
  trekkpaalegg: 'Trekkpålegg',
  kravogbetalinger: 'Krav og betalinger',
};

export const KATALOG_TEKST: Record<string, string> = {
  kravogbetalinger: 'Krav og betalinger (KB)',
  das: 'Felles (DAS)',
};

/** Norwegian local time with the offset spelled out, so the reader need not convert from UTC. */
export function tidspunkt(iso: string): string {
  const d = new Date(iso);
  const local = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', dateStyle: 'long', timeStyle: 'medium' }).format(d);
  return `${local} (norsk tid; ${iso})`;
}

export function varighet(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} min ${s % 60} s` : `${Math.floor(m / 60)} t ${m % 60} min`;
}

export function totaltLinjer(r: Sertifiseringsrapport): [string, number][] {
  return [
    ['Tester', r.totalt.tester],
    ['Bestått', r.totalt.bestaatt],
    ['Feilet', r.totalt.feilet],
    ['Hoppet over', r.totalt.hoppetOver],
    ['Ustabile', r.totalt.ustabil],
    ['Ikke kjørt', r.totalt.ikkeKjoert],
  ];
}

export function dekningsgrad(r: Sertifiseringsrapport): { celler: number; testet: number } {
  const celler = r.dekning.flatMap((a) => a.operasjoner.flatMap((o) => o.statuser));
  return { celler: celler.length, testet: celler.filter((c) => c.testet).length };
}

export const KJOERINGSSTATUS_TEKST: Record<string, string> = {
  passed: 'bestått',
  failed: 'feilet',
  timedout: 'tidsavbrutt',
  interrupted: 'avbrutt',
};

/** The facts of a run, as label/value rows: the same in the HTML page and the Markdown file. */
export function kjoeringsfakta(r: Sertifiseringsrapport): [string, string][] {
  return [
    ['Miljø', `${r.miljoe.navn} (${r.miljoe.type})`],
    ['Base-URL', r.miljoe.baseUrl],
    ['Leverandør (organisasjonsnummer)', r.miljoe.leverandoerOrg ?? 'ikke oppgitt'],
    ['Start', tidspunkt(r.tid.start)],
    ['Slutt', tidspunkt(r.tid.slutt)],
    ['Varighet', varighet(r.tid.varighetMs)],
    ['Status for kjøringen', KJOERINGSSTATUS_TEKST[r.kjoeringsstatus] ?? r.kjoeringsstatus],
  ];
}

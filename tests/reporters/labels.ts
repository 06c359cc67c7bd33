import type { Feltendring, Katalogendringer, KodeResultat, Regelkatalogresultat, Sertifiseringsrapport } from './types.ts';

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
  betjeningskartet: 'Betjeningskartet',
  statuspaasak: 'Status på sak',
  innsyntrekk: 'Innsyn i ett trekk',
};

/** "Utleggsbegjæring v2 (datamodell 2.1)", or without the parenthesis for a version that names no data model. */
export function versjonTekst(api: string, versjon: string, datamodell: string | null): string {
  return `${API_TEKST[api] ?? api} ${versjon}${datamodell ? ` (datamodell ${datamodell})` : ''}`;
}

/** "Utleggsbegjæring v2 (datamodell 2.1): 72 regelkoder". */
export function regelkatalogTekst(k: Pick<Regelkatalogresultat, 'versjon' | 'datamodell' | 'regler'>): string {
  return `${versjonTekst('utleggsbegjaering', k.versjon, k.datamodell)}: ${k.regler.length} regelkode${k.regler.length === 1 ? '' : 'r'}`;
}

export const FELT_TEKST: Record<Feltendring['felt'], string> = {
  tittel: 'tittel',
  beskrivelse: 'beskrivelse',
  avvikstekst: 'avvikstekst',
  gjelderKunEndringer: 'gjelder kun endringer',
};

export function feltverdi(v: string | boolean): string {
  return typeof v === 'boolean' ? (v ? 'ja' : 'nei') : v;
}

/** "Utleggsbegjæring v1 → v2 (49 → 72 regelkoder): 23 nye, 0 fjernet, 2 endret". */
export function katalogendringTekst(e: Katalogendringer): string {
  return `Utleggsbegjæring ${e.fra} → ${e.til} (${e.antall.fra} → ${e.antall.til} regelkoder): ${e.lagtTil.length} nye, ${e.fjernet.length} fjernet, ${e.endret.length} endret`;
}

/**
 * The gaps grouped per (api, version), each Utleggsbegjæring catalog's unreached codes under its own
 * version (also when that version's matrix is missing), so the HTML page and the Markdown file agree.
 * null: the list does not apply to the group (no matrix, or no catalog).
 */
export function hullGrupper(r: Sertifiseringsrapport): { tittel: string; operasjoner: string[] | null; statuser: string[] | null; regler: string[] | null }[] {
  const katalog = (versjon: string) => r.regelkataloger.find((k) => k.versjon === versjon);
  const grupper = r.hull.dekning.map((h) => {
    const d = r.dekning.find((m) => m.api === h.api && m.versjon === h.versjon);
    const regler = h.api === 'utleggsbegjaering' && katalog(h.versjon) ? r.hull.regler.find((x) => x.versjon === h.versjon)?.koder ?? [] : null;
    return { tittel: versjonTekst(h.api, h.versjon, d?.datamodell ?? null), operasjoner: h.operasjoner as string[] | null, statuser: h.statuser as string[] | null, regler };
  });
  for (const x of r.hull.regler) {
    if (!r.hull.dekning.some((h) => h.api === 'utleggsbegjaering' && h.versjon === x.versjon)) {
      // No matrix for this version (its document could not be read): its operations are unknown, not "none".
      grupper.push({ tittel: versjonTekst('utleggsbegjaering', x.versjon, katalog(x.versjon)?.datamodell ?? null), operasjoner: null, statuser: null, regler: x.koder });
    }
  }
  return grupper;
}

export function ikkeTestbarTekst(i: Sertifiseringsrapport['hull']['ikkeTestbare'][number]): string {
  return `${i.versjon ? `Utleggsbegjæring ${i.versjon}: ` : ''}${i.kode}: ${i.grunner.join('; ')}`;
}

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

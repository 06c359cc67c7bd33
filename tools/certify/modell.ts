import { loadRegelkatalog } from '../../src/spec/catalog.ts';
import { loadSpec } from '../../src/spec/document.ts';
import type { EnvironmentClass } from '../../src/config/environment.ts';
import type { ApiName } from '../../src/spec/versions.ts';
import type { LestOekt } from '../leverandoer/les.ts';
import type { Alvor, Funn, Kategori, Modus, Utvekslingspost, Valg } from '../leverandoer/post.ts';
import { finnScenarier, samletScenarier, type Scenarioresultat, type ScenarioId } from '../leverandoer/scenarier.ts';
import { alleFunn, vurderOekt, type Oektsvurdering } from '../leverandoer/vurdering.ts';
import { curlFor } from './curl.ts';
import { miljoeForOekt, samletMiljoe } from './miljoe.ts';
import { lagSjekkliste, type Leverandoersjekkpunkt } from './sjekkliste.ts';

/** The summary of a supplier system's recording: section "Leverandørsystemets kjøring" of the certification summary. */
export interface Leverandoerrapport {
  format: 1;
  generert: string;
  opptak: { fil: string; sha256: string; bytes: number; oekt: string; modus: Modus; maal: string; start: string; utvekslinger: number; klasse: EnvironmentClass }[];
  miljoe: { klasse: EnvironmentClass; bevis: boolean; merknad: string | null };
  /** The session judges' settings (the first session's; a differing one is warned about). */
  valg: Valg;
  totalt: { utvekslinger: number; operasjonskall: number; feil: number; advarsler: number; miljoeavvik: number; utenSvar: number };
  operasjoner: { api: ApiName; versjon: string; operationId: string; metode: string; sti: string; kall: number; statuser: Record<string, number> }[];
  /** Operations of the APIs the recording used that it never called. */
  ikkeBrukt: { api: ApiName; versjon: string; operationId: string; metode: string; sti: string }[];
  regelkoder: { versjon: string; kode: string; tittel: string; kilder: ('foresporsel' | 'svar')[]; utvekslinger: string[] }[];
  /** Per Utleggsbegjæring version used: how many of its catalog's codes the recording touched. */
  regelkataloger: { versjon: string; fil: string; koder: number; naadd: number }[];
  funn: Rapportfunn[];
  scenarier: { id: ScenarioId; tittel: string; resultat: Scenarioresultat; merknad: string; utvekslinger: string[] }[];
  sjekkliste: Leverandoersjekkpunkt[];
  advarsler: string[];
}

export interface Rapportfunn {
  sjekk: string;
  kategori: Kategori;
  alvor: Alvor;
  melding: string;
  sti?: string;
  /** `#12`, or `2#12` when the recording holds several sessions. */
  utveksling: string;
  se: string[];
  foresporsel: string | null;
  status: number | null;
  /** null for a grant (made by the supplier's Maskinporten client) and for end-of-session findings. */
  curl: string | null;
  /** Found at the end of the session (the exchange is the last one it concerns). */
  slutt: boolean;
}

const ref = (flere: boolean, i: number, nr: number) => (flere ? `${i + 1}#${nr}` : `#${nr}`);

function operasjoner(vurderinger: Oektsvurdering[]): Pick<Leverandoerrapport, 'operasjoner' | 'ikkeBrukt'> {
  const map = new Map<string, Leverandoerrapport['operasjoner'][number]>();
  for (const v of vurderinger) {
    for (const p of v.poster) {
      if (!p.operasjon) continue;
      const { api, versjon, operationId } = p.operasjon;
      const key = `${api}|${versjon}|${operationId}`;
      let o = map.get(key);
      if (!o) {
        const info = loadSpec(api, versjon).operations.get(operationId)!;
        map.set(key, (o = { api, versjon, operationId, metode: info.method, sti: info.fullPath, kall: 0, statuser: {} }));
      }
      o.kall++;
      const s = p.svar ? String(p.svar.status) : 'intet svar';
      o.statuser[s] = (o.statuser[s] ?? 0) + 1;
    }
  }
  const brukte = [...map.values()];
  const ikkeBrukt: Leverandoerrapport['ikkeBrukt'] = [];
  for (const [api, versjon] of [...new Set(brukte.map((o) => `${o.api}|${o.versjon}`))].map((k) => k.split('|') as [ApiName, string])) {
    for (const info of loadSpec(api, versjon).operations.values()) {
      if (!map.has(`${api}|${versjon}|${info.operationId}`)) ikkeBrukt.push({ api, versjon, operationId: info.operationId, metode: info.method, sti: info.fullPath });
    }
  }
  return { operasjoner: brukte, ikkeBrukt };
}

function regelkoder(vurderinger: Oektsvurdering[], flere: boolean, advarsler: string[]): Pick<Leverandoerrapport, 'regelkoder' | 'regelkataloger'> {
  const map = new Map<string, Leverandoerrapport['regelkoder'][number]>();
  const versjoner = new Set<string>();
  const legg = (versjon: string, kode: string, kilde: 'foresporsel' | 'svar', u: string) => {
    const key = `${versjon}|${kode}`;
    let r = map.get(key);
    if (!r) map.set(key, (r = { versjon, kode, tittel: '', kilder: [], utvekslinger: [] }));
    if (!r.kilder.includes(kilde)) r.kilder.push(kilde);
    if (!r.utvekslinger.includes(u)) r.utvekslinger.push(u);
  };
  vurderinger.forEach((v, i) => {
    for (const p of v.poster) {
      if (p.operasjon?.api !== 'utleggsbegjaering') continue;
      versjoner.add(p.operasjon.versjon);
      const u = ref(flere, i, p.nr);
      for (const f of p.funn) if (f.kategori === 'regel' && f.sjekk !== 'regel.feilIRegel') legg(p.operasjon.versjon, f.sjekk.slice('regel.'.length), 'foresporsel', u);
      for (const k of p.fakta.regelkoder ?? []) legg(p.operasjon.versjon, k, 'svar', u);
    }
  });
  const regelkataloger: Leverandoerrapport['regelkataloger'] = [];
  for (const versjon of [...versjoner].sort()) {
    try {
      const katalog = loadRegelkatalog(versjon);
      const naadd = [...map.values()].filter((r) => r.versjon === versjon);
      for (const r of naadd) {
        const regel = katalog.byKode.get(r.kode);
        if (regel) r.tittel = regel.tittel;
        else advarsler.push(`Utleggsbegjæring ${versjon}: the environment answered with ${r.kode}, which the catalog ${katalog.file} does not list`);
      }
      regelkataloger.push({ versjon, fil: katalog.file, koder: katalog.regler.length, naadd: naadd.filter((r) => katalog.byKode.has(r.kode)).length });
    } catch (err) {
      advarsler.push(`Utleggsbegjæring ${versjon}: the rule catalog could not be read: ${(err as Error).message}`);
    }
  }
  return { regelkoder: [...map.values()].sort((a, b) => a.versjon.localeCompare(b.versjon) || a.kode.localeCompare(b.kode)), regelkataloger };
}

function rapportfunn(v: Oektsvurdering, i: number, flere: boolean): Rapportfunn[] {
  const perNr = new Map<number, Utvekslingspost>(v.poster.map((p) => [p.nr, p]));
  const curl = new Map<number, string | null>();
  return alleFunn(v).map((f: Funn) => {
    const p = perNr.get(f.nr);
    if (p && !curl.has(p.nr)) curl.set(p.nr, curlFor(v.hode, p));
    const slutt = v.slutt.includes(f);
    return {
      sjekk: f.sjekk, kategori: f.kategori, alvor: f.alvor, melding: f.melding, ...(f.sti !== undefined ? { sti: f.sti } : {}),
      utveksling: ref(flere, i, f.nr), se: (f.se ?? []).map((n) => ref(flere, i, n)),
      foresporsel: p ? `${p.foresporsel.metode} ${new URL(p.foresporsel.url).pathname}` : null,
      status: p?.svar?.status ?? null,
      curl: p && !slutt ? curl.get(p.nr) ?? null : null,
      slutt,
    };
  });
}

/** The summary of the sessions of one recording folder. It claims only what the records show. */
export function byggRapport(lest: LestOekt[], generert = new Date(), overstyr: Partial<Valg> = {}): Leverandoerrapport {
  // The session judges run again from the facts, so a setting given now (certify --valider-foer-innsending)
  // judges the recording as if the recorder had been told it.
  const oekter = lest.map((o) => ({ ...o, hode: { ...o.hode, valg: { ...o.hode.valg, ...overstyr } } }));
  const advarsler = oekter.flatMap((o) => o.advarsler);
  const vurderinger = oekter.map((o) => vurderOekt(o.hode, o.poster));
  const flere = oekter.length > 1;
  const valg = oekter[0].hode.valg;
  for (const o of oekter.slice(1)) {
    if (JSON.stringify(o.hode.valg) !== JSON.stringify(valg)) advarsler.push(`${o.fil} was recorded with other settings (${JSON.stringify(o.hode.valg)}) than the first session; each session is judged by its own`);
  }
  const miljoer = oekter.map((o) => miljoeForOekt(o.hode, o.poster));
  const funn = vurderinger.flatMap((v, i) => rapportfunn(v, i, flere));
  const scenarier = samletScenarier(vurderinger.map(finnScenarier)).map((s) => ({ id: s.id, tittel: s.tittel, resultat: s.resultat, merknad: flere && s.resultat !== 'ikkeVist' ? `Økt ${s.oekt + 1}: ${s.merknad}` : s.merknad, utvekslinger: s.utvekslinger.map((n) => ref(flere, s.oekt, n)) }));
  const ops = operasjoner(vurderinger);
  const koder = regelkoder(vurderinger, flere, advarsler);
  const poster = vurderinger.flatMap((v) => v.poster);
  const leverandoerens = funn.filter((f) => f.kategori !== 'svar');
  const miljoe = samletMiljoe(miljoer);
  return {
    format: 1,
    generert: generert.toISOString(),
    opptak: oekter.map((o, i) => ({ fil: o.fil, sha256: o.sha256, bytes: o.bytes, oekt: o.hode.id, modus: o.hode.modus, maal: o.hode.maal, start: o.hode.start, utvekslinger: o.poster.length, klasse: miljoer[i].klasse })),
    miljoe,
    valg,
    totalt: {
      utvekslinger: poster.length,
      operasjonskall: poster.filter((p) => p.operasjon).length,
      feil: leverandoerens.filter((f) => f.alvor === 'feil').length,
      advarsler: leverandoerens.filter((f) => f.alvor === 'advarsel').length,
      miljoeavvik: funn.length - leverandoerens.length,
      utenSvar: poster.filter((p) => !p.svar).length,
    },
    ...ops,
    ...koder,
    funn,
    scenarier,
    sjekkliste: lagSjekkliste({ vurderinger, miljoer, scenarier, funn }),
    advarsler,
  };
}

import { redactText } from '../src/redact.ts';
import { filterTekst, kodeBetydning } from './labels.ts';
import { sjekkliste, syntetiskeData } from './sjekkliste.ts';
import { tekster, type Tekster } from './tekster.ts';
import type {
  Kjoeringsfilter,
  Kjoeringsgrunnlag,
  Kjoeringsutfall,
  Miljoeklasse,
  Partskilde,
  Dekningsgrunnlag,
  Dekningsmatrise,
  KjoeringsData,
  KodePost,
  KodeResultat,
  Kontraktspunkt,
  Regelkatalogresultat,
  Sertifiseringsrapport,
  Spesifikasjon,
  Statuscelle,
  TestPost,
} from './types.ts';

/**
 * A stable reference to a test in code results: project, file and title, which do not change between
 * shards. The project is part of it because each version runs the same files as its own project.
 */
export function testRef(t: Pick<TestPost, 'prosjekt' | 'fil' | 'tittel'>): string {
  return `${t.prosjekt ? `${t.prosjekt} › ` : ''}${t.fil} › ${t.tittel}`;
}

function text(value: unknown, fallback: string): string {
  return typeof value === 'string' && value !== '' ? redactText(value) : fallback;
}

function spesifikasjoner(metadata: Record<string, unknown>, advarsler: string[], t: Tekster): Spesifikasjon[] {
  const list = metadata.spesifikasjoner;
  if (!Array.isArray(list)) {
    advarsler.push(t.advarsel.manglerSpesifikasjoner);
    return [];
  }
  return list.map((s: any) => ({ api: text(s?.api, '?'), versjon: text(s?.versjon, '?'), fil: text(s?.fil, '?'), sha256: text(s?.sha256, '?'), publisert: s?.publisert === true }));
}

/**
 * Folds the tests that refer to a code into one result: any failure wins, then any pass, then a skip
 * (with its reasons); a code no executed test refers to is not reached.
 */
function kodeResultat(kode: string, tester: TestPost[], t: Tekster): KodePost {
  const refs = tester.map(testRef);
  const has = (...utfall: TestPost['utfall'][]) => tester.some((t) => utfall.includes(t.utfall));
  let resultat: KodeResultat;
  let grunner: string[] = [];
  if (has('feilet')) resultat = 'feilet';
  else if (has('bestaatt', 'ustabil')) resultat = 'bestaatt';
  else if (has('hoppetOver')) {
    resultat = 'ikkeTestbar';
    grunner = [...new Set(tester.flatMap((x) => (x.utfall === 'hoppetOver' ? (x.skipGrunner.length ? x.skipGrunner : [t.koder.hoppetOverUtenGrunn]) : [])))];
  } else {
    resultat = 'ikkeNaadd';
    grunner = [tester.length ? t.koder.ikkeKjoert : t.koder.ingenTest];
  }
  return { kode, resultat, tester: refs, grunner };
}

const UB = 'utleggsbegjaering';

/**
 * The version of `api` a test ran against: its `@<api>-<version>` tag, else its project `<api>-<version>`.
 * Undefined for results from before each version ran as its own project.
 */
export function testVersjon(t: Pick<TestPost, 'tags' | 'prosjekt'>, api: string): string | undefined {
  const tag = t.tags.find((x) => x.startsWith(`@${api}-`) && x.length > api.length + 2);
  if (tag) return tag.slice(api.length + 2);
  return t.prosjekt.startsWith(`${api}-`) && t.prosjekt.length > api.length + 1 ? t.prosjekt.slice(api.length + 1) : undefined;
}

/**
 * Where a test's result belongs when the test does not say: the one version of the API the run
 * covered, else (two or more covered, older results) the API's default version.
 */
function antattVersjon(api: string, dekket: string[], grunnlag: Dekningsgrunnlag): string {
  return dekket.length === 1 ? dekket[0] : grunnlag.standard.versjoner[api] ?? '?';
}

function kontraktspunkter(t: TestPost, grunnlag: Dekningsgrunnlag): Kontraktspunkt[] {
  return t.kontrakt.map((k) => {
    const api = k.api ?? grunnlag.standard.apiForOperasjon[k.operationId] ?? '?';
    const dekket = grunnlag.apier.filter((a) => a.api === api).map((a) => a.versjon);
    const versjon = k.versjon ?? testVersjon(t, api) ?? antattVersjon(api, dekket, grunnlag);
    return { operationId: k.operationId, status: k.status, api, versjon };
  });
}

function regelversjon(t: TestPost, grunnlag: Dekningsgrunnlag): string | null {
  if (!t.regler.length) return null;
  return testVersjon(t, UB) ?? antattVersjon(UB, grunnlag.regelkataloger.map((k) => k.versjon), grunnlag);
}

const cellKey = (api: string, versjon: string, operationId: string) => `${api}\u0000${versjon}\u0000${operationId}`;

function dekning(grunnlag: Dekningsgrunnlag, tester: TestPost[], punkter: Map<TestPost, Kontraktspunkt[]>, advarsler: string[], t: Tekster): Dekningsmatrise[] {
  // (api, version, operationId) → status → tests that recorded it (a test counts once per cell), so a
  // v1 response never fills a v2 cell even where both versions name the operation alike.
  const seen = new Map<string, Map<string, Set<TestPost>>>();
  const utenfor = new Map<string, number>();
  const dekket = new Set(grunnlag.apier.map((a) => `${a.api} ${a.versjon}`));
  for (const test of tester) {
    for (const k of punkter.get(test) ?? []) {
      if (k.api !== '?' && !dekket.has(`${k.api} ${k.versjon}`)) utenfor.set(`${k.api} ${k.versjon}`, (utenfor.get(`${k.api} ${k.versjon}`) ?? 0) + 1);
      const key = cellKey(k.api, k.versjon, k.operationId);
      const byStatus = seen.get(key) ?? new Map<string, Set<TestPost>>();
      seen.set(key, byStatus);
      byStatus.set(k.status, (byStatus.get(k.status) ?? new Set()).add(test));
    }
  }
  for (const [hva, n] of utenfor) {
    advarsler.push(t.advarsel.kontraktUtenfor(n, hva));
  }
  return grunnlag.apier.map((api) => {
    const udokumenterteStatuser: Dekningsmatrise['udokumenterteStatuser'] = [];
    const operasjoner = api.operasjoner.map((op) => {
      const observed = seen.get(cellKey(api.api, api.versjon, op.operationId)) ?? new Map<string, Set<TestPost>>();
      const statuser: Statuscelle[] = op.statuser.map((status) => {
        const ts = [...(observed.get(status) ?? [])];
        const feilet = ts.filter((x) => x.utfall === 'feilet').length;
        return { status, testet: ts.length > 0, tester: ts.length, bestaatt: ts.length - feilet, feilet };
      });
      for (const [status, ts] of observed) {
        if (!op.statuser.includes(status)) udokumenterteStatuser.push({ operationId: op.operationId, status, tester: ts.size });
      }
      return { operationId: op.operationId, navn: op.navn, metode: op.metode, sti: op.sti, statuser };
    });
    udokumenterteStatuser.sort((a, b) => a.operationId.localeCompare(b.operationId) || a.status.localeCompare(b.status));
    return { api: api.api, versjon: api.versjon, datamodell: api.datamodell, operasjoner, udokumenterteStatuser };
  });
}

/** Each covered catalog's codes from the tests of that version only. */
function regelkataloger(grunnlag: Dekningsgrunnlag, tester: TestPost[], versjonAv: Map<TestPost, string | null>, advarsler: string[], t: Tekster): Regelkatalogresultat[] {
  const dekket = new Set(grunnlag.regelkataloger.map((k) => k.versjon));
  const utenfor = new Map<string, number>();
  for (const v of versjonAv.values()) if (v !== null && !dekket.has(v)) utenfor.set(v, (utenfor.get(v) ?? 0) + 1);
  for (const [v, n] of utenfor) {
    advarsler.push(t.advarsel.reglerUtenfor(n, v));
  }
  return grunnlag.regelkataloger.map((katalog) => {
    const regelTester = byCode(tester.filter((x) => versjonAv.get(x) === katalog.versjon), (x) => x.regler);
    const kjente = new Set(katalog.regler.map((r) => r.kode));
    for (const kode of regelTester.keys()) {
      if (!kjente.has(kode)) advarsler.push(t.advarsel.ukjentRegelkode(katalog.versjon, kode));
    }
    return {
      versjon: katalog.versjon,
      datamodell: katalog.datamodell,
      fil: katalog.fil,
      regler: katalog.regler.map((r) => ({ ...kodeResultat(r.kode, regelTester.get(r.kode) ?? [], t), tittel: r.tittel })),
    };
  });
}

function byCode(tester: TestPost[], pick: (t: TestPost) => string[]): Map<string, TestPost[]> {
  const map = new Map<string, TestPost[]>();
  for (const t of tester) for (const kode of new Set(pick(t))) map.set(kode, [...(map.get(kode) ?? []), t]);
  return map;
}

function compareTests(a: TestPost, b: TestPost): number {
  return a.fil.localeCompare(b.fil) || a.linje - b.linje || a.tittel.localeCompare(b.tittel) || a.prosjekt.localeCompare(b.prosjekt);
}

const KLASSER: readonly Miljoeklasse[] = ['embeddedSandbox', 'sandbox', 'custom', 'skatteetatenTest', 'skatteetatenProduction'];

/** What the run talked to: the metadata's own word, else what older metadata lets one tell. */
function miljoeklasse(m: Record<string, unknown>): Miljoeklasse {
  if (typeof m.miljoeklasse === 'string' && (KLASSER as readonly string[]).includes(m.miljoeklasse)) return m.miljoeklasse as Miljoeklasse;
  if (m.erSandkasse === true) return m.miljoe === 'local' ? 'embeddedSandbox' : 'sandbox';
  if (m.miljoe === 'test') return 'skatteetatenTest';
  return m.miljoe === 'custom' ? 'custom' : 'ukjent';
}

function filtre(m: Record<string, unknown>): Kjoeringsfilter[] {
  if (!Array.isArray(m.filtre)) return [];
  return m.filtre.filter((f: any) => typeof f?.navn === 'string' && typeof f?.verdi === 'string').map((f: any) => ({ navn: redactText(f.navn), verdi: redactText(f.verdi) }));
}

function tall(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function parter(v: unknown): Partskilde | null {
  const p = v as any;
  if (p?.kilde === 'generert') return { kilde: 'generert', froe: tall(p.froe) };
  if (p?.kilde === 'fil' && typeof p.sti === 'string') {
    const filer = Array.isArray(p.filer) ? p.filer.map((f: any) => ({ fil: text(f?.fil, '?'), format: text(f?.format, '?'), antall: tall(f?.antall) ?? 0 })) : [];
    return { kilde: 'fil', sti: redactText(p.sti), filer, personer: tall(p.personer) ?? 0, organisasjoner: tall(p.organisasjoner) ?? 0 };
  }
  return null;
}

function kjoeringsgrunnlag(m: Record<string, unknown>): Kjoeringsgrunnlag {
  const p = (m.prosjekt ?? {}) as Record<string, unknown>;
  return {
    prosjekt: {
      navn: text(p.navn, 'innkreving-conformance'),
      versjon: typeof p.versjon === 'string' ? redactText(p.versjon) : null,
      commit: typeof p.commit === 'string' && /^[0-9a-f]{7,64}$/.test(p.commit) ? p.commit : null,
      endret: typeof p.endret === 'boolean' ? p.endret : null,
    },
    froe: tall(m.froe),
    node: typeof m.node === 'string' ? m.node : null,
    playwright: typeof m.playwright === 'string' ? m.playwright : null,
    filtre: filtre(m),
    parter: parter(m.parter),
  };
}

/** Parts of a sharded run the merged metadata names (`kjoeringsdel-<i>-av-<n>`: each shard adds its own key). */
export function kjoeringsdeler(m: Record<string, unknown>): { av: number; deler: number[] } | null {
  let av = 0;
  const deler = new Set<number>();
  for (const key of Object.keys(m)) {
    const hit = /^kjoeringsdel-(\d+)-av-(\d+)$/.exec(key);
    if (!hit) continue;
    deler.add(Number(hit[1]));
    av = Math.max(av, Number(hit[2]));
  }
  return av ? { av, deler: [...deler].sort((a, b) => a - b) } : null;
}

function utfallAv(status: string, feilet: number): Kjoeringsutfall {
  if (feilet > 0 || status === 'failed') return 'feilet';
  if (status === 'interrupted') return 'avbrutt';
  if (status === 'timedout') return 'tidsavbrutt';
  return 'bestaatt';
}

/** Builds the certification summary from one run (or merged shards) and what the suite is measured against. */
export function buildModel(run: KjoeringsData, grunnlag: Dekningsgrunnlag, now: Date = new Date()): Sertifiseringsrapport {
  const spraak = run.spraak ?? 'nb';
  const t = tekster(spraak);
  const advarsler: string[] = [];
  const m = run.metadata ?? {};
  if (m.erSandkasse === undefined) advarsler.push(t.advarsel.manglerErSandkasse);
  const erSandkasse = m.erSandkasse === true;
  const tester = [...run.tester].sort(compareTests);

  const count = (u: TestPost['utfall']) => tester.filter((x) => x.utfall === u).length;
  const punkter = new Map(tester.map((x) => [x, kontraktspunkter(x, grunnlag)]));
  const versjonAv = new Map(tester.map((x) => [x, regelversjon(x, grunnlag)]));
  const dekningen = dekning(grunnlag, tester, punkter, advarsler, t);
  const katalogene = regelkataloger(grunnlag, tester, versjonAv, advarsler, t);
  const kodeTester = byCode(tester, (x) => x.feilkoder);
  const feilkoder = grunnlag.feilkoder.map((k) => ({
    ...kodeResultat(k.kode, kodeTester.get(k.kode) ?? [], t),
    katalog: k.katalog,
    status: k.status,
    betydning: kodeBetydning(t, k.betydning, k.status),
  }));
  const kjenteFeilkoder = new Set(grunnlag.feilkoder.map((k) => k.kode));
  for (const kode of kodeTester.keys()) {
    if (!kjenteFeilkoder.has(kode)) advarsler.push(t.advarsel.ukjentFeilkode(kode));
  }

  const hull: Sertifiseringsrapport['hull'] = {
    dekning: dekningen.map((api) => {
      const operasjoner: Sertifiseringsrapport['hull']['dekning'][number]['operasjoner'] = [];
      const statuser: Sertifiseringsrapport['hull']['dekning'][number]['statuser'] = [];
      for (const op of api.operasjoner) {
        const hvem = { operationId: op.operationId, navn: op.navn, metode: op.metode, sti: op.sti };
        // An operation nobody reached is one gap, not one per status.
        if (!op.statuser.some((s) => s.testet)) operasjoner.push(hvem);
        else for (const s of op.statuser) if (!s.testet) statuser.push({ ...hvem, status: s.status });
      }
      return { api: api.api, versjon: api.versjon, operasjoner, statuser };
    }),
    regler: katalogene.map((k) => ({ versjon: k.versjon, koder: k.regler.filter((r) => r.resultat === 'ikkeNaadd').map((r) => r.kode) })),
    feilkoder: feilkoder.filter((k) => k.resultat === 'ikkeNaadd').map((k) => k.kode),
    ikkeTestbare: [
      ...katalogene.flatMap((k) => k.regler.filter((r) => r.resultat === 'ikkeTestbar').map((r) => ({ kode: r.kode, versjon: k.versjon, grunner: r.grunner }))),
      ...feilkoder.filter((k) => k.resultat === 'ikkeTestbar').map((k) => ({ kode: k.kode, versjon: null, grunner: k.grunner })),
    ],
  };

  const klasse = miljoeklasse(m);
  const sandkassensTestklient = m.sandkassensTestklient === true;
  const erBevis = klasse === 'skatteetatenTest' && !sandkassensTestklient;
  const baseUrl = text(m.baseUrl, t.grunnlag.ukjent);
  const kjoering = kjoeringsgrunnlag(m);
  const totalt = {
    tester: tester.length,
    bestaatt: count('bestaatt'),
    feilet: count('feilet'),
    hoppetOver: count('hoppetOver'),
    ustabil: count('ustabil'),
    ikkeKjoert: count('ikkeKjoert'),
  };

  const deler = run.shard ? null : kjoeringsdeler(m);
  const mangler = deler ? Array.from({ length: deler.av }, (_, i) => i + 1).filter((i) => !deler.deler.includes(i)) : [];
  const delkjoering: Sertifiseringsrapport['delkjoering'] = run.shard
    ? { shard: run.shard.current, av: run.shard.total, mangler: [], merknad: t.shardMerknad(run.shard.current, run.shard.total) }
    : deler && mangler.length
      ? { shard: null, av: deler.av, mangler, merknad: t.manglendeShards(mangler, deler.av) }
      : null;
  const delvis = kjoering.filtre.length || totalt.ikkeKjoert
    ? { filtre: kjoering.filtre, ikkeKjoert: totalt.ikkeKjoert, merknad: t.delvisMerknad(kjoering.filtre.map(filterTekst), totalt.ikkeKjoert) }
    : null;
  const utfall = utfallAv(run.status, totalt.feilet);
  const forbehold = [...(erBevis ? [] : [t.statusForbehold.ikkeBevis]), ...(delvis || delkjoering ? [t.statusForbehold.delvis] : [])];

  const end = new Date(run.start.getTime() + run.varighetMs);
  const testIds = new Map(tester.map((x) => [x, testRef(x)]));
  const syntetisk = syntetiskeData(t, tester, testIds, m.syntetiskKontroll === true);
  const miljoeNavn = text(m.miljoeNavn, t.grunnlag.ukjent);
  return {
    format: 'innkreving-conformance/sertifiseringsrapport',
    formatVersjon: 3,
    spraak,
    generert: now.toISOString(),
    status: { utfall, tekst: [t.statuslinje(utfall, totalt), ...forbehold].join(' ') },
    miljoe: {
      type: text(m.miljoe, 'ukjent'),
      klasse,
      navn: t.miljoenavn[miljoeNavn] ?? miljoeNavn,
      baseUrl,
      maskinporten: typeof m.maskinporten === 'string' && m.maskinporten ? redactText(m.maskinporten) : null,
      erSandkasse,
      erBevis,
      // The sandbox's test client belongs to no supplier: its organisation is never shown as one.
      leverandoerOrg: !sandkassensTestklient && typeof m.leverandoerOrg === 'string' && m.leverandoerOrg ? redactText(m.leverandoerOrg) : null,
      sandkassensTestklient,
    },
    miljoeMerknad: t.miljoeMerknad(klasse, baseUrl, sandkassensTestklient),
    delvis,
    delkjoering,
    kjoering,
    spesifikasjoner: spesifikasjoner(m, advarsler, t),
    tid: { start: run.start.toISOString(), slutt: end.toISOString(), varighetMs: Math.round(run.varighetMs) },
    kjoeringsstatus: run.status,
    totalt,
    sjekkliste: sjekkliste(t, tester, testIds, punkter, dekningen, syntetisk),
    syntetiskeData: syntetisk,
    dekning: dekningen,
    regelkataloger: katalogene,
    katalogendringer: grunnlag.katalogendringer,
    feilkoder,
    feil: tester
      .filter((x) => x.utfall === 'feilet')
      .map(({ tittel, fil, linje, prosjekt, feilmeldinger, reproduksjon, reproduksjonUtelatt }) => ({ tittel, fil, linje, prosjekt, feilmeldinger, reproduksjon, reproduksjonUtelatt })),
    hull,
    advarsler,
    tester: tester.map((x) => {
      const { reproduksjon: _r, reproduksjonUtelatt: _u, feilmeldinger: _f, kontrakt: _k, ...rest } = x;
      return { id: testIds.get(x)!, ...rest, kontrakt: punkter.get(x)!, regelversjon: versjonAv.get(x)! };
    }),
    bevis: run.bevis ?? [],
  };
}

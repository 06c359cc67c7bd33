import { redactText } from '../../src/redact.ts';
import type {
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

export const SANDKASSE_MERKNAD =
  'Denne kjøringen gikk mot prosjektets lokale sandkasse, ikke mot Skatteetatens miljø. ' +
  'Resultatene viser at testpakken og klienten henger sammen, men er ikke dokumentasjon på at noe virker mot Skatteetaten.';

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

function spesifikasjoner(metadata: Record<string, unknown>, advarsler: string[]): Spesifikasjon[] {
  const list = metadata.spesifikasjoner;
  if (!Array.isArray(list)) {
    advarsler.push('Playwright-metadata mangler "spesifikasjoner"; dokumentversjoner og sjekksummer er ukjente.');
    return [];
  }
  return list.map((s: any) => ({ api: text(s?.api, '?'), versjon: text(s?.versjon, '?'), fil: text(s?.fil, '?'), sha256: text(s?.sha256, '?') }));
}

/**
 * Folds the tests that refer to a code into one result: any failure wins, then any pass, then a skip
 * (with its reasons); a code no executed test refers to is not reached.
 */
function kodeResultat(kode: string, tester: TestPost[]): KodePost {
  const refs = tester.map(testRef);
  const has = (...utfall: TestPost['utfall'][]) => tester.some((t) => utfall.includes(t.utfall));
  let resultat: KodeResultat;
  let grunner: string[] = [];
  if (has('feilet')) resultat = 'feilet';
  else if (has('bestaatt', 'ustabil')) resultat = 'bestaatt';
  else if (has('hoppetOver')) {
    resultat = 'ikkeTestbar';
    grunner = [...new Set(tester.flatMap((t) => (t.utfall === 'hoppetOver' ? (t.skipGrunner.length ? t.skipGrunner : ['hoppet over uten oppgitt grunn']) : [])))];
  } else {
    resultat = 'ikkeNaadd';
    grunner = [tester.length ? 'testene som viser til koden ble ikke kjørt' : 'ingen test viser til koden'];
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

function dekning(grunnlag: Dekningsgrunnlag, tester: TestPost[], punkter: Map<TestPost, Kontraktspunkt[]>, advarsler: string[]): Dekningsmatrise[] {
  // (api, version, operationId) → status → tests that recorded it (a test counts once per cell), so a
  // v1 response never fills a v2 cell even where both versions name the operation alike.
  const seen = new Map<string, Map<string, Set<TestPost>>>();
  const utenfor = new Map<string, number>();
  const dekket = new Set(grunnlag.apier.map((a) => `${a.api} ${a.versjon}`));
  for (const t of tester) {
    for (const k of punkter.get(t) ?? []) {
      if (k.api !== '?' && !dekket.has(`${k.api} ${k.versjon}`)) utenfor.set(`${k.api} ${k.versjon}`, (utenfor.get(`${k.api} ${k.versjon}`) ?? 0) + 1);
      const key = cellKey(k.api, k.versjon, k.operationId);
      const byStatus = seen.get(key) ?? new Map<string, Set<TestPost>>();
      seen.set(key, byStatus);
      byStatus.set(k.status, (byStatus.get(k.status) ?? new Set()).add(t));
    }
  }
  for (const [hva, n] of utenfor) {
    advarsler.push(`${n} kontraktsresultat${n === 1 ? '' : 'er'} gjelder ${hva}, som kjøringen ikke dekker ifølge metadata; ${n === 1 ? 'det' : 'de'} er ikke talt med i noen dekningsmatrise.`);
  }
  return grunnlag.apier.map((api) => {
    const udokumenterteStatuser: Dekningsmatrise['udokumenterteStatuser'] = [];
    const operasjoner = api.operasjoner.map((op) => {
      const observed = seen.get(cellKey(api.api, api.versjon, op.operationId)) ?? new Map<string, Set<TestPost>>();
      const statuser: Statuscelle[] = op.statuser.map((status) => {
        const ts = [...(observed.get(status) ?? [])];
        const feilet = ts.filter((t) => t.utfall === 'feilet').length;
        return { status, testet: ts.length > 0, tester: ts.length, bestaatt: ts.length - feilet, feilet };
      });
      for (const [status, ts] of observed) {
        if (!op.statuser.includes(status)) udokumenterteStatuser.push({ operationId: op.operationId, status, tester: ts.size });
      }
      return { operationId: op.operationId, metode: op.metode, sti: op.sti, statuser };
    });
    udokumenterteStatuser.sort((a, b) => a.operationId.localeCompare(b.operationId) || a.status.localeCompare(b.status));
    return { api: api.api, versjon: api.versjon, datamodell: api.datamodell, operasjoner, udokumenterteStatuser };
  });
}

/** Each covered catalog's codes from the tests of that version only. */
function regelkataloger(grunnlag: Dekningsgrunnlag, tester: TestPost[], versjonAv: Map<TestPost, string | null>, advarsler: string[]): Regelkatalogresultat[] {
  const dekket = new Set(grunnlag.regelkataloger.map((k) => k.versjon));
  const utenfor = new Map<string, number>();
  for (const v of versjonAv.values()) if (v !== null && !dekket.has(v)) utenfor.set(v, (utenfor.get(v) ?? 0) + 1);
  for (const [v, n] of utenfor) {
    advarsler.push(`${n} test${n === 1 ? '' : 'er'} viser til regelkoder i Utleggsbegjæring ${v}, som kjøringen ikke dekker ifølge metadata; de er ikke talt med i noen regelkatalog.`);
  }
  return grunnlag.regelkataloger.map((katalog) => {
    const regelTester = byCode(tester.filter((t) => versjonAv.get(t) === katalog.versjon), (t) => t.regler);
    const kjente = new Set(katalog.regler.map((r) => r.kode));
    for (const kode of regelTester.keys()) {
      if (!kjente.has(kode)) advarsler.push(`Testene for Utleggsbegjæring ${katalog.versjon} viser til koden ${kode}, som ikke står i katalogen for ${katalog.versjon}.`);
    }
    return {
      versjon: katalog.versjon,
      datamodell: katalog.datamodell,
      fil: katalog.fil,
      regler: katalog.regler.map((r) => ({ ...kodeResultat(r.kode, regelTester.get(r.kode) ?? []), tittel: r.tittel })),
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

/** Builds the certification summary from one run (or merged shards) and what the suite is measured against. */
export function buildModel(run: KjoeringsData, grunnlag: Dekningsgrunnlag, now: Date = new Date()): Sertifiseringsrapport {
  const advarsler: string[] = [];
  const m = run.metadata ?? {};
  if (m.erSandkasse === undefined) advarsler.push('Playwright-metadata mangler "erSandkasse"; miljøet er ukjent.');
  const erSandkasse = m.erSandkasse === true;
  const tester = [...run.tester].sort(compareTests);

  const count = (u: TestPost['utfall']) => tester.filter((t) => t.utfall === u).length;
  const punkter = new Map(tester.map((t) => [t, kontraktspunkter(t, grunnlag)]));
  const versjonAv = new Map(tester.map((t) => [t, regelversjon(t, grunnlag)]));
  const dekningen = dekning(grunnlag, tester, punkter, advarsler);
  const katalogene = regelkataloger(grunnlag, tester, versjonAv, advarsler);
  const kodeTester = byCode(tester, (t) => t.feilkoder);
  const feilkoder = grunnlag.feilkoder.map((k) => ({ ...kodeResultat(k.kode, kodeTester.get(k.kode) ?? []), katalog: k.katalog, status: k.status }));
  const kjenteFeilkoder = new Set(grunnlag.feilkoder.map((k) => k.kode));
  for (const kode of kodeTester.keys()) {
    if (!kjenteFeilkoder.has(kode)) advarsler.push(`Testene viser til koden ${kode}, som ikke står i katalogen.`);
  }

  const hull: Sertifiseringsrapport['hull'] = {
    dekning: dekningen.map((api) => {
      const operasjoner: string[] = [];
      const statuser: string[] = [];
      for (const op of api.operasjoner) {
        // An operation nobody reached is one gap, not one per status.
        if (!op.statuser.some((s) => s.testet)) operasjoner.push(`${op.metode} ${op.sti} (${op.operationId})`);
        else for (const s of op.statuser) if (!s.testet) statuser.push(`${op.operationId} ${s.status}`);
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

  const end = new Date(run.start.getTime() + run.varighetMs);
  return {
    format: 'innkreving-conformance/sertifiseringsrapport',
    formatVersjon: 2,
    generert: now.toISOString(),
    miljoe: {
      type: text(m.miljoe, 'ukjent'),
      navn: text(m.miljoeNavn, 'ukjent'),
      baseUrl: text(m.baseUrl, 'ukjent'),
      erSandkasse,
      leverandoerOrg: typeof m.leverandoerOrg === 'string' && m.leverandoerOrg ? redactText(m.leverandoerOrg) : null,
    },
    sandkasseMerknad: erSandkasse ? SANDKASSE_MERKNAD : null,
    delkjoering: run.shard
      ? {
          shard: run.shard.current,
          av: run.shard.total,
          merknad: `Dette er bare del ${run.shard.current} av ${run.shard.total} av kjøringen. Den samlede oppsummeringen lages med "npx playwright merge-reports".`,
        }
      : null,
    spesifikasjoner: spesifikasjoner(m, advarsler),
    tid: { start: run.start.toISOString(), slutt: end.toISOString(), varighetMs: Math.round(run.varighetMs) },
    kjoeringsstatus: run.status,
    totalt: {
      tester: tester.length,
      bestaatt: count('bestaatt'),
      feilet: count('feilet'),
      hoppetOver: count('hoppetOver'),
      ustabil: count('ustabil'),
      ikkeKjoert: count('ikkeKjoert'),
    },
    dekning: dekningen,
    regelkataloger: katalogene,
    katalogendringer: grunnlag.katalogendringer,
    feilkoder,
    feil: tester
      .filter((t) => t.utfall === 'feilet')
      .map(({ tittel, fil, linje, prosjekt, feilmeldinger, reproduksjon, reproduksjonUtelatt }) => ({ tittel, fil, linje, prosjekt, feilmeldinger, reproduksjon, reproduksjonUtelatt })),
    hull,
    advarsler,
    tester: tester.map((t) => {
      const { reproduksjon: _r, reproduksjonUtelatt: _u, feilmeldinger: _f, kontrakt: _k, ...rest } = t;
      return { id: testRef(rest), ...rest, kontrakt: punkter.get(t)!, regelversjon: versjonAv.get(t)! };
    }),
  };
}

import { redactText } from '../../src/redact.ts';
import type {
  Dekningsgrunnlag,
  KjoeringsData,
  KodePost,
  KodeResultat,
  Sertifiseringsrapport,
  Spesifikasjon,
  Statuscelle,
  TestPost,
} from './types.ts';

export const SANDKASSE_MERKNAD =
  'Denne kjøringen gikk mot prosjektets lokale sandkasse, ikke mot Skatteetatens miljø. ' +
  'Resultatene viser at testpakken og klienten henger sammen, men er ikke dokumentasjon på at noe virker mot Skatteetaten.';

/** A stable reference to a test in code results: file and title, which do not change between shards. */
export function testRef(t: Pick<TestPost, 'fil' | 'tittel'>): string {
  return `${t.fil} › ${t.tittel}`;
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

function dekning(grunnlag: Dekningsgrunnlag, tester: TestPost[]): Sertifiseringsrapport['dekning'] {
  // operationId → status → tests that recorded it (a test counts once per cell).
  const seen = new Map<string, Map<string, Set<TestPost>>>();
  for (const t of tester) {
    for (const k of t.kontrakt) {
      const byStatus = seen.get(k.operationId) ?? new Map<string, Set<TestPost>>();
      seen.set(k.operationId, byStatus);
      byStatus.set(k.status, (byStatus.get(k.status) ?? new Set()).add(t));
    }
  }
  return grunnlag.apier.map((api) => {
    const udokumenterteStatuser: Sertifiseringsrapport['dekning'][number]['udokumenterteStatuser'] = [];
    const operasjoner = api.operasjoner.map((op) => {
      const observed = seen.get(op.operationId) ?? new Map<string, Set<TestPost>>();
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
    return { api: api.api, versjon: api.versjon, operasjoner, udokumenterteStatuser };
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
  const regelTester = byCode(tester, (t) => t.regler);
  const kodeTester = byCode(tester, (t) => t.feilkoder);
  const regler = grunnlag.regler.map((r) => ({ ...kodeResultat(r.kode, regelTester.get(r.kode) ?? []), tittel: r.tittel }));
  const feilkoder = grunnlag.feilkoder.map((k) => ({ ...kodeResultat(k.kode, kodeTester.get(k.kode) ?? []), katalog: k.katalog, status: k.status }));

  const known = new Set([...grunnlag.regler.map((r) => r.kode), ...grunnlag.feilkoder.map((k) => k.kode)]);
  for (const kode of [...regelTester.keys(), ...kodeTester.keys()]) {
    if (!known.has(kode)) advarsler.push(`Testene viser til koden ${kode}, som ikke står i katalogen.`);
  }

  const dekningen = dekning(grunnlag, tester);
  const hull: Sertifiseringsrapport['hull'] = {
    operasjoner: [],
    statuser: [],
    regler: regler.filter((r) => r.resultat === 'ikkeNaadd').map((r) => r.kode),
    feilkoder: feilkoder.filter((k) => k.resultat === 'ikkeNaadd').map((k) => k.kode),
    ikkeTestbare: [...regler, ...feilkoder].filter((k) => k.resultat === 'ikkeTestbar').map((k) => ({ kode: k.kode, grunner: k.grunner })),
  };
  for (const api of dekningen) {
    for (const op of api.operasjoner) {
      // An operation nobody reached is one gap, not one per status.
      if (!op.statuser.some((s) => s.testet)) hull.operasjoner.push(`${op.metode} ${op.sti} (${op.operationId})`);
      else for (const s of op.statuser) if (!s.testet) hull.statuser.push(`${op.operationId} ${s.status}`);
    }
  }

  const end = new Date(run.start.getTime() + run.varighetMs);
  return {
    format: 'innkreving-conformance/sertifiseringsrapport',
    formatVersjon: 1,
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
    regler,
    feilkoder,
    feil: tester
      .filter((t) => t.utfall === 'feilet')
      .map(({ tittel, fil, linje, prosjekt, feilmeldinger, reproduksjon, reproduksjonUtelatt }) => ({ tittel, fil, linje, prosjekt, feilmeldinger, reproduksjon, reproduksjonUtelatt })),
    hull,
    advarsler,
    tester: tester.map(({ reproduksjon: _r, reproduksjonUtelatt: _u, feilmeldinger: _f, ...rest }) => ({ id: testRef(rest), ...rest })),
  };
}

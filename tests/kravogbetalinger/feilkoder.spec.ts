import type { KravOgBetalingerClient } from '../../src/clients/apis.ts';
import type { Environment } from '../../src/config/environment.ts';
import type { HttpClient } from '../../src/http/client.ts';
import type { ApiResponse } from '../../src/http/exchange.ts';
import { loadKravOgBetalingerKoder } from '../../src/spec/catalog.ts';
import { loadSpec } from '../../src/spec/document.ts';
import { KRAV_TESTPERSONER, PART_UTEN_SAMTYKKE, PERSON_UTEN_SAMTYKKE } from '../../sandbox/state/seed.ts';
import { expect, test } from '../fixtures/index.ts';
import { kodeAv, navngirFelt } from '../support/feil.ts';
import { OPPSLAG, PERIODEOPPSLAG, TESTORGANISASJONER, TOM_PERIODE, periodeMedData, rettighetspakker, type Oppslag } from '../support/kravogbetalinger.ts';

const tag = ['@kravogbetalinger'];
const [ORG] = TESTORGANISASJONER;
const [PERSON] = KRAV_TESTPERSONER;
const [PAKKE] = rettighetspakker();
const BASE = loadSpec('kravogbetalinger').basePath;
/** A synthetic fødselsnummer (Tenor month + 80, valid check digits) that no party in the sandbox has. */
const UKJENT_PERSON = '02919293341';
const PERSONER_KUN_I_SANDKASSEN = 'outside the sandbox no rettighetspakke is known to reach persons yet (finans "will later be extended"), so a person lookup may be refused before this check';

interface Kontekst {
  kravOgBetalinger: KravOgBetalingerClient;
  http: HttpClient;
  token: (api: string) => Promise<string>;
  environment: Environment;
}

/** One way to make the environment answer with a code. */
interface Fremkalling {
  tittel: string;
  operationId: string;
  kall(k: Kontekst): Promise<ApiResponse>;
  /** Parameters the error must name (any one of them). */
  felt?: string[];
  /** Set when only the sandbox has the data the case needs: the reason others skip it. */
  kunSandkasse?: string;
}

const idFor = (op: Oppslag) => (op.person ? PERSON : ORG);
/** The parameter that names the party in the operation's path. */
const partfelt = (op: Oppslag) => (op.person ? 'personidentifikator' : 'partIdentifikator');

/** Any lookup for a party, with the period where the operation takes one. */
function oppslag(k: Kontekst, op: Oppslag, id: string, extra: { token?: string | null; headers?: Record<string, string> } = {}): Promise<ApiResponse> {
  return op.kall(k.kravOgBetalinger, PAKKE, id, periodeMedData(k.environment.isSandbox), extra);
}
const medPeriode = (op: Oppslag, query: Record<string, string>) => (k: Kontekst) => op.kall(k.kravOgBetalinger, PAKKE, idFor(op), query);
const ukjent = (path: string) => async (k: Kontekst) =>
  k.http.send({ method: 'GET', path, operationId: 'hentAapneKrav', token: await k.token('kravogbetalinger') });

/** Each lookup once per row: `lag` builds the row, a person's lookups are sandbox-only when `personer` says why. */
const forHvert = (lag: (op: Oppslag) => Omit<Fremkalling, 'operationId'>, personer?: string): Fremkalling[] =>
  OPPSLAG.map((op) => ({ operationId: op.operationId, ...(op.person && personer ? { kunSandkasse: personer } : {}), ...lag(op) }));

/**
 * How each catalog code is produced. The loop below runs over the catalog, so a code added there
 * without a way to produce it here makes a test fail instead of going unnoticed.
 */
const FREMKALLING: Record<string, Fremkalling[] | { ikkeFremkallbar: string }> = {
  'KB-001': { ikkeFremkallbar: 'an unexpected error in the service itself cannot be produced on demand' },
  'KB-002': { ikkeFremkallbar: 'an unexpected error in a system the service depends on cannot be produced on demand' },
  'KB-003': [
    { tittel: `GET ${BASE}/${PAKKE}/${ORG}/betalinger (no such lookup)`, operationId: 'hentAapneKrav', kall: ukjent(`${BASE}/${PAKKE}/${ORG}/betalinger`) },
    { tittel: `GET ${BASE}/${PAKKE}/person/${PERSON} (a person without a lookup)`, operationId: 'hentAapneKrav', kall: ukjent(`${BASE}/${PAKKE}/person/${PERSON}`) },
    { tittel: `GET ${BASE}/ukjent`, operationId: 'hentAapneKrav', kall: ukjent(`${BASE}/ukjent`) },
  ],
  'KB-004': forHvert((op) => ({
    tittel: `GET ${op.sti(PAKKE, idFor(op))} without a token`,
    kall: (k: Kontekst) => oppslag(k, op, idFor(op), { token: null }),
  })),
  'KB-005': forHvert((op) => {
    const id = op.person ? PERSON_UTEN_SAMTYKKE : PART_UTEN_SAMTYKKE;
    return {
      tittel: `GET ${op.sti(PAKKE, id)} for a ${op.person ? 'person' : 'party'} that has given no consent`,
      kall: (k: Kontekst) => oppslag(k, op, id),
      kunSandkasse: `only the sandbox has known parties without consent (${PART_UTEN_SAMTYKKE}, ${PERSON_UTEN_SAMTYKKE})`,
    };
  }),
  'KB-006': [
    ...PERIODEOPPSLAG.flatMap((op) => {
      const sti = op.sti(PAKKE, idFor(op));
      const rad = (hva: string, query: Record<string, string>, felt: string[]) => ({
        tittel: `GET ${sti}?${new URLSearchParams(query)} (${hva})`, operationId: op.operationId, kall: medPeriode(op, query), felt,
      });
      return [
        rad('over a year', { fraOgMed: '2024-01-01', tilOgMed: '2025-01-02' }, ['tilOgMed', 'fraOgMed']),
        rad('ends before it begins', { fraOgMed: '2024-06-01', tilOgMed: '2024-05-31' }, ['tilOgMed', 'fraOgMed']),
        rad('no fraOgMed', { tilOgMed: '2024-12-31' }, ['fraOgMed']),
        rad('no tilOgMed', { fraOgMed: '2024-01-01' }, ['tilOgMed']),
        rad('not ISO 8601', { fraOgMed: '01.01.2024', tilOgMed: '2024-12-31' }, ['fraOgMed']),
        rad('no such day', { fraOgMed: '2024-01-01', tilOgMed: '2024-02-30' }, ['tilOgMed']),
      ];
    }),
    ...OPPSLAG.filter((op) => op.art === 'aapnekrav').flatMap((op) => [
      { tittel: `GET ${op.sti(PAKKE, '12345')} (neither 9 nor 11 digits)`, id: '12345' },
      // The two kinds of endpoint do not take each other's identifiers.
      { tittel: `GET ${op.sti(PAKKE, op.person ? ORG : PERSON)} (${op.person ? 'an organisation number on the person path' : 'a fødselsnummer on the organisation path'})`, id: op.person ? ORG : PERSON },
    ].map(({ tittel, id }) => ({ tittel, operationId: op.operationId, kall: (k: Kontekst) => op.kall(k.kravOgBetalinger, PAKKE, id), felt: [partfelt(op)] }))),
    ...OPPSLAG.filter((op) => op.art === 'aapnekrav').map((op) => ({
      tittel: `GET ${op.sti('ukjentpakke', idFor(op))} (no such rettighetspakke)`,
      operationId: op.operationId,
      kall: (k: Kontekst) => op.kall(k.kravOgBetalinger, 'ukjentpakke', idFor(op)),
      felt: ['rettighetspakke'],
    })),
  ],
  'KB-007': PERIODEOPPSLAG.map((op) => ({
    tittel: `GET ${op.sti(PAKKE, idFor(op))}?fraOgMed=${TOM_PERIODE.fraOgMed}&tilOgMed=${TOM_PERIODE.tilOgMed} (a year with nothing)`,
    operationId: op.operationId,
    kall: medPeriode(op, { ...TOM_PERIODE }),
    ...(op.person ? { kunSandkasse: PERSONER_KUN_I_SANDKASSEN } : {}),
  })),
  'KB-008': forHvert((op) => ({
    tittel: `GET ${op.sti(PAKKE, idFor(op))} with Accept: text/html`,
    kall: (k: Kontekst) => oppslag(k, op, idFor(op), { headers: { Accept: 'text/html' } }),
  }), PERSONER_KUN_I_SANDKASSEN),
  'KB-009': forHvert((op) => {
    const id = op.person ? UKJENT_PERSON : '999999999';
    return {
      tittel: `GET ${op.sti(PAKKE, id)} for an identifier nobody has`,
      kall: (k: Kontekst) => oppslag(k, op, id),
      kunSandkasse: `only the sandbox is known to have no party ${id} and to check consent of unknown parties as given`,
      felt: [partfelt(op)],
    };
  }),
};

test.describe('Krav og betalinger error codes, one block per code in specs/catalogs/kravogbetalinger.json', () => {
  for (const { kode, status, betydning } of loadKravOgBetalingerKoder()) {
    const fremkalling = FREMKALLING[kode];
    if (!fremkalling) {
      test(`${kode} (${betydning}) has a way to be produced in this suite`, { tag: [...tag, '@full'] }, () => {
        throw new Error(`${kode} is in the catalog but tests/kravogbetalinger/feilkoder.spec.ts does not know how to produce it`);
      });
      continue;
    }
    if (!Array.isArray(fremkalling)) {
      test(`${kode} ${status} is skipped: ${fremkalling.ikkeFremkallbar}`, { tag: [...tag, '@full'] }, () => {
        test.info().annotations.push({ type: 'feilkode', description: kode });
        test.skip(true, fremkalling.ikkeFremkallbar);
      });
      continue;
    }
    for (const f of fremkalling) {
      test(`${f.tittel} answers ${status} ${kode}${f.kunSandkasse ? ' (sandbox only)' : ''}`, { tag: [...tag, '@full'] }, async ({ kravOgBetalinger, http, token, environment }) => {
        test.info().annotations.push({ type: 'feilkode', description: kode });
        test.skip(!!f.kunSandkasse && !environment.isSandbox, f.kunSandkasse ?? '');
        const res = await f.kall({ kravOgBetalinger, http, token, environment });
        await expect(res).toMatchContract(f.operationId, status);
        expect(kodeAv(res.body)).toBe(kode);
        if (f.felt) expect(f.felt.some((felt) => navngirFelt(res.body, felt)), `the error names ${f.felt.join(' or ')}: ${res.text}`).toBe(true);
      });
    }
  }
});

import type { KravOgBetalingerClient } from '../../src/clients/apis.ts';
import type { Environment } from '../../src/config/environment.ts';
import type { HttpClient } from '../../src/http/client.ts';
import type { ApiResponse } from '../../src/http/exchange.ts';
import { loadKravOgBetalingerKoder } from '../../src/spec/catalog.ts';
import { loadSpec } from '../../src/spec/document.ts';
import { PART_UTEN_SAMTYKKE } from '../../sandbox/state/seed.ts';
import { expect, test } from '../fixtures/index.ts';
import { kodeAv, navngirFelt } from '../support/feil.ts';
import { TESTORGANISASJONER, TOM_PERIODE, periodeMedData, rettighetspakker } from '../support/kravogbetalinger.ts';

const tag = ['@kravogbetalinger'];
const [PART] = TESTORGANISASJONER;
const [PAKKE] = rettighetspakker();
const BASE = loadSpec('kravogbetalinger').basePath;

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

type Periodeoperasjon = 'hentKrav' | 'hentInnbetalinger';
const PERIODEOPERASJONER: Array<{ operationId: Periodeoperasjon; sti: string }> = [
  { operationId: 'hentKrav', sti: 'krav' },
  { operationId: 'hentInnbetalinger', sti: 'innbetalinger' },
];
const periodeKall = (op: Periodeoperasjon, query: Record<string, string>) => (k: Kontekst) =>
  k.kravOgBetalinger[op](PAKKE, PART, query);
const OPERASJONER = [{ operationId: 'hentAapneKrav', sti: 'aapnekrav' }, ...PERIODEOPERASJONER] as const;

/** Any of the three operations for a party, with the period where the operation takes one. */
function oppslag(k: Kontekst, operationId: string, part: string, extra: { token?: string | null; headers?: Record<string, string> } = {}): Promise<ApiResponse> {
  const query = operationId === 'hentAapneKrav' ? undefined : { ...periodeMedData(k.environment.isSandbox) };
  return k.kravOgBetalinger.call(operationId, { params: { rettighetspakke: PAKKE, partIdentifikator: part }, query, ...extra });
}

/**
 * How each catalog code is produced. The loop below runs over the catalog, so a code added there
 * without a way to produce it here makes a test fail instead of going unnoticed.
 */
const FREMKALLING: Record<string, Fremkalling[] | { ikkeFremkallbar: string }> = {
  'KB-001': { ikkeFremkallbar: 'an unexpected error in the service itself cannot be produced on demand' },
  'KB-002': { ikkeFremkallbar: 'an unexpected error in a system the service depends on cannot be produced on demand' },
  'KB-003': [
    {
      tittel: `GET ${BASE}/${PAKKE}/${PART}/utbetalinger (announced, not available)`,
      operationId: 'hentAapneKrav',
      kall: async (k) => k.http.send({ method: 'GET', path: `${BASE}/${PAKKE}/${PART}/utbetalinger`, operationId: 'hentAapneKrav', token: await k.token('kravogbetalinger') }),
    },
    {
      tittel: `GET ${BASE}/ukjent`,
      operationId: 'hentAapneKrav',
      kall: async (k) => k.http.send({ method: 'GET', path: `${BASE}/ukjent`, operationId: 'hentAapneKrav', token: await k.token('kravogbetalinger') }),
    },
  ],
  'KB-004': OPERASJONER.map((op) => ({
    tittel: `GET /${PAKKE}/${PART}/${op.sti} without a token`,
    operationId: op.operationId,
    kall: (k: Kontekst) => oppslag(k, op.operationId, PART, { token: null }),
  })),
  'KB-005': OPERASJONER.map((op) => ({
    tittel: `GET /${PAKKE}/${PART_UTEN_SAMTYKKE}/${op.sti} for a party that has given no consent`,
    operationId: op.operationId,
    kall: (k: Kontekst) => oppslag(k, op.operationId, PART_UTEN_SAMTYKKE),
    kunSandkasse: `only the sandbox has a known party without consent (${PART_UTEN_SAMTYKKE})`,
  })),
  'KB-006': [
    ...PERIODEOPERASJONER.flatMap(({ operationId, sti }) => [
      { tittel: `GET /${sti}?fraOgMed=2024-01-01&tilOgMed=2025-01-02 (over a year)`, operationId, kall: periodeKall(operationId, { fraOgMed: '2024-01-01', tilOgMed: '2025-01-02' }), felt: ['tilOgMed', 'fraOgMed'] },
      { tittel: `GET /${sti}?fraOgMed=2024-06-01&tilOgMed=2024-05-31 (ends before it begins)`, operationId, kall: periodeKall(operationId, { fraOgMed: '2024-06-01', tilOgMed: '2024-05-31' }), felt: ['tilOgMed', 'fraOgMed'] },
      { tittel: `GET /${sti}?tilOgMed=2024-12-31 (no fraOgMed)`, operationId, kall: periodeKall(operationId, { tilOgMed: '2024-12-31' }), felt: ['fraOgMed'] },
      { tittel: `GET /${sti}?fraOgMed=2024-01-01 (no tilOgMed)`, operationId, kall: periodeKall(operationId, { fraOgMed: '2024-01-01' }), felt: ['tilOgMed'] },
      { tittel: `GET /${sti}?fraOgMed=01.01.2024&tilOgMed=2024-12-31 (not ISO 8601)`, operationId, kall: periodeKall(operationId, { fraOgMed: '01.01.2024', tilOgMed: '2024-12-31' }), felt: ['fraOgMed'] },
      { tittel: `GET /${sti}?fraOgMed=2024-01-01&tilOgMed=2024-02-30 (no such day)`, operationId, kall: periodeKall(operationId, { fraOgMed: '2024-01-01', tilOgMed: '2024-02-30' }), felt: ['tilOgMed'] },
    ]),
    {
      tittel: `GET /${PAKKE}/12345/aapnekrav (partIdentifikator neither 9 nor 11 digits)`,
      operationId: 'hentAapneKrav',
      kall: (k) => k.kravOgBetalinger.hentAapneKrav(PAKKE, '12345'),
      felt: ['partIdentifikator'],
    },
    {
      tittel: `GET /ukjentpakke/${PART}/aapnekrav (no such rettighetspakke)`,
      operationId: 'hentAapneKrav',
      kall: (k) => k.kravOgBetalinger.hentAapneKrav('ukjentpakke', PART),
      felt: ['rettighetspakke'],
    },
  ],
  'KB-007': PERIODEOPERASJONER.map(({ operationId, sti }) => ({
    tittel: `GET /${PAKKE}/${PART}/${sti}?fraOgMed=${TOM_PERIODE.fraOgMed}&tilOgMed=${TOM_PERIODE.tilOgMed} (a year with nothing)`,
    operationId,
    kall: periodeKall(operationId, { ...TOM_PERIODE }),
  })),
  'KB-008': OPERASJONER.map((op) => ({
    tittel: `GET /${PAKKE}/${PART}/${op.sti} with Accept: text/html`,
    operationId: op.operationId,
    kall: (k: Kontekst) => oppslag(k, op.operationId, PART, { headers: { Accept: 'text/html' } }),
  })),
  'KB-009': OPERASJONER.map((op) => ({
    tittel: `GET /${PAKKE}/999999999/${op.sti} for an identifier nobody has`,
    operationId: op.operationId,
    kall: (k: Kontekst) => oppslag(k, op.operationId, '999999999'),
    kunSandkasse: 'only the sandbox is known to have no party 999999999 and to check consent of unknown parties as given',
  })),
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

import type { KravOgBetalingerClient } from '../../src/clients/apis.ts';
import type { ApiResponse } from '../../src/http/exchange.ts';
import { KRAV_TESTPERSONER, PART_UTEN_SAMTYKKE, PERSON_UTEN_SAMTYKKE } from '../../sandbox/state/seed.ts';
import { expect, test } from '../fixtures/index.ts';
import { defineAuthTests } from '../support/auth.ts';
import { kodeAv } from '../support/feil.ts';
import { OPPSLAG, TESTORGANISASJONER, kbKode, pakkeregler, periodeMedData, rettighetspakker, type Oppslag } from '../support/kravogbetalinger.ts';

const [ORG] = TESTORGANISASJONER;
const [PERSON] = KRAV_TESTPERSONER;
const [PAKKE] = rettighetspakker();
const periode = periodeMedData(true);
const idFor = (op: Oppslag) => (op.person ? PERSON : ORG);

defineAuthTests({
  api: 'kravogbetalinger',
  client: 'kravOgBetalinger',
  koder: { 401: kbKode('KB-004').kode, 403: kbKode('KB-005').kode },
  operations: OPPSLAG.map((op) => ({
    operationId: op.operationId,
    linje: `GET ${op.sti(PAKKE, idFor(op))}`,
    call: (c, extra) => op.kall(c as KravOgBetalingerClient, PAKKE, idFor(op), periode, extra),
  })),
});

type Kontekst = { kravOgBetalinger: KravOgBetalingerClient; token: (api: string, o?: { systembrukerOrg?: string }) => Promise<string>; supplierOrg: string };

/** One access case: who asks, under which package, for whom, and whether the package's rules let it through. */
interface Tilgangsrad {
  tittel: string;
  op: Oppslag;
  pakke: string;
  id: string;
  token(k: Kontekst): Promise<string>;
  status: 200 | 403;
}

const vanlig = (k: Kontekst) => k.token('kravogbetalinger');
const systembruker = (org?: string) => (k: Kontekst) => k.token('kravogbetalinger', { systembrukerOrg: org ?? k.supplierOrg });

/**
 * The rows follow the sandbox's rules per rettighetspakke (sandbox/state/samtykker.ts, from the 2026
 * page), so a package added to the document gets its rows, and a changed rule changes them.
 */
function tilgangsrader(): Tilgangsrad[] {
  const rader: Tilgangsrad[] = [];
  for (const pakke of rettighetspakker()) {
    const r = pakkeregler(pakke);
    const token = r.systembruker ? systembruker() : vanlig;
    for (const op of OPPSLAG.filter((o) => !o.person)) {
      if (r.samtykke) {
        rader.push({ tittel: `a party that has given no consent (${PART_UTEN_SAMTYKKE})`, op, pakke, id: PART_UTEN_SAMTYKKE, token, status: 403 });
        rader.push({ tittel: 'the party itself, without its consent', op, pakke, id: PART_UTEN_SAMTYKKE, token: systembruker(PART_UTEN_SAMTYKKE), status: 200 });
      } else {
        rader.push({ tittel: `a party that has given no consent (${PART_UTEN_SAMTYKKE}): ${pakke} asks for none`, op, pakke, id: PART_UTEN_SAMTYKKE, token, status: 200 });
      }
      if (r.systembruker) {
        rader.push({ tittel: 'a token that is not a systembruker token', op, pakke, id: ORG, token: vanlig, status: 403 });
      }
    }
    for (const op of OPPSLAG.filter((o) => o.person)) {
      if (!r.personer) {
        rader.push({ tittel: `a person with data: ${pakke} gives organisations only`, op, pakke, id: PERSON, token, status: 403 });
      } else if (r.samtykke) {
        rader.push({ tittel: `a person who has given no consent (${PERSON_UTEN_SAMTYKKE})`, op, pakke, id: PERSON_UTEN_SAMTYKKE, token, status: 403 });
      }
    }
  }
  return rader;
}

test.describe('kravogbetalinger: access per rettighetspakke (consent, systembruker, persons)', () => {
  for (const rad of tilgangsrader()) {
    const svar = rad.status === 200 ? '200' : `403 ${kbKode('KB-005').kode}`;
    test(`GET ${rad.op.sti(rad.pakke, rad.id)} for ${rad.tittel} answers ${svar} (sandbox only)`, { tag: ['@kravogbetalinger', '@full'] }, async ({ kravOgBetalinger, token, environment }) => {
      test.skip(!environment.isSandbox, 'only the sandbox has known parties without consent and a systembruker for any organisation');
      if (rad.status === 403) test.info().annotations.push({ type: 'feilkode', description: 'KB-005' });
      const res: ApiResponse = await rad.op.kall(kravOgBetalinger, rad.pakke, rad.id, periode, { token: await rad.token({ kravOgBetalinger, token, supplierOrg: environment.supplierOrg! }) });
      await expect(res).toMatchContract(rad.op.operationId, rad.status);
      if (rad.status === 403) expect(kodeAv(res.body)).toBe('KB-005');
    });
  }
});

import type { KravOgBetalingerClient } from '../../src/clients/apis.ts';
import type { ApiResponse } from '../../src/http/exchange.ts';
import { expect, test } from '../fixtures/index.ts';
import { kodeAv } from '../support/feil.ts';
import { TESTORGANISASJONER, kbSvarBrudd, periodeMedData, rettighetspakker, type Periode } from '../support/kravogbetalinger.ts';

const tag = ['@kravogbetalinger'];

interface Oppslag {
  operationId: 'hentAapneKrav' | 'hentKrav' | 'hentInnbetalinger';
  sti: string;
  medPeriode: boolean;
  kall(c: KravOgBetalingerClient, pakke: string, part: string, periode: Periode, headers?: Record<string, string>): Promise<ApiResponse>;
}

const OPPSLAG: Oppslag[] = [
  { operationId: 'hentAapneKrav', sti: 'aapnekrav', medPeriode: false, kall: (c, pakke, part, _p, headers) => c.hentAapneKrav(pakke, part, { headers }) },
  { operationId: 'hentKrav', sti: 'krav', medPeriode: true, kall: (c, pakke, part, p, headers) => c.hentKrav(pakke, part, p, { headers }) },
  { operationId: 'hentInnbetalinger', sti: 'innbetalinger', medPeriode: true, kall: (c, pakke, part, p, headers) => c.hentInnbetalinger(pakke, part, p, { headers }) },
];

test.describe('Krav og betalinger for the test organisations', () => {
  const [smokeOrg] = TESTORGANISASJONER;
  const [smokePakke] = rettighetspakker();
  for (const op of OPPSLAG) {
    for (const pakke of rettighetspakker()) {
      for (const part of TESTORGANISASJONER) {
        const query = op.medPeriode ? '?fraOgMed&tilOgMed' : '';
        const smoke = op.operationId === 'hentAapneKrav' && part === smokeOrg && pakke === smokePakke;
        test(`GET /${pakke}/${part}/${op.sti}${query} answers 200 with the party's own ${op.sti}`, { tag: [...tag, smoke ? '@smoke' : '@full'] }, async ({ kravOgBetalinger, environment }) => {
          const periode = periodeMedData(environment.isSandbox);
          const res = await op.kall(kravOgBetalinger, pakke, part, periode);
          if (op.medPeriode && !environment.isSandbox && res.status === 404) {
            // Outside the sandbox nobody knows whether the last year holds data; "nothing" must then be KB-007.
            await expect(res).toMatchContract(op.operationId, 404);
            expect(kodeAv(res.body)).toBe('KB-007');
            return;
          }
          await expect(res).toMatchContract(op.operationId, 200);
          expect(kbSvarBrudd(op.operationId, res.body, part, op.medPeriode ? periode : undefined)).toEqual([]);
        });
      }
    }
  }
});

test.describe('Krav og betalinger answer formats', () => {
  const [part] = TESTORGANISASJONER;
  const [pakke] = rettighetspakker();
  for (const op of OPPSLAG) {
    test(`GET /${pakke}/${part}/${op.sti} with Accept: application/xml answers 200 in XML`, { tag: [...tag, '@full'] }, async ({ kravOgBetalinger, environment }) => {
      const res = await op.kall(kravOgBetalinger, pakke, part, periodeMedData(environment.isSandbox), { Accept: 'application/xml' });
      test.skip(!environment.isSandbox && res.status === 404, 'the environment has no data for this party in the last year');
      await expect(res).toMatchContract(op.operationId, 200);
      expect(res.text.trimStart().startsWith('<'), 'the body is XML').toBe(true);
      expect(res.text).toContain(part);
    });
  }

  test(`the open claims in JSON and in XML name the same claims`, { tag: [...tag, '@full'] }, async ({ kravOgBetalinger }) => {
    const json = await kravOgBetalinger.hentAapneKrav(pakke, part);
    await expect(json).toMatchContract('hentAapneKrav', 200);
    const xml = await kravOgBetalinger.hentAapneKrav(pakke, part, { headers: { Accept: 'application/xml' } });
    await expect(xml).toMatchContract('hentAapneKrav', 200);
    const ider = ((json.body as { aapentKravMedGjenstaaendeBeloep?: { kravidentifikator: string }[] }).aapentKravMedGjenstaaendeBeloep ?? []).map((k) => k.kravidentifikator);
    for (const id of ider) expect(xml.text, `claim ${id} is in the XML answer`).toContain(id);
  });
});

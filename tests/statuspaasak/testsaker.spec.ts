import { statusPaaSakTestsaker } from '../../src/spec/status-paa-sak.ts';
import { expect, test } from '../fixtures/index.ts';
import { beslutningsarter, sakBrudd, type StatusPaaSak } from '../support/statuspaasak.ts';

// The test tab of the Status på sak page: cases submitted in the test environment are not processed,
// so these references stand in for them, in Skatteetaten's test environment and in the sandbox alike.

const tag = ['@statuspaasak'];
const STI = '/api/utleggsbegjaering-status-paa-sak/v1/saker';

test.describe('hentStatusPaaSak: the test references', () => {
  for (const t of statusPaaSakTestsaker()) {
    if (t.status === 404) {
      test(`GET ${STI}/${t.eksternSaksreferanse} answers 404 with a Feil (${t.beskrivelse})`, { tag: [...tag, '@smoke'] }, async ({ statusPaaSak }) => {
        const res = await statusPaaSak.hentStatus(t.eksternSaksreferanse);
        await expect(res).toMatchContract('hentStatusPaaSak', 404);
      });
      continue;
    }
    const besluttet = t.innhold.includes('beslutningsinformasjon');
    const smoke = t.saksstatus === 'sakOpprettet' || t.saksstatus === 'sakBesluttet';
    test(`GET ${STI}/${t.eksternSaksreferanse} answers 200 with saksstatus ${t.saksstatus} and ${t.innhold.join(', ')}${t.beslutninger.length ? ` (${t.beslutninger.join(', ')})` : ''}`, { tag: [...tag, smoke ? '@smoke' : '@full'] }, async ({ statusPaaSak }) => {
      const res = await statusPaaSak.hentStatus(t.eksternSaksreferanse);
      await expect(res).toMatchContract('hentStatusPaaSak', 200);
      const sak = res.body as StatusPaaSak;
      expect({ eksternSaksreferanse: sak.eksternSaksreferanse, saksstatus: sak.saksstatus }).toEqual({ eksternSaksreferanse: t.eksternSaksreferanse, saksstatus: t.saksstatus });
      for (const felt of t.innhold) expect((sak as unknown as Record<string, unknown[] | undefined>)[felt]?.length ?? 0, `${felt} is listed for ${t.eksternSaksreferanse} and must not be empty`).toBeGreaterThan(0);
      if (!besluttet) expect(sak.beslutningsinformasjon ?? [], 'no decision before the case is decided').toEqual([]);
      const arter = beslutningsarter(sak);
      for (const art of t.beslutninger) expect(arter.has(art), `${t.eksternSaksreferanse} includes ${art}`).toBe(true);
      expect(sakBrudd(sak)).toEqual([]);
    });
  }
});

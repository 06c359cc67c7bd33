import type { KravOgBetalingerClient } from '../../src/clients/apis.ts';
import { PART_UTEN_SAMTYKKE } from '../../sandbox/state/seed.ts';
import { expect, test } from '../fixtures/index.ts';
import { defineAuthTests } from '../support/auth.ts';
import { kodeAv } from '../support/feil.ts';
import { TESTORGANISASJONER, kbKode, periodeMedData, rettighetspakker } from '../support/kravogbetalinger.ts';

const [PART] = TESTORGANISASJONER;
const [PAKKE] = rettighetspakker();
const periode = periodeMedData(true);

defineAuthTests({
  api: 'kravogbetalinger',
  client: 'kravOgBetalinger',
  koder: { 401: kbKode('KB-004').kode, 403: kbKode('KB-005').kode },
  operations: [
    { operationId: 'hentAapneKrav', linje: `GET /${PAKKE}/${PART}/aapnekrav`, call: (c, extra) => (c as KravOgBetalingerClient).hentAapneKrav(PAKKE, PART, extra) },
    { operationId: 'hentKrav', linje: `GET /${PAKKE}/${PART}/krav`, call: (c, extra) => (c as KravOgBetalingerClient).hentKrav(PAKKE, PART, periode, extra) },
    { operationId: 'hentInnbetalinger', linje: `GET /${PAKKE}/${PART}/innbetalinger`, call: (c, extra) => (c as KravOgBetalingerClient).hentInnbetalinger(PAKKE, PART, periode, extra) },
  ],
});

test.describe('kravogbetalinger: another party\'s data', () => {
  for (const pakke of rettighetspakker()) {
    test(`GET /${pakke}/{party without consent}/aapnekrav answers 403 KB-005, while the party itself may look itself up (sandbox only)`, { tag: ['@kravogbetalinger', '@full'] }, async ({ kravOgBetalinger, token, environment }) => {
      test.skip(!environment.isSandbox, `only the sandbox has a known party without consent (${PART_UTEN_SAMTYKKE})`);
      const { kode, status } = kbKode('KB-005');
      test.info().annotations.push({ type: 'feilkode', description: kode });
      const res = await kravOgBetalinger.hentAapneKrav(pakke, PART_UTEN_SAMTYKKE);
      await expect(res).toMatchContract('hentAapneKrav', status);
      expect(kodeAv(res.body)).toBe(kode);
      // The refusal is about consent, not about the party: acting as the party itself, the same lookup works.
      const selv = await kravOgBetalinger.hentAapneKrav(pakke, PART_UTEN_SAMTYKKE, { token: await token('kravogbetalinger', { systembrukerOrg: PART_UTEN_SAMTYKKE }) });
      await expect(selv).toMatchContract('hentAapneKrav', 200);
    });
  }
});

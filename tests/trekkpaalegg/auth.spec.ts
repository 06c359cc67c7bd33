import type { TrekkpaaleggClient } from '../../src/clients/apis.ts';
import { expect, test } from '../fixtures/index.ts';
import { defineAuthTests } from '../support/auth.ts';
import { TESTORGANISASJONER } from '../support/kravogbetalinger.ts';
import type { Trekk } from '../support/trekkpaalegg.ts';

defineAuthTests({
  api: 'trekkpaalegg',
  client: 'trekkpaalegg',
  operations: [
    {
      operationId: 'hentTrekkpaalegg',
      linje: 'GET /api/trekkpaalegg/v1',
      call: (c, extra) => (c as TrekkpaaleggClient).hentListe({ fraSekvensnummer: 0, maksAntall: 1 }, extra),
    },
    {
      operationId: 'hentTrekkpaaleggVersjon',
      linje: 'GET /api/trekkpaalegg/v1/{trekkid}/{trekkversjon}',
      call: (c, extra) => (c as TrekkpaaleggClient).hentVersjon('00000000-0000-4000-8000-000000000000', 1, extra),
    },
  ],
});

test.describe('trekkpaalegg: another organisation\'s orders', () => {
  test('GET /api/trekkpaalegg/v1/{trekkid}/{trekkversjon} of an order that belongs to another trekkpliktig answers 404', { tag: ['@trekkpaalegg', '@full'] }, async ({ trekkpaalegg, token, environment }) => {
    test.skip(!environment.isSandbox, 'needs systembruker tokens for other organisations with orders, which only the sandbox grants');
    // Find another organisation that has orders, acting as its systembruker.
    let fremmed: Trekk | undefined;
    for (const org of TESTORGANISASJONER.filter((o) => o !== environment.supplierOrg)) {
      const res = await trekkpaalegg.hentListe({}, { token: await token('trekkpaalegg', { systembrukerOrg: org }) });
      await expect(res).toMatchContract('hentTrekkpaalegg', 200);
      fremmed = (res.body as Trekk[])[0];
      if (fremmed) break;
    }
    test.skip(!fremmed, 'none of the test organisations has orders in this sandbox');
    const egne = await trekkpaalegg.hentListe();
    await expect(egne).toMatchContract('hentTrekkpaalegg', 200);
    expect((egne.body as Trekk[]).map((t) => t.trekkid), 'another trekkpliktig\'s order is not in our list').not.toContain(fremmed!.trekkid);
    const res = await trekkpaalegg.hentVersjon(fremmed!.trekkid, fremmed!.trekkversjon);
    await expect(res).toMatchContract('hentTrekkpaaleggVersjon', 404);
  });
});

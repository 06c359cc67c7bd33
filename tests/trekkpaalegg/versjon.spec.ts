import type { TrekkpaaleggClient } from '../../src/clients/apis.ts';
import { expect, test } from '../fixtures/index.ts';
import { aktoerOrg } from '../support/aktoer.ts';
import { kodeAv, ukjentSti } from '../support/feil.ts';
import { trekkBrudd, type Trekk } from '../support/trekkpaalegg.ts';

const tag = ['@trekkpaalegg'];

async function helListe(trekkpaalegg: TrekkpaaleggClient): Promise<Trekk[]> {
  const res = await trekkpaalegg.hentListe();
  await expect(res).toMatchContract('hentTrekkpaalegg', 200);
  return res.body as Trekk[];
}

test.describe('hentTrekkpaaleggVersjon', () => {
  test('GET /api/trekkpaalegg/v1/{trekkid}/{trekkversjon} of an order in the list answers 200 with that same order', { tag: [...tag, '@smoke'] }, async ({ trekkpaalegg }) => {
    const liste = await helListe(trekkpaalegg);
    test.skip(liste.length === 0, 'the feed is empty for this organisation, so no order can be fetched');
    const [foerste] = liste;
    const res = await trekkpaalegg.hentVersjon(foerste.trekkid, foerste.trekkversjon);
    await expect(res).toMatchContract('hentTrekkpaaleggVersjon', 200);
    expect(res.body).toEqual(foerste);
  });

  test('GET /api/trekkpaalegg/v1/{trekkid}/{trekkversjon} of every order in the list equals the list\'s item', { tag: [...tag, '@full'] }, async ({ trekkpaalegg }) => {
    const liste = await helListe(trekkpaalegg);
    test.skip(liste.length === 0, 'the feed is empty for this organisation');
    for (const trekk of liste) {
      const res = await trekkpaalegg.hentVersjon(trekk.trekkid, trekk.trekkversjon);
      await expect(res).toMatchContract('hentTrekkpaaleggVersjon', 200);
      expect(res.body, `${trekk.trekkid} v${trekk.trekkversjon}`).toEqual(trekk);
    }
  });

  test('earlier versions of an order answer 200 with the same trekkid, an earlier sekvensnummer and the business rules kept', { tag: [...tag, '@full'] }, async ({ trekkpaalegg, environment }) => {
    const liste = await helListe(trekkpaalegg);
    const endret = liste.find((t) => t.trekkversjon > 1);
    test.skip(!endret, 'no order in the feed has more than one version');
    const trekkpliktig = aktoerOrg(environment);
    let etter = endret!.sekvensnummer;
    for (let versjon = endret!.trekkversjon - 1; versjon >= 1; versjon--) {
      const res = await trekkpaalegg.hentVersjon(endret!.trekkid, versjon);
      await expect(res).toMatchContract('hentTrekkpaaleggVersjon', 200);
      const tidligere = res.body as Trekk;
      expect({ trekkid: tidligere.trekkid, trekkversjon: tidligere.trekkversjon }).toEqual({ trekkid: endret!.trekkid, trekkversjon: versjon });
      expect(tidligere.sekvensnummer, `version ${versjon} came before version ${versjon + 1}`).toBeLessThan(etter);
      expect(trekkBrudd(tidligere, { trekkpliktig })).toEqual([]);
      etter = tidligere.sekvensnummer;
    }
  });

  test('GET /api/trekkpaalegg/v1/{trekkid}/{trekkversjon} of a version after the latest answers 404', { tag: [...tag, '@full'] }, async ({ trekkpaalegg }) => {
    const liste = await helListe(trekkpaalegg);
    test.skip(liste.length === 0, 'the feed is empty for this organisation');
    const [foerste] = liste;
    const res = await trekkpaalegg.hentVersjon(foerste.trekkid, foerste.trekkversjon + 1);
    await expect(res).toMatchContract('hentTrekkpaaleggVersjon', 404);
  });

  test('GET /api/trekkpaalegg/v1/{trekkid}/1 of an unknown trekkid answers 404', { tag: [...tag, '@full'] }, async ({ trekkpaalegg }) => {
    const res = await trekkpaalegg.hentVersjon(`ukjent-${crypto.randomUUID()}`, 1);
    await expect(res).toMatchContract('hentTrekkpaaleggVersjon', 404);
  });

  for (const versjon of [0, -1, 'abc']) {
    test(`GET /api/trekkpaalegg/v1/{trekkid}/${versjon} answers 400 for a trekkversjon that is not a positive integer`, { tag: [...tag, '@full'] }, async ({ trekkpaalegg }) => {
      const res = await trekkpaalegg.hentVersjon(crypto.randomUUID(), versjon);
      await expect(res).toMatchContract('hentTrekkpaaleggVersjon', 400);
    });
  }
});

test.describe('Trekkpålegg unknown paths', () => {
  const sti = ukjentSti('trekkpaalegg');
  test(`GET an unknown path under ${sti.basePath} answers ${sti.status} ${sti.kode}`, { tag: [...tag, '@full'] }, async ({ http, token }) => {
    test.info().annotations.push({ type: 'feilkode', description: sti.kode });
    const res = await http.send({ method: 'GET', path: `${sti.basePath}/a/1/ukjent`, operationId: 'hentTrekkpaaleggVersjon', token: await token('trekkpaalegg') });
    await expect(res).toMatchContract('hentTrekkpaaleggVersjon', sti.status);
    expect(kodeAv(res.body)).toBe(sti.kode);
  });
});

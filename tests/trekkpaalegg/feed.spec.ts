import type { TrekkpaaleggClient } from '../../src/clients/apis.ts';
import { expect, test } from '../fixtures/index.ts';
import { aktoerOrg } from '../support/aktoer.ts';
import { navngirFelt } from '../support/feil.ts';
import { blaGjennom, etterSekvensnummer, trekkBrudd, type Trekk } from '../support/trekkpaalegg.ts';

const tag = ['@trekkpaalegg'];
const MAKS_ANTALL = 3;

/** The whole feed without paging parameters, checked against the contract. */
async function helListe(trekkpaalegg: TrekkpaaleggClient): Promise<Trekk[]> {
  const res = await trekkpaalegg.hentListe();
  await expect(res).toMatchContract('hentTrekkpaalegg', 200);
  return res.body as Trekk[];
}

test.describe('hentTrekkpaalegg', () => {
  test('GET /api/trekkpaalegg/v1 answers 200 with the latest version of each order, each order once', { tag: [...tag, '@smoke'] }, async ({ trekkpaalegg }) => {
    const liste = await helListe(trekkpaalegg);
    const ider = liste.map((t) => t.trekkid);
    expect(new Set(ider).size, 'each trekkid appears once in the list').toBe(ider.length);
    const sekvens = liste.map((t) => t.sekvensnummer);
    expect(new Set(sekvens).size, 'sekvensnummer is unique across the list').toBe(sekvens.length);
  });

  test(`GET /api/trekkpaalegg/v1 paged with maksAntall=${MAKS_ANTALL} from fraSekvensnummer=0 delivers every order of the feed exactly once, page after page in ascending sekvensnummer`, { tag: [...tag, '@full'] }, async ({ trekkpaalegg }) => {
    const liste = await helListe(trekkpaalegg);
    test.skip(liste.length <= MAKS_ANTALL, `the feed has no more than ${MAKS_ANTALL} orders, too few to page`);
    const blading = await blaGjennom(async (fra) => {
      const res = await trekkpaalegg.hentListe({ fraSekvensnummer: fra, maksAntall: MAKS_ANTALL });
      await expect(res).toMatchContract('hentTrekkpaalegg', 200);
      return res.body as Trekk[];
    }, MAKS_ANTALL);
    expect(blading.problemer).toEqual([]);
    expect(blading.sider.length, 'the feed took more than one page').toBeGreaterThan(1);
    expect(etterSekvensnummer(blading.elementer), 'the paged union equals the unpaged list').toEqual(etterSekvensnummer(liste));
  });

  test('GET /api/trekkpaalegg/v1 from the highest sekvensnummer answers 200 with an empty page', { tag: [...tag, '@full'] }, async ({ trekkpaalegg }) => {
    const liste = await helListe(trekkpaalegg);
    const hoeyeste = Math.max(0, ...liste.map((t) => t.sekvensnummer));
    const res = await trekkpaalegg.hentListe({ fraSekvensnummer: hoeyeste, maksAntall: MAKS_ANTALL });
    await expect(res).toMatchContract('hentTrekkpaalegg', 200);
    expect(res.body).toEqual([]);
  });

  test('GET /api/trekkpaalegg/v1 from the middle of the feed gives exactly the orders after that sekvensnummer', { tag: [...tag, '@full'] }, async ({ trekkpaalegg }) => {
    const liste = etterSekvensnummer(await helListe(trekkpaalegg));
    test.skip(liste.length < 2, 'the feed has fewer than two orders');
    const midt = liste[Math.floor(liste.length / 2) - 1].sekvensnummer;
    const res = await trekkpaalegg.hentListe({ fraSekvensnummer: midt, maksAntall: 10_000 });
    await expect(res).toMatchContract('hentTrekkpaalegg', 200);
    expect(etterSekvensnummer(res.body as Trekk[])).toEqual(liste.filter((t) => t.sekvensnummer > midt));
  });

  test('every order in the feed keeps the business rules: one of amount or percent, percent 0–100, dates ordered, valid KID, account, orgnr and fødselsnummer, the token\'s org as trekkpliktig', { tag: [...tag, '@full'] }, async ({ trekkpaalegg, environment }) => {
    const liste = await helListe(trekkpaalegg);
    test.skip(liste.length === 0, 'the feed is empty for this organisation, so there is nothing to check');
    const trekkpliktig = aktoerOrg(environment);
    expect(liste.flatMap((t) => trekkBrudd(t, { trekkpliktig }))).toEqual([]);
  });
});

test.describe('hentTrekkpaalegg with bad paging parameters', () => {
  const ugyldige: Array<{ query: Record<string, string | number>; felt: string }> = [
    { query: { fraSekvensnummer: 0, maksAntall: 0 }, felt: 'maksAntall' },
    { query: { fraSekvensnummer: 0, maksAntall: -1 }, felt: 'maksAntall' },
    { query: { fraSekvensnummer: 0, maksAntall: 'abc' }, felt: 'maksAntall' },
    { query: { fraSekvensnummer: -1, maksAntall: MAKS_ANTALL }, felt: 'fraSekvensnummer' },
    { query: { fraSekvensnummer: 'abc', maksAntall: MAKS_ANTALL }, felt: 'fraSekvensnummer' },
  ];
  for (const { query, felt } of ugyldige) {
    const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
    test(`GET /api/trekkpaalegg/v1?${qs} answers 400 with a Feil naming ${felt}`, { tag: [...tag, '@full'] }, async ({ trekkpaalegg }) => {
      const res = await trekkpaalegg.hentListe(query);
      await expect(res).toMatchContract('hentTrekkpaalegg', 400);
      expect(navngirFelt(res.body, felt), `the error names ${felt}: ${res.text}`).toBe(true);
    });
  }
});

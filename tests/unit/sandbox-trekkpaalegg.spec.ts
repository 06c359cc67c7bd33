import { test, expect } from '@playwright/test';
import { call, startSandbox, TESTKLIENT_ORG, type Running } from './sandbox-support.ts';

const TP = 'trekkpaalegg';
let sb: Running;
let token: string;

test.beforeAll(async () => {
  sb = await startSandbox({ seed: 7 });
  token = await sb.token(TP);
});
test.afterAll(async () => sb?.sandbox.close());

const liste = (query = '', t = token) => call(sb.sandbox, TP, query ? `?${query}` : '', { token: t, operationId: 'hentTrekkpaalegg' });
const versjon = (trekkid: string, v: number | string, t = token) => call(sb.sandbox, TP, `/${trekkid}/${v}`, { token: t, operationId: 'hentTrekkpaaleggVersjon' });

test('the test client sees at least 25 orders of its own, ascending by sekvensnummer, some in later versions', async () => {
  const res = await liste();
  expect(res.status).toBe(200);
  const ordre: any[] = res.body;
  expect(ordre.length).toBeGreaterThanOrEqual(25);
  expect(ordre.every((o) => o.trekkpliktig === TESTKLIENT_ORG)).toBe(true);
  const sekvens = ordre.map((o) => o.sekvensnummer);
  expect(sekvens).toEqual([...sekvens].sort((a, b) => a - b));
  expect(new Set(ordre.map((o) => o.trekkid)).size).toBe(ordre.length);
  expect(ordre.some((o) => o.trekkversjon >= 3)).toBe(true);
});

test('paging with maksAntall 3 fetches every order exactly once', async () => {
  const alle: any[] = (await liste()).body;
  const sett: any[] = [];
  let fra = 0;
  for (let side = 0; side < 100; side++) {
    const res = await liste(`fraSekvensnummer=${fra}&maksAntall=3`);
    expect(res.body.length).toBeLessThanOrEqual(3);
    sett.push(...res.body);
    if (res.body.length < 3) break;
    fra = res.body[res.body.length - 1].sekvensnummer;
  }
  expect(sett.map((o) => o.trekkid)).toEqual(alle.map((o) => o.trekkid));
  expect((await liste(`fraSekvensnummer=${alle[alle.length - 1].sekvensnummer}`)).body).toEqual([]);
});

test('every version of an order can be fetched; later versions have higher sekvensnummer; unknown ones are 404', async () => {
  const gjeldende = (await liste()).body.find((o: any) => o.trekkversjon >= 2);
  let forrige = -1;
  for (let v = 1; v <= gjeldende.trekkversjon; v++) {
    const res = await versjon(gjeldende.trekkid, v);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ trekkid: gjeldende.trekkid, trekkversjon: v });
    expect(res.body.sekvensnummer).toBeGreaterThan(forrige);
    forrige = res.body.sekvensnummer;
  }
  expect(forrige).toBe(gjeldende.sekvensnummer);
  expect((await versjon(gjeldende.trekkid, gjeldende.trekkversjon + 1)).status).toBe(404);
  expect((await versjon('finnes-ikke', 1)).status).toBe(404);
});

test('each trekkpliktig sees only its own orders, also through a systembruker', async () => {
  const egne = (await liste()).body as any[];
  const annen = await sb.token(TP, '313182495');
  const deres = (await liste('', annen)).body as any[];
  expect(deres.length).toBeGreaterThan(0);
  expect(deres.every((o) => o.trekkpliktig === '313182495')).toBe(true);
  // Another organisation's order is 404 for us, as if it did not exist.
  expect((await versjon(deres[0].trekkid, deres[0].trekkversjon)).status).toBe(404);
  expect((await versjon(egne[0].trekkid, egne[0].trekkversjon, annen)).status).toBe(404);
  // An organisation without orders gets an empty list.
  expect((await liste('', await sb.token(TP, '999999999'))).body).toEqual([]);
});

test('parameters out of range are 400 naming the parameter', async () => {
  for (const [query, felt] of [
    ['maksAntall=0', 'maksAntall'],
    ['maksAntall=10001', 'maksAntall'],
    ['maksAntall=tre', 'maksAntall'],
    ['fraSekvensnummer=-1', 'fraSekvensnummer'],
    ['fraSekvensnummer=1.5', 'fraSekvensnummer'],
  ]) {
    const res = await liste(query);
    expect(res.status, query).toBe(400);
    expect(res.body.detaljer.map((d: any) => d.felt), query).toEqual([felt]);
  }
  const v = await versjon('x', 0);
  expect(v.status).toBe(400);
  expect(v.body.detaljer.map((d: any) => d.felt)).toEqual(['trekkversjon']);
});

test('the same seed gives the same feed; reset restores it', async () => {
  const foer = (await liste()).body;
  sb.sandbox.reset();
  expect((await liste()).body).toEqual(foer);
  const annen = await startSandbox({ seed: 7 });
  try {
    const t = await annen.token(TP);
    const res = await call(annen.sandbox, TP, '', { token: t, operationId: 'hentTrekkpaalegg' });
    expect(res.body).toEqual(foer);
  } finally {
    await annen.sandbox.close();
  }
});

test('unknown paths under the API are 404 DAS-002', async () => {
  const res = await call(sb.sandbox, TP, '/a/b/c', { token, feilkroppSom: { operationId: 'hentTrekkpaaleggVersjon', status: 404 } });
  expect(res.status).toBe(404);
  expect(res.body.kode).toBe('DAS-002');
});

test('an unexpected exception is a 500 DAS-001 without internals, and the server carries on', async () => {
  const { TrekkpaaleggFeed } = await import('../../sandbox/state/trekkpaalegg.ts');
  const original = TrekkpaaleggFeed.prototype.liste;
  TrekkpaaleggFeed.prototype.liste = () => {
    throw new Error('hemmelig intern detalj at /srv/app.ts:42');
  };
  try {
    const res = await liste();
    expect(res.status).toBe(500);
    expect(res.body.kode).toBe('DAS-001');
    expect(res.text).not.toContain('hemmelig');
    expect(res.text).not.toContain('.ts');
  } finally {
    TrekkpaaleggFeed.prototype.liste = original;
  }
  expect((await liste()).status).toBe(200);
});

import { test, expect } from '@playwright/test';
import { sandkasseregister, TENOR_SCOPE } from '../../generators/parties/index.ts';
import { BASE_PATH } from '../../sandbox/tenor/index.ts';
import { startSandbox, type Running } from './sandbox-support.ts';

// The sandbox's local Tenor: Tenor's search endpoints over the party register, its envelope with
// kildedata as a string, its parameters and its limit of 200 documents per query, behind the
// sandbox's Maskinporten with Tenor's scope.

let sb: Running;
let token: string;

test.beforeAll(async () => {
  sb = await startSandbox();
  token = await sb.token(TENOR_SCOPE);
});
test.afterAll(async () => sb?.sandbox.close());

async function soek(kilde: string, params: Record<string, string | string[]> = {}, init: { token?: string | null; method?: string } = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) for (const x of [v].flat()) q.append(k, x);
  const headers: Record<string, string> = {};
  const t = init.token === undefined ? token : init.token;
  if (t) headers.authorization = `Bearer ${t}`;
  const res = await fetch(`${sb.sandbox.url}${BASE_PATH}/soek/${kilde}?${q}`, { method: init.method ?? 'GET', headers });
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
}

const register = sandkasseregister();

test('GET /soek/freg answers Tenor\'s envelope, kildedata as a JSON string in the Folkeregister shape', async () => {
  const { status, headers, body } = await soek('freg', { kql: 'personstatus:bosatt', antall: '5', seed: '7' });
  expect(status).toBe(200);
  expect(headers.get('content-type')).toMatch(/^application\/json/);
  expect(Object.keys(body)).toEqual(['treff', 'rader', 'offset', 'nesteSide', 'seed', 'dokumentListe', 'fasetter']);
  expect(body).toMatchObject({ rader: 5, offset: 0, nesteSide: 1, seed: 7, fasetter: {} });
  const d = body.dokumentListe[0];
  expect(typeof d.tenorMetadata.kildedata).toBe('string');
  expect(d.tenorMetadata).toMatchObject({ kilder: ['freg'], kildeMime: 'application/json', id: d.id });
  const k = JSON.parse(d.tenorMetadata.kildedata);
  for (const felt of ['identifikasjonsnummer', 'navn', 'foedsel', 'bostedsadresse', 'status', 'kjoenn']) {
    expect(Array.isArray(k[felt]), felt).toBe(true);
    expect(k[felt].some((e: any) => e.erGjeldende === true), felt).toBe(true);
  }
  const party = register.byId(d.id);
  expect(party?.type).toBe('person');
  expect(k.identifikasjonsnummer[0].foedselsEllerDNummer).toBe(d.id);
});

test('GET /soek/brreg-er-fr: organisasjonsform only inside kildedata, yet searchable', async () => {
  const { status, body } = await soek('brreg-er-fr', { kql: 'organisasjonsform.kode:ENK', antall: '200' });
  expect(status).toBe(200);
  const enk = register.organisations().filter((o) => o.organisasjonsform === 'ENK');
  expect(body.treff).toBe(enk.length);
  for (const d of body.dokumentListe) {
    expect(d.organisasjonsform).toBeUndefined();
    expect(JSON.parse(d.tenorMetadata.kildedata).organisasjonsform.kode).toBe('ENK');
  }
});

test('KQL filters: ranges, AND/OR/NOT and parentheses count as the register does', async () => {
  const kql = '(foedselsdato:[1970 to 1979] or foedselsdato > 2000-06-30) and not personstatus:utflyttet';
  const { body } = await soek('freg', { kql, antall: '200' });
  const forventet = register.persons().filter((p) => {
    const aar = Number(p.foedselsdato.slice(0, 4));
    const utflyttet = p.adresse.land !== 'NO' && Number(p.identifikator.slice(0, 2)) <= 40;
    return ((aar >= 1970 && aar <= 1979) || p.foedselsdato > '2000-06-30') && !utflyttet;
  });
  expect(forventet.length).toBeGreaterThan(10);
  expect(body.treff).toBe(forventet.length);
  expect(new Set(body.dokumentListe.map((d: any) => d.id))).toEqual(new Set(forventet.map((p) => p.identifikator).slice(0, 200)));
});

test('seed orders the answer: the same seed the same pages, another seed another order; side pages on', async () => {
  const a = await soek('freg', { antall: '50', seed: '1' });
  const b = await soek('freg', { antall: '50', seed: '1' });
  const c = await soek('freg', { antall: '50', seed: '2' });
  const ids = (r: { body: any }) => r.body.dokumentListe.map((d: any) => d.id);
  expect(ids(a)).toEqual(ids(b));
  expect(ids(c)).not.toEqual(ids(a));
  const neste = await soek('freg', { antall: '50', seed: '1', side: '1' });
  expect(neste.body.offset).toBe(50);
  expect(ids(neste).filter((id: string) => ids(a).includes(id))).toEqual([]);
  const uten = await soek('freg', { antall: '1' });
  expect(Number.isInteger(uten.body.seed)).toBe(true);
});

test('at most 200 documents per query: past them nesteSide is null and pages are empty', async () => {
  expect(register.persons().length).toBeGreaterThan(200);
  const s0 = await soek('freg', { antall: '100', seed: '3', side: '0' });
  const s1 = await soek('freg', { antall: '100', seed: '3', side: '1' });
  const s2 = await soek('freg', { antall: '100', seed: '3', side: '2' });
  expect([s0.body.nesteSide, s1.body.nesteSide, s2.body.nesteSide]).toEqual([1, null, null]);
  expect([s0.body.rader, s1.body.rader, s2.body.rader]).toEqual([100, 100, 0]);
  expect(s0.body.treff).toBe(register.persons().length);
  expect((await soek('freg', { antall: '201' })).status).toBe(400);
});

test('vis keeps only the fields named, skjul drops them; *.kildedata reaches into tenorMetadata', async () => {
  const vis = await soek('freg', { antall: '1', seed: '4', vis: 'id,foedselsdato' });
  expect(Object.keys(vis.body.dokumentListe[0])).toEqual(['id', 'foedselsdato']);
  const gjentatt = await soek('freg', { antall: '1', seed: '4', vis: ['id', 'tenorMetadata.id'] });
  expect(gjentatt.body.dokumentListe[0]).toEqual({ id: vis.body.dokumentListe[0].id, tenorMetadata: { id: vis.body.dokumentListe[0].id } });
  const bare = await soek('freg', { antall: '1', seed: '4', vis: '*.kildedata' });
  expect(Object.keys(bare.body.dokumentListe[0])).toEqual(['tenorMetadata']);
  expect(Object.keys(bare.body.dokumentListe[0].tenorMetadata)).toEqual(['kildedata']);
  const skjul = await soek('freg', { antall: '1', seed: '4', skjul: '*.kildedata' });
  expect(skjul.body.dokumentListe[0].tenorMetadata.kildedata).toBeUndefined();
  expect(skjul.body.dokumentListe[0].tenorMetadata.id).toBe(vis.body.dokumentListe[0].id);
});

test('bad input answers 400 naming it; unknown sources 404; other methods 405', async () => {
  const kql = await soek('freg', { kql: 'personstatus:(bosatt' });
  expect(kql.status).toBe(400);
  expect(kql.body).toMatchObject({ status: 400, error: 'Bad Request' });
  expect(kql.body.message).toMatch(/^kql: expected "\)" to close the values of personstatus/);
  for (const [params, felt] of [[{ antall: '0' }, 'antall'], [{ side: '-1' }, 'side'], [{ seed: 'x' }, 'seed'], [{ nokkelinformasjon: 'ja' }, 'nokkelinformasjon']] as const) {
    const r = await soek('freg', params);
    expect(r.status, felt).toBe(400);
    expect(r.body.message, felt).toMatch(new RegExp(`^${felt} `));
  }
  expect((await soek('skattemelding')).status).toBe(404);
  const post = await soek('freg', {}, { method: 'POST' });
  expect(post.status).toBe(405);
  expect(post.headers.get('allow')).toBe('GET, HEAD');
});

test('the token must come from the sandbox\'s Maskinporten with Tenor\'s scope', async () => {
  const uten = await soek('freg', {}, { token: null });
  expect(uten.status).toBe(401);
  expect(uten.headers.get('www-authenticate')).toBe('Bearer');
  const annet = await soek('freg', {}, { token: await sb.token('skatteetaten:utleggsbegjaering') });
  expect(annet.status).toBe(403);
  expect(annet.body.message).toBe(`token lacks the scope ${TENOR_SCOPE}`);
  const falsk = await soek('freg', {}, { token: `${token.slice(0, -4)}AAAA` });
  expect(falsk.status).toBe(401);
  expect((await soek('freg')).status).toBe(200);
});

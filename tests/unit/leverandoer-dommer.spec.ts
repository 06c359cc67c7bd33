// The session judges (tools/leverandoer/dommer/) on facts alone, as certify runs them: tables of sessions
// and what each must find, right and wrong alike.
import { test, expect } from '@playwright/test';
import { Oektsdommer } from '../../tools/leverandoer/dommer/oekt.ts';
import { STANDARDVALG, type Fakta, type Funn, type Operasjonsref, type Utvekslingspost, type Valg } from '../../tools/leverandoer/post.ts';

const T0 = Date.parse('2026-06-01T10:00:00Z');
const UTSTEDER = 'http://127.0.0.1:1/maskinporten/';
const TREKK: Operasjonsref = { api: 'trekkpaalegg', versjon: 'v1', operationId: 'hentTrekkpaalegg' };
const STATUS: Operasjonsref = { api: 'statuspaasak', versjon: 'v1', operationId: 'hentStatusPaaSak' };
const SEND: Operasjonsref = { api: 'utleggsbegjaering', versjon: 'v2', operationId: 'sendInnUtleggsbegjaering' };

interface Steg { s: number; op?: Operasjonsref; status?: number; fakta?: Partial<Fakta>; grant?: boolean }

const token = (fp: string, exp: number, o: { scope?: string; org?: string; systembruker?: boolean } = {}) =>
  ({ fp, jwt: true, iss: UTSTEDER, scope: o.scope ?? 'skatteetaten:trekkpaalegg', org: o.org ?? '312597772', systembruker: o.systembruker ?? false, exp: T0 / 1000 + exp });

/** Runs the steps (seconds after T0) through a fresh session judge; every finding, the end's included, with its step. */
function kjoer(steg: Steg[], valg: Partial<Valg> = {}): { funn: Funn[]; dommer: Oektsdommer } {
  const dommer = new Oektsdommer({ ...STANDARDVALG, ...valg }, UTSTEDER);
  const funn: Funn[] = [];
  steg.forEach((x, i) => {
    const p: Utvekslingspost = {
      type: 'utveksling', nr: i + 1, tid: new Date(T0 + x.s * 1000).toISOString(), varighetMs: 1, operasjon: x.grant ? null : (x.op ?? TREKK),
      ...(x.grant ? { infrastruktur: 'maskinporten' as const } : {}),
      foresporsel: { metode: 'GET', url: 'http://127.0.0.1:1/', headers: {} }, svar: { status: x.status ?? 200, headers: {} },
      fakta: { dag: '2026-06-01', ...(x.grant ? {} : { token: token('a', 100) }), ...x.fakta }, funn: [],
    };
    funn.push(...dommer.observer(p));
  });
  funn.push(...dommer.avslutt());
  return { funn, dommer };
}

const side = (fra: number | undefined, maks: number | undefined, sekvens: number[], s = 0): Steg => ({ s, op: TREKK, fakta: { trekkside: { fra, maks, sekvens } } });
const sjekker = (f: Funn[]) => f.map((x) => `${x.nr}:${x.sjekk}`);

const FEED: { tittel: string; steg: Steg[]; funn: string[]; ferdig?: number }[] = [
  { tittel: 'paged from each last sekvensnummer to a short page', steg: [side(0, 3, [1, 2, 3]), side(3, 3, [4, 5, 6]), side(6, 3, [7])], funn: [], ferdig: 3 },
  { tittel: 'a later poll continues from where the walk ended', steg: [side(0, 3, [1, 2]), side(2, 3, [])], funn: [] },
  { tittel: 'a later poll from 0 fetches orders twice', steg: [side(0, 3, [1, 2]), side(0, 3, [1, 2])], funn: ['2:flyt.feedHentetToGanger'] },
  { tittel: 'the next page from before the last sekvensnummer', steg: [side(0, 2, [1, 2]), side(1, 2, [2])], funn: ['2:flyt.feedHentetToGanger'] },
  { tittel: 'the next page from beyond the last sekvensnummer', steg: [side(0, 2, [1, 2]), side(5, 2, [6])], funn: ['2:flyt.feedHoppetOver'] },
  { tittel: 'stopped after a full page', steg: [side(0, 2, [1, 2])], funn: ['1:flyt.feedIkkeTilSlutten'] },
  { tittel: 'without maksAntall the answer is the rest of the feed', steg: [side(0, undefined, [1, 2, 3])], funn: [], ferdig: 1 },
  { tittel: 'a page the API refused changes nothing', steg: [side(0, 2, [1, 2]), { ...side(2, 2, []), status: 401 }, side(2, 2, [3])], funn: [] },
];

for (const c of FEED) {
  test(`feed: ${c.tittel}`, () => {
    const { funn, dommer } = kjoer(c.steg);
    expect(sjekker(funn)).toEqual(c.funn);
    if (c.ferdig) expect(dommer.flyt.vandringer[0]).toMatchObject({ ferdig: true, sider: Array.from({ length: c.ferdig }, (_, i) => i + 1), funn: 0 });
  });
}

test('status: two polls of one case closer than the interval are a finding, at the interval they are not; other cases do not count', () => {
  const poll = (s: number, ref: string): Steg => ({ s, op: STATUS, fakta: { token: token('u', 1000, { scope: 'skatteetaten:utleggsbegjaering' }), statusreferanse: ref } });
  expect(sjekker(kjoer([poll(0, 'A'), poll(59, 'A'), poll(119, 'A'), poll(119.5, 'B')]).funn)).toEqual(['2:flyt.statusForOfte']);
  expect(sjekker(kjoer([poll(0, 'A'), poll(1, 'A')], { statusintervallSekunder: 1 }).funn)).toEqual([]);
});

const grant = (s: number, g: Partial<NonNullable<Fakta['grant']>>, status = 200): Steg => ({
  s, grant: true, status,
  fakta: { grant: { grantType: 'urn:ietf:params:oauth:grant-type:jwt-bearer', jwt: true, alg: 'RS256', x5c: false, iss: 'klient', aud: UTSTEDER, scope: 'skatteetaten:trekkpaalegg', iat: T0 / 1000 + s, exp: T0 / 1000 + s + 60, jti: `j${s}`, ...g } },
});

test('grants: each of Maskinporten\'s demands, judged from the decoded assertion', () => {
  const cases: [Partial<NonNullable<Fakta['grant']>>, string[]][] = [
    [{}, []],
    [{ exp: T0 / 1000 + 120 }, []],
    [{ exp: T0 / 1000 + 121 }, ['maskinporten.grant.levetid']],
    [{ iat: undefined }, ['maskinporten.grant.levetid']],
    [{ alg: 'PS256' }, ['maskinporten.grant.alg']],
    [{ aud: [UTSTEDER] }, []],
    [{ aud: UTSTEDER.replace(/\/$/, '') }, []],
    [{ aud: [UTSTEDER, 'https://annen/'] }, ['maskinporten.grant.aud']],
    [{ scope: ' ' }, ['maskinporten.grant.scope']],
    [{ systembrukerOrg: null }, ['maskinporten.grant.systembruker']],
    [{ systembrukerOrg: '329608433' }, []],
    [{ jti: undefined }, ['maskinporten.grant.jti']],
    [{ grantType: 'client_credentials' }, ['maskinporten.grant.grantType']],
    [{ jwt: false }, ['maskinporten.grant.ikkeJwt']],
  ];
  for (const [g, forventet] of cases) expect(kjoer([grant(0, g, 400)]).funn.map((f) => f.sjekk), JSON.stringify(g)).toEqual(forventet);
  // A jti is fresh per client: the same value from another client is no reuse.
  expect(sjekker(kjoer([grant(0, { jti: 'x' }, 400), grant(1, { jti: 'x', iss: 'annen' }, 400), grant(2, { jti: 'x' }, 400)]).funn)).toEqual(['3:maskinporten.grant.jti']);
});

test('tokens: a grant while the last token has long to live is wasted; one near its end is a renewal the scenario counts', () => {
  const utstedt = (fp: string, exp: number) => ({ utstedt: { fp, scope: 'skatteetaten:trekkpaalegg', org: '312597772', systembruker: false, exp: T0 / 1000 + exp } });
  const bruk = (s: number, fp: string, exp: number, status = 200): Steg => ({ s, op: { ...TREKK, operationId: 'hentTrekkpaaleggVersjon' }, status, fakta: { token: token(fp, exp) } });
  const slosing = kjoer([grant(0, utstedt('a', 120)), bruk(1, 'a', 120), grant(2, utstedt('b', 122)), bruk(3, 'b', 122)]);
  expect(slosing.funn).toEqual([expect.objectContaining({ nr: 3, sjekk: 'maskinporten.gjenbruk', alvor: 'advarsel', se: [1] })]);
  const iTide = kjoer([grant(0, utstedt('a', 120)), bruk(1, 'a', 120), grant(95, utstedt('b', 215)), bruk(96, 'b', 215)]);
  expect(iTide.funn).toEqual([]);
  expect(iTide.dommer.maskinporten.fornyelser).toEqual([{ nr: 3, maate: 'iTide', fp: 'b', vellykket: 4 }]);
  // Expired, refused, then a new token that works: the renewal after a 401, one warning for the expired call.
  const etter401 = kjoer([bruk(0, 'a', 10), bruk(11, 'a', 10, 401), bruk(12, 'b', 130)]);
  expect(sjekker(etter401.funn)).toEqual(['2:maskinporten.utloeptToken']);
  expect(etter401.dommer.maskinporten.fornyelser).toEqual([{ nr: 3, maate: 'etter401', fp: 'b', vellykket: 3 }]);
  expect(etter401.dommer.maskinporten.utenFornyelse()).toEqual([]);
  // The same expired token again after its 401.
  const igjen = kjoer([bruk(11, 'a', 10, 401), bruk(12, 'a', 10, 401)]);
  expect(sjekker(igjen.funn)).toEqual(['1:maskinporten.utloeptToken', '2:maskinporten.utloeptIgjen']);
  expect(igjen.dommer.maskinporten.utenFornyelse()).toEqual([1]);
});

test('acting for a customer: the customer\'s systembruker token is right, the client\'s own token or another customer\'s is not', () => {
  const send = (t: ReturnType<typeof token>): Steg => ({ s: 0, op: SEND, status: 201, fakta: { token: t, begjaering: { hash: 'h', innsenderOrgnr: '329608433', vedlegg: [], saksoekte: [], antallSaksoekte: 1, antallTvangsgrunnlag: 1, antallKrav: 1 } } });
  const scope = 'skatteetaten:utleggsbegjaering';
  const mp = (f: Funn[]) => f.filter((x) => x.kategori === 'maskinporten').map((x) => x.sjekk);
  expect(mp(kjoer([send(token('k', 100, { scope, org: '329608433', systembruker: true }))]).funn)).toEqual([]);
  expect(mp(kjoer([send(token('e', 100, { scope }))]).funn)).toEqual(['maskinporten.systembruker']);
  expect(mp(kjoer([send(token('x', 100, { scope, org: '365179662', systembruker: true }))]).funn)).toEqual(['maskinporten.systembruker']);
});

test('valider before sendInn is judged only when the supplier says its system does it', () => {
  const b = { hash: 'h', vedlegg: [], saksoekte: [], antallSaksoekte: 1, antallTvangsgrunnlag: 1, antallKrav: 1 };
  const scope = 'skatteetaten:utleggsbegjaering';
  const steg: Steg[] = [{ s: 0, op: SEND, status: 201, fakta: { token: token('u', 100, { scope }), begjaering: b, dag: '2027-02-01' } }];
  expect(kjoer(steg).funn).toEqual([]);
  expect(kjoer(steg, { validerFoerInnsending: true }).funn.map((f) => f.sjekk)).toEqual(['flyt.ikkeValidertFoerst']);
  const validert: Steg[] = [{ s: 0, op: { ...SEND, operationId: 'validerUtleggsbegjaering' }, status: 204, fakta: { token: token('u', 100, { scope }), begjaering: b, dag: '2027-02-01' } }, { ...steg[0], s: 1 }];
  expect(kjoer(validert, { validerFoerInnsending: true }).funn).toEqual([]);
});

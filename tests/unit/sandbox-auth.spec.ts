import { test, expect } from '@playwright/test';
import { call, example, startSandbox, type Running } from './sandbox-support.ts';

let sb: Running;

test.beforeAll(async () => {
  sb = await startSandbox();
});
test.afterAll(async () => sb?.sandbox.close());

const sendInn = (headers: Record<string, string>) =>
  call(sb.sandbox, 'utleggsbegjaering', '/utleggsbegjaering', { headers, body: example('enkel'), operationId: 'sendInnUtleggsbegjaering' });
const trekk = (headers: Record<string, string>) => call(sb.sandbox, 'trekkpaalegg', '', { headers, operationId: 'hentTrekkpaalegg' });

test('no token, a malformed one or another scheme → 401 with WWW-Authenticate, before the body is looked at', async () => {
  // RFC 6750 § 3: no error attribute when no Bearer token was tried; invalid_request / invalid_token otherwise.
  const cases: [Record<string, string>, RegExp][] = [
    [{}, /^Bearer$/],
    [{ authorization: 'Basic dXNlcjpwYXNz' }, /^Bearer$/],
    [{ authorization: 'Bearer' }, /^Bearer error="invalid_request", error_description="[^"]+"$/],
    [{ authorization: 'Bearer not.a.jwt' }, /^Bearer error="invalid_token", error_description="[^"]+"$/],
  ];
  for (const [headers, challenge] of cases) {
    for (const res of [await sendInn(headers), await trekk(headers)]) {
      expect(res.status, JSON.stringify(headers)).toBe(401);
      expect(res.body.kode).toBe('IKKE_AUTENTISERT');
      expect(res.headers.get('www-authenticate'), JSON.stringify(headers)).toMatch(challenge);
    }
  }
});

test('a token from another Maskinporten (other issuer and key) → 401', async () => {
  const annen = await startSandbox();
  try {
    const fremmed = await annen.token('utleggsbegjaering');
    const res = await sendInn({ authorization: `Bearer ${fremmed}` });
    expect(res.status).toBe(401);
  } finally {
    await annen.sandbox.close();
  }
});

test('an expired token → 401 "token has expired"', async () => {
  const tidlig = () => Date.now() - 10 * 60_000;
  const gammel = await startSandbox({ tokenClock: tidlig }, tidlig);
  try {
    const utloept = await gammel.token('trekkpaalegg');
    const res = await call(gammel.sandbox, 'trekkpaalegg', '', { token: utloept, operationId: 'hentTrekkpaalegg' });
    expect(res.status).toBe(401);
    expect(res.body.melding).toBe('token has expired');
  } finally {
    await gammel.sandbox.close();
  }
});

test('a valid token without the API\'s scope → 403 DAS-008', async () => {
  const annetScope = await sb.token('skatteetaten:testscope');
  for (const res of [await sendInn({ authorization: `Bearer ${annetScope}` }), await trekk({ authorization: `Bearer ${annetScope}` })]) {
    expect(res.status).toBe(403);
    expect(res.body.kode).toBe('DAS-008');
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer error="insufficient_scope", error_description="[^"]+", scope="skatteetaten:(utleggsbegjaering|trekkpaalegg)"$/);
  }
  // A token with the scope passes the same check.
  expect((await trekk({ authorization: `Bearer ${await sb.token('trekkpaalegg')}` })).status).toBe(200);
});

test('Korrelasjonsid is echoed when sent and made up (a uuid) when not, on every kind of answer', async () => {
  const egen = await trekk({ korrelasjonsid: 'min-egen-id-42' });
  expect(egen.headers.get('korrelasjonsid')).toBe('min-egen-id-42');
  expect(egen.body.korrelasjonsid).toBe('min-egen-id-42');
  const laget = await trekk({});
  expect(laget.headers.get('korrelasjonsid')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  const jwks = await fetch(`${sb.sandbox.url}/maskinporten/jwks`, { headers: { korrelasjonsid: 'jwks-kall' } });
  expect(jwks.status).toBe(200);
  expect(jwks.headers.get('korrelasjonsid')).toBe('jwks-kall');
});

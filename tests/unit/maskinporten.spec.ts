import { createPrivateKey, createPublicKey, createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import { SignJWT, createLocalJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify, type JWK } from 'jose';
import { createMaskinporten, type Maskinporten } from '../../sandbox/maskinporten/index.ts';
import { createTokenVerifier } from '../../src/auth/index.ts';
import {
  ClientKeyError,
  MaskinportenClient,
  MaskinportenError,
  loadClientKeyFromJwk,
  loadClientKeyFromPemFile,
} from '../../src/maskinporten/index.ts';

const CLIENT_ID = 'sandbox-test-client';
const CLIENT_ORG = '312597772';
const UB_SCOPE = 'skatteetaten:utleggsbegjaering';
const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const privateJwk: JWK = JSON.parse(readFileSync(new URL('../../sandbox/keys/sandbox-test-client.private.jwk.json', import.meta.url), 'utf8'));
const KID = privateJwk.kid!;

interface Running {
  mp: Maskinporten;
  server: Server;
  base: string;
  wellKnownUrl: string;
  tokenUrl: string;
}

/** A bare node:http server mounting only the Maskinporten handler, like the sandbox will. */
async function start(options: { now?: () => number; accessTokenLifetimeSeconds?: number; clientsFile?: string } = {}): Promise<Running> {
  let mp: Maskinporten | undefined;
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    void mp!.handle(req, res, pathname).then((handled) => {
      if (!handled) {
        res.statusCode = 418;
        res.end('not mine');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const base = `http://127.0.0.1:${port}`;
  mp = await createMaskinporten({ issuer: `${base}/maskinporten/`, ...options });
  return {
    mp,
    server,
    base,
    wellKnownUrl: `${base}/maskinporten/.well-known/oauth-authorization-server`,
    tokenUrl: `${base}/maskinporten/token`,
  };
}

const stop = (r: Running) => new Promise<void>((resolve) => r.server.close(() => resolve()));

/** A fetch that counts token requests and keeps the grants it sent, to look inside them. */
function countingFetch() {
  const grants: string[] = [];
  const counter = {
    tokenRequests: 0,
    grants,
    fetch: (async (input: string | URL | Request, init?: RequestInit) => {
      if (String(input).endsWith('/token')) {
        counter.tokenRequests += 1;
        grants.push(new URLSearchParams(String(init?.body)).get('assertion')!);
      }
      return fetch(input, init);
    }) as typeof fetch,
  };
  return counter;
}

function newClient(r: Running, extra: Partial<ConstructorParameters<typeof MaskinportenClient>[0]> = {}) {
  return new MaskinportenClient({ clientId: CLIENT_ID, key: privateJwk, wellKnownUrl: r.wellKnownUrl, ...extra });
}

/** Signs a grant by hand, for the cases our own client would never produce. */
async function grant(r: Running, overrides: { claims?: Record<string, unknown>; header?: Record<string, unknown>; key?: KeyObject | CryptoKey | JWK } = {}) {
  const now = Math.floor(Date.now() / 1000);
  const claims = { aud: r.mp.issuer, iss: CLIENT_ID, scope: UB_SCOPE, iat: now, exp: now + 60, jti: crypto.randomUUID(), ...overrides.claims };
  for (const [k, v] of Object.entries(claims)) if (v === undefined) delete (claims as Record<string, unknown>)[k];
  const header = { alg: 'RS256', kid: KID, ...overrides.header };
  for (const [k, v] of Object.entries(header)) if (v === undefined) delete (header as Record<string, unknown>)[k];
  return new SignJWT(claims).setProtectedHeader(header as { alg: string }).sign((overrides.key ?? privateJwk) as CryptoKey);
}

async function postToken(r: Running, body: string, contentType = 'application/x-www-form-urlencoded') {
  const res = await fetch(r.tokenUrl, { method: 'POST', headers: { 'content-type': contentType }, body });
  return { status: res.status, body: (await res.json()) as Record<string, string> };
}

const form = (assertion: string) => new URLSearchParams({ grant_type: JWT_BEARER, assertion }).toString();

// --- a minimal self-signed X.509 certificate, so the x5c path is tested without openssl ---
function der(tag: number, content: Buffer): Buffer {
  const n = content.length;
  const len = n < 0x80 ? Buffer.from([n]) : n < 0x100 ? Buffer.from([0x81, n]) : Buffer.from([0x82, n >> 8, n & 0xff]);
  return Buffer.concat([Buffer.from([tag]), len, content]);
}
const seq = (...parts: Buffer[]) => der(0x30, Buffer.concat(parts));
const utcTime = (d: Date) => der(0x17, Buffer.from(d.toISOString().replace(/[-:T]/g, '').slice(2, 14) + 'Z'));

function selfSignedCert(privateKey: KeyObject, notBefore: Date, notAfter: Date): string {
  const sha256WithRsa = seq(der(0x06, Buffer.from('2a864886f70d01010b', 'hex')), Buffer.from([0x05, 0x00]));
  const name = seq(der(0x31, seq(der(0x06, Buffer.from('550403', 'hex')), der(0x0c, Buffer.from('sandbox x5c test')))));
  const spki = createPublicKey(privateKey).export({ type: 'spki', format: 'der' });
  const validity = seq(utcTime(notBefore), utcTime(notAfter));
  const tbs = seq(der(0xa0, der(0x02, Buffer.from([2]))), der(0x02, Buffer.from([1])), sha256WithRsa, name, validity, name, spki);
  const signature = createSign('sha256').update(tbs).sign(privateKey);
  return seq(tbs, sha256WithRsa, der(0x03, Buffer.concat([Buffer.from([0]), signature]))).toString('base64');
}

const DAY = 24 * 3600 * 1000;
let r: Running;
test.beforeAll(async () => {
  r = await start();
});
test.afterAll(async () => {
  await stop(r);
});

test.describe('local Maskinporten endpoints', () => {
  test('metadata names the issuer, endpoints, grant, auth method and systembruker type', async () => {
    const meta = await (await fetch(r.wellKnownUrl)).json();
    expect(meta).toMatchObject({
      issuer: r.mp.issuer,
      token_endpoint: r.tokenUrl,
      jwks_uri: `${r.base}/maskinporten/jwks`,
      grant_types_supported: [JWT_BEARER],
      token_endpoint_auth_methods_supported: ['private_key_jwt'],
      authorization_details_types_supported: ['urn:altinn:systemuser'],
    });
    const jwks = await (await fetch(meta.jwks_uri)).json();
    expect(jwks).toEqual(r.mp.jwks);
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(jwks.keys[0].kid).toBeTruthy();
    expect(jwks.keys[0].d).toBeUndefined();
  });

  test('handle() leaves other paths alone and answers unknown ones under /maskinporten/ with 404', async () => {
    expect((await fetch(`${r.base}/api/utleggsbegjaering/v1`)).status).toBe(418);
    expect((await fetch(`${r.base}/maskinporten`)).status).toBe(418);
    const res = await fetch(`${r.base}/maskinporten/nope`);
    expect(res.status).toBe(404);
    expect((await res.json()).error).toBe('not_found');
    expect((await fetch(r.tokenUrl)).status).toBe(405);
    expect((await fetch(r.wellKnownUrl, { method: 'POST' })).status).toBe(405);
  });
});

test.describe('token through the JWT-bearer grant', () => {
  test('happy path: the client gets a token with Maskinporten claims, verifiable with the JWKS', async () => {
    const counter = countingFetch();
    const client = newClient(r, { fetch: counter.fetch });
    const token = await client.getToken({ scope: UB_SCOPE });
    const { payload, protectedHeader } = await jwtVerify(token, createLocalJWKSet(r.mp.jwks), { issuer: r.mp.issuer });
    expect(protectedHeader).toMatchObject({ alg: 'RS256', kid: r.mp.jwks.keys[0].kid });
    expect(payload).toMatchObject({
      iss: r.mp.issuer,
      scope: UB_SCOPE,
      consumer: { authority: 'iso6523-actorid-upis', ID: `0192:${CLIENT_ORG}` },
      client_id: CLIENT_ID,
      client_amr: 'private_key_jwt',
      token_type: 'Bearer',
    });
    expect(payload.exp! - payload.iat!).toBe(120);
    expect(typeof payload.jti).toBe('string');
    expect(payload.authorization_details).toBeUndefined();

    // And the grant the client sent is what Maskinporten asks for.
    const sent = counter.grants[0];
    expect(decodeProtectedHeader(sent)).toMatchObject({ alg: 'RS256', kid: KID });
    const claims = decodeJwt(sent);
    expect(claims).toMatchObject({ aud: r.mp.issuer, iss: CLIENT_ID, scope: UB_SCOPE });
    expect(claims.exp! - claims.iat!).toBeLessThanOrEqual(120);
    expect(claims.jti).toBeTruthy();
  });

  test('the token response has token_type, expires_in and scope', async () => {
    const res = await postToken(r, form(await grant(r)));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ token_type: 'Bearer', expires_in: 120, scope: UB_SCOPE });
    expect(typeof res.body.access_token).toBe('string');
  });

  test('systembruker: the token carries authorization_details and the verifier acts for that org', async () => {
    const client = newClient(r);
    const token = await client.getToken({ scope: UB_SCOPE, systembrukerOrg: '310478717' });
    const claims = decodeJwt(token) as Record<string, any>;
    expect(claims.consumer.ID).toBe(`0192:${CLIENT_ORG}`);
    expect(claims.authorization_details).toHaveLength(1);
    expect(claims.authorization_details[0]).toMatchObject({
      type: 'urn:altinn:systemuser',
      systemuser_org: { authority: 'iso6523-actorid-upis', ID: '0192:310478717' },
    });
    expect(claims.authorization_details[0].systemuser_id[0]).toMatch(/^[0-9a-f-]{36}$/);

    const verifier = createTokenVerifier({ issuer: r.mp.issuer, jwks: r.mp.jwks });
    const result = await verifier.verify(`Bearer ${token}`, UB_SCOPE);
    expect(result).toMatchObject({ ok: true, orgnr: '310478717', systembruker: true });
    const plain = await verifier.verify(`Bearer ${await client.getToken({ scope: UB_SCOPE })}`, UB_SCOPE);
    expect(plain).toMatchObject({ ok: true, orgnr: CLIENT_ORG, systembruker: false });
  });

  test('x5c: a certificate whose key is registered is accepted, any other is refused', async () => {
    const key = createPrivateKey({ key: privateJwk as any, format: 'jwk' });
    const cert = selfSignedCert(key, new Date(Date.now() - DAY), new Date(Date.now() + DAY));
    const client = newClient(r, { key, x5c: [cert] });
    const token = await client.getToken({ scope: 'skatteetaten:trekkpaalegg' });
    expect(decodeJwt(token).client_id).toBe(CLIENT_ID);

    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const strangerCert = selfSignedCert(other, new Date(Date.now() - DAY), new Date(Date.now() + DAY));
    const refused = await postToken(r, form(await grant(r, { header: { kid: undefined, x5c: [strangerCert] }, key: other })));
    expect(refused).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
    expect(refused.body.error_description).toContain('x5c');

    const expiredCert = selfSignedCert(key, new Date(Date.now() - 2 * DAY), new Date(Date.now() - DAY));
    const expired = await postToken(r, form(await grant(r, { header: { kid: undefined, x5c: [expiredCert] } })));
    expect(expired.body.error_description).toContain('expired');

    const garbage = await postToken(r, form(await grant(r, { header: { kid: undefined, x5c: ['bm90IGEgY2VydA=='] } })));
    expect(garbage.body).toMatchObject({ error: 'invalid_grant' });
    expect(garbage.body.error_description).toContain('x5c[0]');
  });
});

test.describe('client cache and concurrency', () => {
  test('a second getToken for the same scope and org makes no request; another scope or org does', async () => {
    const counter = countingFetch();
    const client = newClient(r, { fetch: counter.fetch });
    const first = await client.getToken({ scope: UB_SCOPE });
    expect(await client.getToken({ scope: [UB_SCOPE] })).toBe(first);
    expect(counter.tokenRequests).toBe(1);
    await client.getToken({ scope: 'skatteetaten:trekkpaalegg' });
    await client.getToken({ scope: UB_SCOPE, systembrukerOrg: '0192:310478717' });
    expect(counter.tokenRequests).toBe(3);
    await client.getToken({ scope: UB_SCOPE, systembrukerOrg: '310478717' });
    expect(counter.tokenRequests).toBe(3);
    // Every grant has its own jti.
    expect(new Set(counter.grants.map((g) => decodeJwt(g).jti)).size).toBe(3);
  });

  test('concurrent requests for the same key share one grant', async () => {
    const counter = countingFetch();
    const client = newClient(r, { fetch: counter.fetch });
    const tokens = await Promise.all(Array.from({ length: 5 }, () => client.getToken({ scope: UB_SCOPE })));
    expect(new Set(tokens).size).toBe(1);
    expect(counter.tokenRequests).toBe(1);
  });

  test('a token is refreshed leewaySeconds before it expires', async () => {
    let clock = Date.now();
    const shared = await start({ now: () => clock });
    try {
      const counter = countingFetch();
      const client = newClient(shared, { fetch: counter.fetch, now: () => clock, leewaySeconds: 10 });
      const first = await client.getToken({ scope: UB_SCOPE });
      clock += 109_000;
      expect(await client.getToken({ scope: UB_SCOPE })).toBe(first);
      expect(counter.tokenRequests).toBe(1);
      clock += 2_000; // 111 s into a 120 s token: inside the 10 s margin
      expect(await client.getToken({ scope: UB_SCOPE })).not.toBe(first);
      expect(counter.tokenRequests).toBe(2);
    } finally {
      await stop(shared);
    }
  });
});

test.describe('grants Maskinporten refuses', () => {
  const cases: Array<[string, () => Promise<string>, string, string]> = [
    ['exp - iat over 120 s', () => grant(r, { claims: { exp: Math.floor(Date.now() / 1000) + 121 } }), 'invalid_grant', 'exp - iat'],
    ['wrong aud', () => grant(r, { claims: { aud: 'https://test.maskinporten.no/' } }), 'invalid_grant', 'aud'],
    ['missing aud', () => grant(r, { claims: { aud: undefined } }), 'invalid_grant', 'aud'],
    ['unknown kid', () => grant(r, { header: { kid: 'not-registered' } }), 'invalid_grant', 'kid'],
    ['neither kid nor x5c', () => grant(r, { header: { kid: undefined } }), 'invalid_grant', 'kid or x5c'],
    ['unknown client', () => grant(r, { claims: { iss: 'someone-else' } }), 'invalid_client', 'iss'],
    ['missing jti', () => grant(r, { claims: { jti: undefined } }), 'invalid_grant', 'jti'],
    ['iat in the future', () => grant(r, { claims: { iat: Math.floor(Date.now() / 1000) + 60, exp: Math.floor(Date.now() / 1000) + 90 } }), 'invalid_grant', 'iat'],
    ['expired grant', () => grant(r, { claims: { iat: Math.floor(Date.now() / 1000) - 100, exp: Math.floor(Date.now() / 1000) - 40 } }), 'invalid_grant', 'exp'],
    ['missing scope', () => grant(r, { claims: { scope: undefined } }), 'invalid_scope', 'scope'],
    ['signed by another key under the registered kid', () => grant(r, { key: generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey }), 'invalid_grant', 'signature'],
    ['HS256 instead of RS256', () => new SignJWT({ aud: r.mp.issuer, iss: CLIENT_ID, scope: UB_SCOPE, jti: 'x' }).setProtectedHeader({ alg: 'HS256', kid: KID }).setIssuedAt().setExpirationTime('60s').sign(new Uint8Array(32)), 'invalid_grant', 'alg'],
    ['systembruker org not 0192:<orgnr>', () => grant(r, { claims: { authorization_details: [{ type: 'urn:altinn:systemuser', systemuser_org: { authority: 'iso6523-actorid-upis', ID: '310478717' } }] } }), 'invalid_request', 'authorization_details[0].systemuser_org.ID'],
    ['authorization_details of another type', () => grant(r, { claims: { authorization_details: [{ type: 'urn:altinn:other' }] } }), 'invalid_request', 'authorization_details[0].type'],
  ];
  for (const [name, make, error, named] of cases) {
    test(`${name} → ${error}`, async () => {
      const res = await postToken(r, form(await make()));
      expect(res.status).toBe(400);
      expect(res.body.error).toBe(error);
      expect(res.body.error_description).toContain(named);
    });
  }

  test('a reused jti is refused, even with an otherwise valid grant', async () => {
    const assertion = await grant(r);
    expect((await postToken(r, form(assertion))).status).toBe(200);
    const again = await postToken(r, form(assertion));
    expect(again).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
    expect(again.body.error_description).toContain('jti');
  });

  test('an unregistered scope is invalid_scope, reported by the client as a MaskinportenError', async () => {
    const client = newClient(r);
    const err = await client.getToken({ scope: [UB_SCOPE, 'skatteetaten:notregistered'] }).catch((e) => e);
    expect(err).toBeInstanceOf(MaskinportenError);
    expect(err).toMatchObject({ status: 400, error: 'invalid_scope' });
    expect(err.errorDescription).toContain('skatteetaten:notregistered');
  });

  test('garbage in the form or the assertion gets an OAuth error, never a crash', async () => {
    expect((await postToken(r, form('not-a-jwt'))).body.error).toBe('invalid_grant');
    expect((await postToken(r, form('eyJhbGciOiJSUzI1NiJ9.%%%.x'))).body.error).toBe('invalid_grant');
    expect((await postToken(r, form('e30.e30.'))).body.error).toBe('invalid_grant');
    expect((await postToken(r, '%E0%A4%A&&==&')).body.error).toBe('invalid_request');
    expect((await postToken(r, 'grant_type=client_credentials')).body.error).toBe('unsupported_grant_type');
    expect((await postToken(r, `grant_type=${encodeURIComponent(JWT_BEARER)}`)).body.error_description).toContain('assertion');
    expect((await postToken(r, `${form('a')}&grant_type=x`)).body.error_description).toContain('grant_type');
    const json = await postToken(r, JSON.stringify({ grant_type: JWT_BEARER }), 'application/json');
    expect(json).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    expect(json.body.error_description).toContain('content-type');
    // The server still answers after all that.
    expect((await postToken(r, form(await grant(r)))).status).toBe(200);
  });

  test('a body over 64 KiB is refused with 413', async () => {
    const res = await postToken(r, form('x'.repeat(70 * 1024)));
    expect(res.status).toBe(413);
    expect(res.body.error_description).toContain('65536');
  });

  test('a chunked body without content-length is cut off at 64 KiB too', async () => {
    const chunk = new TextEncoder().encode('a'.repeat(16 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 8) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const res = await fetch(r.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect((await res.json()).error).toBe('invalid_request');
    expect((await postToken(r, form(await grant(r)))).status).toBe(200);
  });
});

test.describe('token verifier for the APIs', () => {
  test('401 for no header, not Bearer, malformed, tampered, foreign or wrongly issued tokens; 403 for a wrong scope', async () => {
    const verifier = createTokenVerifier({ issuer: r.mp.issuer, jwks: r.mp.jwks });
    const client = newClient(r);
    const token = await client.getToken({ scope: UB_SCOPE });
    const [h, , s] = token.split('.');
    const tampered = `${h}.${Buffer.from(JSON.stringify({ ...decodeJwt(token), scope: 'skatteetaten:trekkpaalegg' })).toString('base64url')}.${s}`;
    const other = await start();
    try {
      const foreign = await newClient(other).getToken({ scope: UB_SCOPE });
      const expectations: Array<[string | undefined, string, 401 | 403, string]> = [
        [undefined, UB_SCOPE, 401, 'missing'],
        [`Basic ${token}`, UB_SCOPE, 401, 'Bearer'],
        ['Bearer not.a.jwt', UB_SCOPE, 401, 'well-formed'],
        ['Bearer abc', UB_SCOPE, 401, 'well-formed'],
        [`Bearer ${tampered}`, 'skatteetaten:trekkpaalegg', 401, 'signature'],
        [`Bearer ${foreign}`, UB_SCOPE, 401, 'key'],
        [`Bearer ${token}`, 'skatteetaten:trekkpaalegg', 403, 'scope'],
      ];
      for (const [header, scope, status, reason] of expectations) {
        const result = await verifier.verify(header, scope);
        expect(result, `${header?.slice(0, 20)} for ${scope}`).toMatchObject({ ok: false, status });
        if (!result.ok) {
          expect(result.reason).toContain(reason);
          expect(result.reason).not.toContain(token);
        }
      }
      const wrongIssuer = createTokenVerifier({ issuer: other.mp.issuer, jwks: r.mp.jwks });
      expect(await wrongIssuer.verify(`Bearer ${token}`, UB_SCOPE)).toMatchObject({ ok: false, status: 401, reason: 'token has the wrong issuer' });
      expect(await verifier.verify(`bearer ${token}`, UB_SCOPE)).toMatchObject({ ok: true, orgnr: CLIENT_ORG });
    } finally {
      await stop(other);
    }
  });

  test('a token with only the test scope is 403 for the API scopes', async () => {
    const verifier = createTokenVerifier({ issuer: r.mp.issuer, jwks: r.mp.jwks });
    const token = await newClient(r).getToken({ scope: 'skatteetaten:testscope' });
    for (const scope of [UB_SCOPE, 'skatteetaten:trekkpaalegg', 'skatteetaten:kravogbetalinger']) {
      expect(await verifier.verify(`Bearer ${token}`, scope)).toMatchObject({ ok: false, status: 403 });
    }
  });

  test('an expired token is 401: a server whose clock runs an hour behind issues it', async () => {
    const hourAgo = () => Date.now() - 3600_000;
    const behind = await start({ now: hourAgo });
    try {
      const token = await newClient(behind, { now: hourAgo }).getToken({ scope: UB_SCOPE });
      const verifier = createTokenVerifier({ issuer: behind.mp.issuer, jwks: behind.mp.jwks });
      expect(await verifier.verify(`Bearer ${token}`, UB_SCOPE)).toMatchObject({ ok: false, status: 401, reason: 'token has expired' });
      // The same token was good at the time it was issued.
      const thenVerifier = createTokenVerifier({ issuer: behind.mp.issuer, jwks: behind.mp.jwks, now: hourAgo });
      expect(await thenVerifier.verify(`Bearer ${token}`, UB_SCOPE)).toMatchObject({ ok: true });
    } finally {
      await stop(behind);
    }
  });

  test('a short expires_in is honoured and the token stops verifying after it', async () => {
    const short = await start({ accessTokenLifetimeSeconds: 1 });
    try {
      const token = await newClient(short).getToken({ scope: UB_SCOPE });
      const claims = decodeJwt(token);
      expect(claims.exp! - claims.iat!).toBe(1);
      const later = createTokenVerifier({ issuer: short.mp.issuer, jwks: short.mp.jwks, now: () => (claims.exp! + 1) * 1000 });
      expect(await later.verify(`Bearer ${token}`, UB_SCOPE)).toMatchObject({ ok: false, status: 401, reason: 'token has expired' });
    } finally {
      await stop(short);
    }
  });

  test('the verifier can fetch the JWKS from jwks_uri', async () => {
    const verifier = createTokenVerifier({ issuer: r.mp.issuer, jwksUrl: `${r.base}/maskinporten/jwks` });
    const token = await newClient(r).getToken({ scope: UB_SCOPE });
    expect(await verifier.verify(`Bearer ${token}`, UB_SCOPE)).toMatchObject({ ok: true, orgnr: CLIENT_ORG });
  });
});

test.describe('tokens never leak into error messages', () => {
  test('server errors do not echo the grant, and a token-shaped description is redacted', async () => {
    const counter = countingFetch();
    const client = newClient(r, { fetch: counter.fetch });
    const err = await client.getToken({ scope: 'skatteetaten:notregistered' }).catch((e) => e);
    expect(err).toBeInstanceOf(MaskinportenError);
    expect(counter.grants).toHaveLength(1);
    expect(err.message).not.toContain(counter.grants[0]);
    expect(err.message).not.toContain(counter.grants[0].split('.')[1]);

    const token = await newClient(r).getToken({ scope: UB_SCOPE });
    const leaky = (async () =>
      new Response(JSON.stringify({ error: 'invalid_grant', error_description: `bad token ${token} here` }), { status: 400 })) as typeof fetch;
    const leakyClient = newClient(r, { fetch: leaky, issuer: r.mp.issuer, tokenEndpoint: r.tokenUrl });
    const leaked = await leakyClient.getToken({ scope: UB_SCOPE }).catch((e) => e);
    expect(leaked).toBeInstanceOf(MaskinportenError);
    expect(leaked.message).toContain('invalid_grant');
    expect(leaked.message).not.toContain(token);
    expect(leaked.errorDescription).not.toContain(token);
    expect(String(leaked.stack)).not.toContain(token);
  });

  test('an unreachable Maskinporten is a network_error, a non-JSON answer an invalid_response', async () => {
    const down = newClient(r, { issuer: r.mp.issuer, tokenEndpoint: 'http://127.0.0.1:1/token' });
    expect(await down.getToken({ scope: UB_SCOPE }).catch((e) => e)).toMatchObject({ error: 'network_error' });
    const html = (async () => new Response('<html>ok</html>', { status: 200 })) as typeof fetch;
    const weird = newClient(r, { fetch: html, issuer: r.mp.issuer, tokenEndpoint: r.tokenUrl });
    expect(await weird.getToken({ scope: UB_SCOPE }).catch((e) => e)).toMatchObject({ error: 'invalid_response' });
  });
});

test.describe('configuration errors name the file, entry and field', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mp-clients-'));
  const good = JSON.parse(readFileSync(new URL('../../sandbox/config/clients.json', import.meta.url), 'utf8'));
  const variants: Array<[string, unknown, string]> = [
    ['not an array', { client_id: 'x' }, 'must be a JSON array'],
    ['bad orgnr', [{ ...good[0], orgnr: '312597771' }], 'entry 0: orgnr'],
    ['missing scopes', [good[0], { ...good[0], client_id: 'b', scopes: [] }], 'entry 1: scopes'],
    ['private key registered', [{ ...good[0], keys: [{ kid: 'k', publicJwk: privateJwk }] }], 'entry 0: keys[0].publicJwk contains a private key'],
    ['duplicate client', [good[0], good[0]], 'entry 1: client_id'],
    ['bad systembruker org', [{ ...good[0], systembrukerOrgs: ['123'] }], 'entry 0: systembrukerOrgs[0]'],
  ];
  for (const [name, content, message] of variants) {
    test(name, async () => {
      const file = join(dir, `${name.replace(/\W/g, '_')}.json`);
      writeFileSync(file, JSON.stringify(content));
      const err = await createMaskinporten({ issuer: 'http://127.0.0.1:1/maskinporten/', clientsFile: file }).catch((e) => e);
      expect(err.message).toContain(file);
      expect(err.message).toContain(message);
    });
  }

  test('unreadable and non-JSON files', async () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '[{');
    expect((await createMaskinporten({ issuer: 'http://x/maskinporten/', clientsFile: broken }).catch((e) => e)).message).toContain(`${broken}: not valid JSON`);
    const missing = join(dir, 'missing.json');
    expect((await createMaskinporten({ issuer: 'http://x/maskinporten/', clientsFile: missing }).catch((e) => e)).message).toContain(`${missing}: cannot be read`);
  });

  test('client keys load from a JWK string or a PEM file, and refuse a public key', async () => {
    const fromJwk = await loadClientKeyFromJwk(JSON.stringify(privateJwk));
    expect(fromJwk.kid).toBe(KID);
    const pemFile = join(dir, 'key.pem');
    writeFileSync(pemFile, createPrivateKey({ key: privateJwk as any, format: 'jwk' }).export({ type: 'pkcs1', format: 'pem' }));
    const fromPem = await loadClientKeyFromPemFile(pemFile, KID);
    const token = await newClient(r, { key: fromPem.key, kid: fromPem.kid }).getToken({ scope: UB_SCOPE });
    expect(decodeJwt(token).client_id).toBe(CLIENT_ID);
    const { d, p, q, dp, dq, qi, ...publicOnly } = privateJwk;
    void [d, p, q, dp, dq, qi];
    await expect(loadClientKeyFromJwk(JSON.stringify(publicOnly))).rejects.toThrow(ClientKeyError);
    await expect(loadClientKeyFromJwk('{oops', 'MASKINPORTEN_CLIENT_JWK')).rejects.toThrow('MASKINPORTEN_CLIENT_JWK: is not valid JSON');
    await expect(loadClientKeyFromPemFile(join(dir, 'none.pem'), KID)).rejects.toThrow('cannot be read');
  });
});

test.describe('bin/token.ts', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  function cli(args: string[], base: string): Promise<{ code: number; stdout: string; stderr: string }> {
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, CONFORMANCE_BASE_URL: base };
    return new Promise((resolve) => {
      execFile(process.execPath, ['--import', 'tsx', 'bin/token.ts', ...args], { cwd: root, env }, (err, stdout, stderr) => {
        resolve({ code: err ? Number(err.code) : 0, stdout, stderr });
      });
    });
  }

  test('prints only the token and a newline; systembruker and --org of the test client work', async () => {
    const verifier = createTokenVerifier({ issuer: r.mp.issuer, jwks: r.mp.jwks });
    const plain = await cli(['--scope', UB_SCOPE], r.base);
    // stderr says where the token came from (tests/unit/token-cli.spec.ts), never the token itself.
    expect(plain.code).toBe(0);
    expect(plain.stderr).toMatch(/^token: from .*; acting for \d{9}, scope /);
    expect(plain.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    expect(await verifier.verify(`Bearer ${plain.stdout.trim()}`, UB_SCOPE)).toMatchObject({ ok: true, orgnr: CLIENT_ORG });
    const sb = await cli(['--scope', UB_SCOPE, '--systembruker', '310478717'], r.base);
    expect(await verifier.verify(`Bearer ${sb.stdout.trim()}`, UB_SCOPE)).toMatchObject({ ok: true, orgnr: '310478717' });
    expect((await cli(['--scope', UB_SCOPE, '--org', CLIENT_ORG], r.base)).code).toBe(0);
  });

  test('bad options exit 2 and server errors exit 1, each with one line on stderr', async () => {
    const cases: Array<[string[], number, string]> = [
      [[], 2, '--scope is required'],
      [['--scope', UB_SCOPE, '--bogus'], 2, '--bogus'],
      [['--scope', UB_SCOPE, '--org', '12'], 2, '--org'],
      [['--scope', UB_SCOPE, '--org', '310478717'], 2, 'no client for that org'],
      [['--scope', UB_SCOPE, '--org', CLIENT_ORG, '--systembruker', '310478717'], 2, 'not both'],
      [['--scope', 'skatteetaten:nope'], 1, 'invalid_scope'],
    ];
    const results = await Promise.all(cases.map(([args]) => cli(args, r.base)));
    for (const [i, [args, code, message]] of cases.entries()) {
      expect(results[i], args.join(' ')).toMatchObject({ code, stdout: '' });
      expect(results[i].stderr).toContain(message);
      expect(results[i].stderr.trim().split('\n')).toHaveLength(1);
    }
    const down = await cli(['--scope', UB_SCOPE], 'http://127.0.0.1:1');
    expect(down).toMatchObject({ code: 1, stdout: '' });
    expect(down.stderr).toContain('network_error');
  });
});

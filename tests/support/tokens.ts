import { SignJWT, decodeJwt, decodeProtectedHeader, generateKeyPair, type JWTPayload } from 'jose';
import type { Environment } from '../../src/config/environment.ts';
import { MaskinportenClient } from '../../src/maskinporten/index.ts';

// Tokens an API must refuse. None of them is a secret: each is signed by a key made here and thrown
// away, or not signed at all. Real tokens only go in as templates for their claims.

let freshKey: Promise<CryptoKey> | undefined;

/** One throwaway RSA key per worker: no server has ever seen it. */
function untrustedKey(): Promise<CryptoKey> {
  freshKey ??= generateKeyPair('RS256', { modulusLength: 2048 }).then((pair) => pair.privateKey as CryptoKey);
  return freshKey;
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** The claims of a real token with some replaced, signed by an untrusted key under the same kid. */
export async function resign(template: string, changes: JWTPayload = {}): Promise<string> {
  const header = decodeProtectedHeader(template);
  const claims = { ...decodeJwt(template), ...changes };
  return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', ...(header.kid ? { kid: header.kid } : {}), typ: header.typ }).sign(await untrustedKey());
}

/** A real token's claims under a foreign issuer, signed by that issuer's (our throwaway) key. */
export function foreignIssuerToken(template: string): Promise<string> {
  return resign(template, { iss: 'https://maskinporten.invalid/', jti: crypto.randomUUID() });
}

/** A real token's claims, expired an hour ago. Signed by an untrusted key: no server's key signs what we make. */
export function forgedExpiredToken(template: string): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return resign(template, { iat: now - 3720, exp: now - 3600, jti: crypto.randomUUID() });
}

/** A real token's claims with `alg: none` and no signature. */
export function unsignedToken(template: string): string {
  return `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(decodeJwt(template))}.`;
}

/** A real token whose payload has been changed (a wider scope) while its signature is kept. */
export function tamperedToken(template: string, scope: string): string {
  const [header, , signature] = template.split('.');
  return `${header}.${base64url({ ...decodeJwt(template), scope })}.${signature}`;
}

/** Authorization header values that are not a usable bearer token at all. */
export const MALFORMED_AUTHORIZATION: ReadonlyArray<{ navn: string; header: string }> = [
  { navn: 'a bearer value that is not a JWT', header: 'Bearer not-a-jwt' },
  { navn: 'three segments of garbage', header: 'Bearer aGVp.aGVp.aGVp' },
  { navn: 'an empty bearer value', header: 'Bearer ' },
  { navn: 'the Basic scheme', header: 'Basic c2FuZGJveDpzYW5kYm94' },
];

/** The form parameter the sandbox's Maskinporten reads to issue a token that lives only that long. */
export const SANDBOX_LIFETIME_PARAMETER = 'sandbox_expires_in';

/**
 * A real token, through the real grant, that the server's own Maskinporten issues with a lifetime of
 * `seconds`: the only honest way to get a correctly signed token that has expired. Works only where
 * the token endpoint honours {@link SANDBOX_LIFETIME_PARAMETER}; returns undefined when it does not.
 */
export async function shortLivedToken(environment: Environment, scope: string, seconds: number): Promise<string | undefined> {
  const m = environment.maskinporten;
  const addLifetime: typeof fetch = (input, init) => {
    if (init?.method === 'POST' && typeof init.body === 'string') {
      init = { ...init, body: `${init.body}&${SANDBOX_LIFETIME_PARAMETER}=${seconds}` };
    }
    return fetch(input, init);
  };
  const common = { clientId: m.clientId, wellKnownUrl: m.wellKnownUrl, fetch: addLifetime };
  const client =
    m.keyFormat === 'jwk'
      ? new MaskinportenClient({ ...common, key: JSON.parse(m.privateKey), kid: m.kid ?? JSON.parse(m.privateKey).kid })
      : new MaskinportenClient({ ...common, key: m.privateKey, kid: m.kid });
  const token = await client.getToken({ scope, systembrukerOrg: m.systembrukerOrg });
  const { exp, iat } = decodeJwt(token);
  return typeof exp === 'number' && typeof iat === 'number' && exp - iat <= seconds ? token : undefined;
}

/**
 * Resolves once the token has expired for a verifier on this machine's clock: jose treats a token as
 * expired when `exp <= floor(now in seconds)`, so the second `exp` itself is enough (plus a margin).
 */
export async function waitUntilExpired(token: string): Promise<void> {
  const exp = decodeJwt(token).exp ?? 0;
  const ms = exp * 1000 + 100 - Date.now();
  if (ms > 0) await new Promise((r) => setTimeout(r, ms));
}

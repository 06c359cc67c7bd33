import { X509Certificate } from 'node:crypto';
import { compactVerify, decodeProtectedHeader, type JWTPayload } from 'jose';
import type { RegisteredClient } from './clients.ts';
import type { OAuthErrorCode } from './http.ts';
import type { JtiRegistry } from './replay.ts';

export const SYSTEMUSER_TYPE = 'urn:altinn:systemuser';
export const ORG_AUTHORITY = 'iso6523-actorid-upis';
/** Maskinporten's own ceiling on a grant's lifetime. */
export const MAX_GRANT_LIFETIME_SECONDS = 120;
/** Clock skew tolerated on `iat`, so a client a few seconds ahead is not refused. */
export const CLOCK_SKEW_SECONDS = 10;

export interface AcceptedGrant {
  client: RegisteredClient;
  scopes: string[];
  /** Set when the grant asks for a systembruker token. */
  systembrukerOrg?: string;
}

export type GrantResult = { ok: true; grant: AcceptedGrant } | { ok: false; error: OAuthErrorCode; description: string };

export interface GrantContext {
  issuer: string;
  clients: Map<string, RegisteredClient>;
  jtis: JtiRegistry;
  nowSeconds: number;
}

class GrantError extends Error {
  constructor(readonly error: OAuthErrorCode, description: string) {
    super(description);
  }
}

const reject = (error: OAuthErrorCode, description: string): never => {
  throw new GrantError(error, description);
};

/** Shortens values echoed into error descriptions: they come from the caller and may be anything. */
function show(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

const withoutSlash = (url: string): string => url.replace(/\/+$/, '');

export async function validateGrant(assertion: string, ctx: GrantContext): Promise<GrantResult> {
  try {
    return { ok: true, grant: await check(assertion, ctx) };
  } catch (err) {
    if (err instanceof GrantError) return { ok: false, error: err.error, description: err.message };
    throw err;
  }
}

async function check(assertion: string, ctx: GrantContext): Promise<AcceptedGrant> {
  let header: ReturnType<typeof decodeProtectedHeader>;
  let payload: JWTPayload;
  try {
    header = decodeProtectedHeader(assertion);
    const parts = assertion.split('.');
    if (parts.length !== 3) throw new Error('not three parts');
    payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
  } catch {
    return reject('invalid_grant', 'assertion is not a signed JWT (expected header.payload.signature in base64url)');
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    reject('invalid_grant', 'assertion payload is not a JSON object');
  }
  if (header.alg !== 'RS256') reject('invalid_grant', `header alg must be RS256, got ${show(header.alg)}`);

  if (typeof payload.iss !== 'string' || payload.iss === '') reject('invalid_grant', 'iss (the client_id) is missing');
  const client = ctx.clients.get(payload.iss as string);
  if (!client) return reject('invalid_client', `iss: unknown client_id ${show(payload.iss)}`);

  const key = await findKey(header, client, ctx.nowSeconds);
  try {
    await compactVerify(assertion, key, { algorithms: ['RS256'] });
  } catch {
    reject('invalid_grant', `signature does not verify with the registered key of client ${client.client_id}`);
  }

  checkAudience(payload.aud, ctx.issuer);
  const { exp } = checkTimes(payload, ctx.nowSeconds);
  if (typeof payload.jti !== 'string' || payload.jti === '') reject('invalid_grant', 'jti is missing');
  if ((payload.jti as string).length > 256) reject('invalid_grant', 'jti is longer than 256 characters');
  if (ctx.jtis.has(client.client_id, payload.jti as string, ctx.nowSeconds)) {
    reject('invalid_grant', 'jti has already been used; every grant needs a fresh jti');
  }

  const scopes = checkScopes(payload.scope, client);
  const systembrukerOrg = checkAuthorizationDetails(payload.authorization_details, client);

  // Consumed only once the grant is accepted, so a refused grant can be corrected and resent.
  ctx.jtis.claim(client.client_id, payload.jti as string, exp, ctx.nowSeconds);
  return { client, scopes, systembrukerOrg };
}

async function findKey(header: ReturnType<typeof decodeProtectedHeader>, client: RegisteredClient, nowSeconds: number): Promise<CryptoKey> {
  if (typeof header.kid === 'string') {
    const found = client.keys.find((k) => k.kid === header.kid);
    if (!found) return reject('invalid_grant', `kid ${show(header.kid)} is not a registered key of client ${client.client_id}`);
    return found.key;
  }
  if (header.kid !== undefined) reject('invalid_grant', 'header kid must be a string');
  if (header.x5c === undefined) return reject('invalid_grant', 'header must carry kid or x5c to name the signing key');
  if (!Array.isArray(header.x5c) || header.x5c.length === 0 || typeof header.x5c[0] !== 'string') {
    reject('invalid_grant', 'header x5c must be a non-empty array of base64 certificates');
  }
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(Buffer.from(header.x5c![0], 'base64'));
  } catch {
    return reject('invalid_grant', 'header x5c[0] is not a valid X.509 certificate');
  }
  const from = Date.parse(cert.validFrom) / 1000;
  const to = Date.parse(cert.validTo) / 1000;
  if (!(nowSeconds >= from && nowSeconds <= to)) reject('invalid_grant', 'header x5c[0] certificate is expired or not yet valid');
  const certJwk = cert.publicKey.export({ format: 'jwk' });
  const found = client.keys.find((k) => k.publicJwk.n === certJwk.n && k.publicJwk.e === certJwk.e);
  if (!found) return reject('invalid_grant', `header x5c[0] certificate key is not registered for client ${client.client_id}`);
  return found.key;
}

function checkAudience(aud: unknown, issuer: string): void {
  const accepted = (value: unknown) => typeof value === 'string' && withoutSlash(value) === withoutSlash(issuer);
  if (aud === undefined) reject('invalid_grant', `aud is missing; it must be the issuer ${issuer}`);
  const ok = Array.isArray(aud) ? aud.length === 1 && accepted(aud[0]) : accepted(aud);
  if (!ok) reject('invalid_grant', `aud must be the issuer ${issuer}, got ${show(aud)}`);
}

function checkTimes(payload: JWTPayload, now: number): { iat: number; exp: number } {
  const { iat, exp } = payload;
  if (typeof iat !== 'number' || !Number.isFinite(iat)) return reject('invalid_grant', 'iat is missing or not a number');
  if (typeof exp !== 'number' || !Number.isFinite(exp)) return reject('invalid_grant', 'exp is missing or not a number');
  if (iat > now + CLOCK_SKEW_SECONDS) reject('invalid_grant', 'iat is in the future');
  if (exp <= now) reject('invalid_grant', 'exp is in the past: the grant has expired');
  if (exp <= iat) reject('invalid_grant', 'exp must be after iat');
  if (exp - iat > MAX_GRANT_LIFETIME_SECONDS) {
    reject('invalid_grant', `exp - iat is ${exp - iat} s; a grant may live at most ${MAX_GRANT_LIFETIME_SECONDS} s`);
  }
  return { iat, exp };
}

function checkScopes(scope: unknown, client: RegisteredClient): string[] {
  if (typeof scope !== 'string' || scope.trim() === '') return reject('invalid_scope', 'scope is missing');
  const scopes = [...new Set(scope.trim().split(/\s+/))];
  const refused = scopes.filter((s) => !client.scopes.includes(s));
  if (refused.length > 0) reject('invalid_scope', `scope ${show(refused.join(' '))} is not allowed for client ${client.client_id}`);
  return scopes;
}

function checkAuthorizationDetails(details: unknown, client: RegisteredClient): string | undefined {
  if (details === undefined) return undefined;
  if (!Array.isArray(details) || details.length === 0) {
    return reject('invalid_request', 'authorization_details must be a non-empty array');
  }
  let org: string | undefined;
  for (const [i, detail] of details.entries()) {
    const at = `authorization_details[${i}]`;
    if (typeof detail !== 'object' || detail === null) reject('invalid_request', `${at} must be an object`);
    if (detail.type !== SYSTEMUSER_TYPE) reject('invalid_request', `${at}.type must be ${SYSTEMUSER_TYPE}, got ${show(detail.type)}`);
    if (org !== undefined) reject('invalid_request', `${at}: only one ${SYSTEMUSER_TYPE} entry is allowed`);
    const so = detail.systemuser_org;
    if (typeof so !== 'object' || so === null) reject('invalid_request', `${at}.systemuser_org is missing`);
    if (so.authority !== ORG_AUTHORITY) reject('invalid_request', `${at}.systemuser_org.authority must be ${ORG_AUTHORITY}`);
    const match = typeof so.ID === 'string' ? /^0192:(\d{9})$/.exec(so.ID) : null;
    if (!match) reject('invalid_request', `${at}.systemuser_org.ID must be 0192:<9-digit orgnr>, got ${show(so.ID)}`);
    org = match![1];
  }
  if (!client.systembrukerOrgs.includes('*') && !client.systembrukerOrgs.includes(org!)) {
    reject('invalid_grant', `authorization_details: client ${client.client_id} has no systembruker for org ${org}`);
  }
  return org;
}

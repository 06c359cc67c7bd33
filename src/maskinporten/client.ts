import { randomUUID, createPrivateKey, type KeyObject } from 'node:crypto';
import { SignJWT, type JWK } from 'jose';
import { MaskinportenError } from './errors.ts';
import { importClientJwk } from './keys.ts';

export const JWT_BEARER_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
export const SYSTEMUSER_TYPE = 'urn:altinn:systemuser';
const MAX_GRANT_LIFETIME_SECONDS = 120;

export interface MaskinportenClientOptions {
  clientId: string;
  /** The client's private key: a JWK, a key object, or PEM text. */
  key: JWK | CryptoKey | KeyObject | string;
  /** Registered key id; defaults to the JWK's own kid. Either kid or x5c must be known. */
  kid?: string;
  /** Certificate chain (base64 DER) to send instead of, or beside, kid (enterprise certificate clients). */
  x5c?: string[];
  /** `.well-known/oauth-authorization-server` of the Maskinporten to use, unless issuer and tokenEndpoint are given. */
  wellKnownUrl?: string;
  issuer?: string;
  tokenEndpoint?: string;
  fetch?: typeof fetch;
  /** Clock in milliseconds since the epoch. */
  now?: () => number;
  /** Refresh this long before a cached token expires, default 10 s. */
  leewaySeconds?: number;
  /** Lifetime of each grant, default 60 s, at most 120 s. */
  grantLifetimeSeconds?: number;
  /** Per-request timeout, default 30 s. */
  timeoutMs?: number;
}

export interface TokenRequest {
  scope: string | string[];
  /** Organisation to act for as systembruker: `312597772` or `0192:312597772`. */
  systembrukerOrg?: string;
}

interface Endpoints {
  issuer: string;
  tokenEndpoint: string;
}

interface Cached {
  token: string;
  refreshAt: number;
}

function normaliseScopes(scope: string | string[]): string[] {
  const list = (Array.isArray(scope) ? scope : [scope]).flatMap((s) => s.split(/\s+/)).filter((s) => s !== '');
  if (list.length === 0) throw new TypeError('getToken: scope is empty');
  return [...new Set(list)].sort();
}

function normaliseOrg(org: string | undefined): string | undefined {
  if (org === undefined) return undefined;
  const match = /^(?:0192:)?(\d{9})$/.exec(org.trim());
  if (!match) throw new TypeError(`getToken: systembrukerOrg must be a 9-digit organisation number, got ${JSON.stringify(org)}`);
  return match[1];
}

/**
 * Gets Maskinporten access tokens with the JWT-bearer grant. Tokens are cached per scope set and
 * systembruker org; concurrent callers for the same pair share one request. It never logs.
 */
export class MaskinportenClient {
  private readonly options: MaskinportenClientOptions;
  private readonly fetch: typeof fetch;
  private readonly now: () => number;
  private readonly leewayMs: number;
  private readonly grantLifetime: number;
  private endpoints?: Promise<Endpoints>;
  private signingKey?: Promise<{ key: CryptoKey | KeyObject; kid: string | undefined }>;
  private readonly cache = new Map<string, Cached>();
  private readonly inFlight = new Map<string, Promise<string>>();

  constructor(options: MaskinportenClientOptions) {
    if (!options.clientId) throw new TypeError('MaskinportenClient: clientId is required');
    if (!options.key) throw new TypeError('MaskinportenClient: key is required');
    if (!options.wellKnownUrl && !(options.issuer && options.tokenEndpoint)) {
      throw new TypeError('MaskinportenClient: give wellKnownUrl, or both issuer and tokenEndpoint');
    }
    const grantLifetime = options.grantLifetimeSeconds ?? 60;
    if (!Number.isInteger(grantLifetime) || grantLifetime < 1 || grantLifetime > MAX_GRANT_LIFETIME_SECONDS) {
      throw new TypeError(`MaskinportenClient: grantLifetimeSeconds must be an integer from 1 to ${MAX_GRANT_LIFETIME_SECONDS}`);
    }
    this.options = options;
    this.fetch = options.fetch ?? globalThis.fetch;
    this.now = options.now ?? Date.now;
    this.leewayMs = (options.leewaySeconds ?? 10) * 1000;
    this.grantLifetime = grantLifetime;
  }

  async getToken(request: TokenRequest): Promise<string> {
    const scopes = normaliseScopes(request.scope);
    const org = normaliseOrg(request.systembrukerOrg);
    const cacheKey = `${scopes.join(' ')}|${org ?? ''}`;
    const cached = this.cache.get(cacheKey);
    if (cached && this.now() < cached.refreshAt) return cached.token;
    const pending = this.inFlight.get(cacheKey);
    if (pending) return pending;
    const promise = this.requestToken(scopes, org, cacheKey).finally(() => this.inFlight.delete(cacheKey));
    this.inFlight.set(cacheKey, promise);
    return promise;
  }

  /** Forgets cached tokens, e.g. after the API said a token was refused. */
  clearCache(): void {
    this.cache.clear();
  }

  private async requestToken(scopes: string[], org: string | undefined, cacheKey: string): Promise<string> {
    const { issuer, tokenEndpoint } = await this.discover();
    const assertion = await this.signGrant(issuer, scopes, org);
    const body = new URLSearchParams({ grant_type: JWT_BEARER_GRANT, assertion });
    const startedAt = this.now();
    const response = await this.call(tokenEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: body.toString(),
    });
    const payload = await this.readJson(response);
    if (!response.ok) {
      const error = typeof payload?.error === 'string' ? payload.error : 'token_request_failed';
      const description = typeof payload?.error_description === 'string' ? payload.error_description : undefined;
      throw new MaskinportenError(error, description, response.status);
    }
    const token = payload?.access_token;
    if (typeof token !== 'string' || token === '') {
      throw new MaskinportenError('invalid_response', 'token response has no access_token', response.status);
    }
    const expiresIn = payload?.expires_in;
    if (typeof expiresIn === 'number' && expiresIn > 0) {
      // Counted from when the request left, so a slow answer does not stretch the token's life.
      this.cache.set(cacheKey, { token, refreshAt: startedAt + expiresIn * 1000 - this.leewayMs });
    }
    return token;
  }

  private discover(): Promise<Endpoints> {
    const { issuer, tokenEndpoint, wellKnownUrl } = this.options;
    if (issuer && tokenEndpoint) return Promise.resolve({ issuer, tokenEndpoint });
    this.endpoints ??= (async () => {
      const response = await this.call(wellKnownUrl!, { headers: { accept: 'application/json' } });
      const metadata = await this.readJson(response);
      if (!response.ok) throw new MaskinportenError('discovery_failed', `${wellKnownUrl} answered HTTP ${response.status}`, response.status);
      const found = { issuer: issuer ?? metadata?.issuer, tokenEndpoint: tokenEndpoint ?? metadata?.token_endpoint };
      if (typeof found.issuer !== 'string' || typeof found.tokenEndpoint !== 'string') {
        throw new MaskinportenError('discovery_failed', `${wellKnownUrl} gives no issuer or token_endpoint`);
      }
      return found as Endpoints;
    })().catch((err) => {
      this.endpoints = undefined; // let the next call retry discovery
      throw err;
    });
    return this.endpoints;
  }

  private resolveKey(): Promise<{ key: CryptoKey | KeyObject; kid: string | undefined }> {
    const { key, kid } = this.options;
    this.signingKey ??= (async () => {
      if (typeof key === 'string') return { key: createPrivateKey(key), kid };
      if (typeof key === 'object' && 'kty' in key) return importClientJwk(key as JWK, 'MaskinportenClient key', kid);
      return { key: key as CryptoKey | KeyObject, kid };
    })();
    return this.signingKey;
  }

  private async signGrant(issuer: string, scopes: string[], org: string | undefined): Promise<string> {
    const { key, kid } = await this.resolveKey();
    const x5c = this.options.x5c;
    if (!kid && !x5c?.length) throw new TypeError('MaskinportenClient: kid or x5c is needed to name the signing key');
    const iat = Math.floor(this.now() / 1000);
    const claims: Record<string, unknown> = { scope: scopes.join(' ') };
    if (org) {
      claims.authorization_details = [
        { type: SYSTEMUSER_TYPE, systemuser_org: { authority: 'iso6523-actorid-upis', ID: `0192:${org}` } },
      ];
    }
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', ...(kid ? { kid } : {}), ...(x5c?.length ? { x5c } : {}) })
      .setAudience(issuer)
      .setIssuer(this.options.clientId)
      .setIssuedAt(iat)
      .setExpirationTime(iat + this.grantLifetime)
      .setJti(randomUUID())
      .sign(key);
  }

  private async call(url: string, init: RequestInit): Promise<Response> {
    try {
      return await this.fetch(url, { ...init, signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000) });
    } catch (err) {
      const cause = err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err);
      throw new MaskinportenError('network_error', `could not reach ${url}: ${cause}`);
    }
  }

  private async readJson(response: Response): Promise<Record<string, unknown> | undefined> {
    const text = await response.text().catch(() => '');
    try {
      const value = JSON.parse(text);
      return typeof value === 'object' && value !== null ? value : undefined;
    } catch {
      if (response.ok) throw new MaskinportenError('invalid_response', 'answer is not JSON', response.status);
      return undefined;
    }
  }
}

import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SignJWT, calculateJwkThumbprint, exportJWK, generateKeyPair, type JSONWebKeySet } from 'jose';
import { DEFAULT_CLIENTS_FILE, loadClients, type RegisteredClient } from './clients.ts';
import { ORG_AUTHORITY, SYSTEMUSER_TYPE, validateGrant, type AcceptedGrant } from './grant.ts';
import { BodyTooLargeError, MAX_BODY_BYTES, readBody, sendJson, sendOAuthError } from './http.ts';
import { JtiRegistry } from './replay.ts';

export { ClientsFileError, loadClients, DEFAULT_CLIENTS_FILE, type RegisteredClient } from './clients.ts';

export const JWT_BEARER_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
export const MOUNT = '/maskinporten/';

export interface MaskinportenOptions {
  /** Issuer URL, e.g. http://127.0.0.1:8085/maskinporten/ ; also the `aud` grants must carry. */
  issuer: string;
  /** Registered clients; defaults to sandbox/config/clients.json. */
  clientsFile?: string;
  /** Clock in milliseconds since the epoch; lets tests move the server's time. */
  now?: () => number;
  /** Lifetime of issued access tokens (`expires_in`), default 120 s. */
  accessTokenLifetimeSeconds?: number;
}

export interface Maskinporten {
  readonly issuer: string;
  /** The public half of the server's signing key, as served at /maskinporten/jwks. */
  readonly jwks: JSONWebKeySet;
  readonly clients: ReadonlyMap<string, RegisteredClient>;
  /** Serves a request under /maskinporten/; resolves false (and touches nothing) for any other path. */
  handle(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean>;
}

/** Maskinporten's systembruker ids are UUIDs; derive one per (client, org) so it is stable across restarts. */
function systemuserId(clientId: string, org: string): string {
  const h = createHash('sha256').update(`${clientId}|${org}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export async function createMaskinporten(options: MaskinportenOptions): Promise<Maskinporten> {
  let issuerUrl: URL;
  try {
    issuerUrl = new URL(options.issuer);
  } catch {
    throw new Error(`maskinporten: issuer must be an absolute URL, got ${JSON.stringify(options.issuer)}`);
  }
  const issuer = options.issuer;
  const base = issuerUrl.href.endsWith('/') ? issuerUrl.href : `${issuerUrl.href}/`;
  const now = options.now ?? Date.now;
  const lifetime = options.accessTokenLifetimeSeconds ?? 120;
  if (!Number.isInteger(lifetime) || lifetime <= 0) {
    throw new Error('maskinporten: accessTokenLifetimeSeconds must be a positive integer');
  }
  const clients = await loadClients(options.clientsFile ?? DEFAULT_CLIENTS_FILE);
  const jtis = new JtiRegistry();

  // A fresh signing key per start: tokens from an earlier run must not verify against this one.
  const { privateKey, publicKey } = await generateKeyPair('RS256', { modulusLength: 2048 });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  const jwks: JSONWebKeySet = { keys: [{ ...publicJwk, kid, alg: 'RS256', use: 'sig' }] };

  const metadata = {
    issuer,
    token_endpoint: `${base}token`,
    jwks_uri: `${base}jwks`,
    grant_types_supported: [JWT_BEARER_GRANT],
    token_endpoint_auth_methods_supported: ['private_key_jwt'],
    token_endpoint_auth_signing_alg_values_supported: ['RS256'],
    authorization_details_types_supported: [SYSTEMUSER_TYPE],
  };

/** Form parameter of the sandbox's token endpoint that shortens the access token's lifetime. */
  const SANDBOX_LIFETIME_PARAMETER = 'sandbox_expires_in';

  async function issue(grant: AcceptedGrant, lifetimeSeconds = lifetime) {
    const iat = Math.floor(now() / 1000);
    const { client, scopes, systembrukerOrg } = grant;
    const scope = scopes.join(' ');
    const claims: Record<string, unknown> = {
      scope,
      consumer: { authority: ORG_AUTHORITY, ID: `0192:${client.orgnr}` },
      client_id: client.client_id,
      client_amr: 'private_key_jwt',
      token_type: 'Bearer',
    };
    if (systembrukerOrg) {
      claims.authorization_details = [
        {
          type: SYSTEMUSER_TYPE,
          systemuser_id: [systemuserId(client.client_id, systembrukerOrg)],
          systemuser_org: { authority: ORG_AUTHORITY, ID: `0192:${systembrukerOrg}` },
          system_id: `${client.orgnr}_${client.client_id}`,
        },
      ];
    }
    const accessToken = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid })
      .setIssuer(issuer)
      .setIssuedAt(iat)
      .setExpirationTime(iat + lifetimeSeconds)
      .setJti(randomUUID())
      .sign(privateKey);
    return { access_token: accessToken, token_type: 'Bearer', expires_in: lifetimeSeconds, scope };
  }

  async function token(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const contentType = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    let body: string;
    try {
      body = await readBody(req);
    } catch (err) {
      if (err instanceof BodyTooLargeError) {
        // Close the connection: the rest of an oversized body is not worth reading.
        sendOAuthError(res, 'invalid_request', `request body exceeds ${MAX_BODY_BYTES} bytes`, 413, { connection: 'close' });
        req.resume();
        return;
      }
      sendOAuthError(res, 'invalid_request', 'request body could not be read');
      return;
    }
    if (contentType !== 'application/x-www-form-urlencoded') {
      sendOAuthError(res, 'invalid_request', 'content-type must be application/x-www-form-urlencoded');
      return;
    }
    const form = new URLSearchParams(body);
    for (const name of ['grant_type', 'assertion']) {
      if (form.getAll(name).length > 1) {
        sendOAuthError(res, 'invalid_request', `${name} is given more than once`);
        return;
      }
    }
    const grantType = form.get('grant_type');
    if (!grantType) return sendOAuthError(res, 'invalid_request', 'grant_type is missing');
    if (grantType !== JWT_BEARER_GRANT) {
      return sendOAuthError(res, 'unsupported_grant_type', `grant_type must be ${JWT_BEARER_GRANT}`);
    }
    const assertion = form.get('assertion');
    if (!assertion) return sendOAuthError(res, 'invalid_request', 'assertion is missing');
    const result = await validateGrant(assertion, { issuer, clients, jtis, nowSeconds: Math.floor(now() / 1000) });
    if (!result.ok) return sendOAuthError(res, result.error, result.description);
    // Sandbox-only knob (sandbox/README.md): a shorter token lifetime, so tests can see a real token expire.
    const asked = form.get(SANDBOX_LIFETIME_PARAMETER);
    let kortere: number | undefined;
    if (asked !== null) {
      kortere = Number(asked);
      if (!Number.isInteger(kortere) || kortere < 1 || kortere > lifetime) {
        return sendOAuthError(res, 'invalid_request', `${SANDBOX_LIFETIME_PARAMETER} must be an integer from 1 to ${lifetime}`);
      }
    }
    sendJson(res, 200, await issue(result.grant, kortere));
  }

  async function handle(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean> {
    if (!pathname.startsWith(MOUNT)) return false;
    const route = pathname.slice(MOUNT.length);
    const method = req.method ?? 'GET';
    try {
      if (route === '.well-known/oauth-authorization-server' || route === 'jwks') {
        if (method !== 'GET' && method !== 'HEAD') {
          sendOAuthError(res, 'invalid_request', `${method} is not allowed on ${pathname}; use GET`, 405, { allow: 'GET, HEAD' });
        } else {
          sendJson(res, 200, route === 'jwks' ? jwks : metadata, { 'cache-control': 'public, max-age=60' });
        }
      } else if (route === 'token') {
        if (method !== 'POST') {
          sendOAuthError(res, 'invalid_request', `${method} is not allowed on ${pathname}; use POST`, 405, { allow: 'POST' });
        } else {
          await token(req, res);
        }
      } else {
        sendJson(res, 404, { error: 'not_found', error_description: `no such Maskinporten endpoint: ${pathname}` });
      }
    } catch {
      // Whatever went wrong, the caller gets a plain OAuth error, never a stack trace.
      if (!res.headersSent) sendJson(res, 500, { error: 'server_error', error_description: 'internal error in the sandbox Maskinporten' });
      else res.destroy();
    }
    return true;
  }

  return { issuer, jwks, clients, handle };
}

import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  jwtVerify,
  type JSONWebKeySet,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';

const SYSTEMUSER_TYPE = 'urn:altinn:systemuser';

export interface TokenVerifierOptions {
  /** The Maskinporten issuer whose tokens are accepted (with or without trailing slash). */
  issuer: string;
  /** Where to fetch the issuer's JWKS; used when `jwks` is not given. */
  jwksUrl?: string;
  /** The issuer's JWKS, in-process (the sandbox passes its own). */
  jwks?: JSONWebKeySet;
  /** Clock in milliseconds since the epoch. */
  now?: () => number;
  /** Tolerated clock skew on exp/iat, default 0. */
  clockToleranceSeconds?: number;
}

export interface MaskinportenClaims extends JWTPayload {
  scope?: string;
  client_id?: string;
  consumer?: { authority?: string; ID?: string };
  authorization_details?: Array<{ type?: string; systemuser_org?: { authority?: string; ID?: string }; systemuser_id?: string[] }>;
}

export type VerifyResult =
  | { ok: true; claims: MaskinportenClaims; orgnr: string; systembruker: boolean }
  | { ok: false; status: 401 | 403; reason: string };

export interface TokenVerifier {
  verify(authorizationHeader: string | undefined, requiredScope: string): Promise<VerifyResult>;
}

/** `0192:<orgnr>` is how Maskinporten writes a Norwegian organisation (ISO 6523 ICD 0192). */
function orgFromId(id: unknown): string | undefined {
  if (typeof id !== 'string') return undefined;
  const match = /^0192:(\d{9})$/.exec(id);
  return match?.[1];
}

/** The organisation a token acts for: the systembruker's customer if present, else the consumer. */
export function actingOrg(claims: MaskinportenClaims): { orgnr: string; systembruker: boolean } | undefined {
  const details = Array.isArray(claims.authorization_details) ? claims.authorization_details : [];
  const systemuser = details.find((d) => d && d.type === SYSTEMUSER_TYPE);
  if (systemuser) {
    const orgnr = orgFromId(systemuser.systemuser_org?.ID);
    return orgnr ? { orgnr, systembruker: true } : undefined;
  }
  const orgnr = orgFromId(claims.consumer?.ID);
  return orgnr ? { orgnr, systembruker: false } : undefined;
}

function reasonFor(err: unknown): string {
  if (err instanceof errors.JWTExpired) return 'token has expired';
  if (err instanceof errors.JWTClaimValidationFailed) {
    return err.claim === 'iss' ? 'token has the wrong issuer' : `token claim ${err.claim} is not valid (${err.reason})`;
  }
  if (err instanceof errors.JWSSignatureVerificationFailed) return 'token signature does not verify';
  if (err instanceof errors.JWKSNoMatchingKey) return 'token is signed with a key the issuer does not publish';
  if (err instanceof errors.JOSEAlgNotAllowed) return 'token is not signed with RS256';
  if (err instanceof errors.JWSInvalid || err instanceof errors.JWTInvalid || err instanceof errors.JOSENotSupported) {
    return 'token is not a well-formed JWT';
  }
  if (err instanceof errors.JWKSTimeout || err instanceof errors.JOSEError) return 'token could not be verified';
  return 'token could not be verified';
}

export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  let keys: JWTVerifyGetKey;
  if (options.jwks) keys = createLocalJWKSet(options.jwks);
  else if (options.jwksUrl) keys = createRemoteJWKSet(new URL(options.jwksUrl));
  else throw new Error('createTokenVerifier: give jwks or jwksUrl');
  const bare = options.issuer.replace(/\/+$/, '');
  const issuers = [bare, `${bare}/`];
  const now = options.now;

  return {
    async verify(authorizationHeader, requiredScope) {
      if (!authorizationHeader) return { ok: false, status: 401, reason: 'Authorization header is missing' };
      const match = /^Bearer +([^\s]+) *$/i.exec(authorizationHeader);
      if (!match) return { ok: false, status: 401, reason: 'Authorization header is not a Bearer token' };
      let claims: MaskinportenClaims;
      try {
        const result = await jwtVerify(match[1], keys, {
          issuer: issuers,
          algorithms: ['RS256'],
          requiredClaims: ['exp', 'iat'],
          clockTolerance: options.clockToleranceSeconds ?? 0,
          ...(now ? { currentDate: new Date(now()) } : {}),
        });
        claims = result.payload as MaskinportenClaims;
      } catch (err) {
        return { ok: false, status: 401, reason: reasonFor(err) };
      }
      const acting = actingOrg(claims);
      if (!acting) return { ok: false, status: 401, reason: 'token names no consumer or systembruker organisation' };
      const scopes = typeof claims.scope === 'string' ? claims.scope.split(/\s+/) : [];
      if (!scopes.includes(requiredScope)) {
        return { ok: false, status: 403, reason: `token lacks the scope ${requiredScope}` };
      }
      return { ok: true, claims, orgnr: acting.orgnr, systembruker: acting.systembruker };
    },
  };
}

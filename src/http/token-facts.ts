import { decodeJwt } from 'jose';
import { actingOrg, type MaskinportenClaims } from '../auth/verifier.ts';

/**
 * What a request's token said about who sent it, without the token: its scope and the organisation it
 * acted for (as a systembruker or as the client's own). Reports keep these so a replay or a curl line
 * can get a fresh token that acts the same way; a recorded 200 for org X is a 403 for anyone else.
 */
export interface TokenFacts {
  scope?: string;
  /** The organisation the token acted for. */
  org: string;
  /** True when it acted as a systembruker for `org`, false when `org` is the client's own. */
  systembruker: boolean;
}

/** The facts of the Bearer token in `headers`; undefined for no token or one that is not a Maskinporten JWT. */
export function tokenFacts(headers: Record<string, string>): TokenFacts | undefined {
  const value = Object.entries(headers).find(([name]) => name.toLowerCase() === 'authorization')?.[1];
  const token = /^Bearer\s+(\S+)$/i.exec(value ?? '')?.[1];
  if (!token) return undefined;
  let claims: MaskinportenClaims;
  try {
    claims = decodeJwt(token) as MaskinportenClaims;
  } catch {
    return undefined;
  }
  const acting = actingOrg(claims);
  if (!acting) return undefined;
  return { ...(typeof claims.scope === 'string' ? { scope: claims.scope } : {}), org: acting.orgnr, systembruker: acting.systembruker };
}

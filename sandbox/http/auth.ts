import type { TokenVerifier, VerifyResult } from '../../src/auth/verifier.ts';
import type { Autentisering } from './mount.ts';

const MAX_CACHED = 10_000;

/**
 * Remembers tokens that verified, until they expire, so the hot path skips the RSA signature check.
 * Only successes are cached: a refused token is re-examined each time (its reason may change, e.g.
 * "expired"). The cache is bounded; when full it starts over.
 */
export function cachedVerifier(verifier: TokenVerifier, now: () => number = Date.now): Autentisering {
  const cache = new Map<string, { result: VerifyResult; expiresAt: number }>();
  return {
    async verify(authorization, scope) {
      if (!authorization) return verifier.verify(authorization, scope);
      const key = `${scope} ${authorization}`;
      const hit = cache.get(key);
      if (hit) {
        if (now() < hit.expiresAt) return hit.result;
        cache.delete(key);
      }
      const result = await verifier.verify(authorization, scope);
      if (result.ok && typeof result.claims.exp === 'number') {
        if (cache.size >= MAX_CACHED) cache.clear();
        cache.set(key, { result, expiresAt: result.claims.exp * 1000 });
      }
      return result;
    },
  };
}

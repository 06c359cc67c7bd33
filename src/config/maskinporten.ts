import { MaskinportenClient } from '../maskinporten/index.ts';
import type { Environment } from './environment.ts';

/** The Maskinporten client for an environment's credentials. */
export function maskinportenFor(env: Environment): MaskinportenClient {
  const m = env.maskinporten;
  if (m.keyFormat === 'jwk') {
    const jwk = JSON.parse(m.privateKey);
    return new MaskinportenClient({ clientId: m.clientId, key: jwk, kid: m.kid ?? jwk.kid, wellKnownUrl: m.wellKnownUrl });
  }
  return new MaskinportenClient({ clientId: m.clientId, key: m.privateKey, kid: m.kid, wellKnownUrl: m.wellKnownUrl });
}

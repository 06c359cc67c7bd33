import { TENOR_URL } from '../../generators/parties/index.ts';
import { resolveEnvironment, type Environment } from '../../src/config/environment.ts';
import { maskinportenFor } from '../../src/config/maskinporten.ts';
import type { MaskinportenClient } from '../../src/maskinporten/index.ts';
import { BASE_PATH } from '../../sandbox/tenor/index.ts';

// Where the fetch command goes: the environment the suite is configured for (src/config). Skatteetaten's
// test environment means the real Tenor, with the configured Maskinporten client; the local sandbox (the
// default) and any other origin mean that origin's local Tenor, with its Maskinporten.

export interface TenorOppsett {
  baseUrl: string;
  klient: MaskinportenClient;
  klientId: string;
  miljoe: Environment;
}

/** Throws ConfigError for missing or contradictory settings, as the suite does. */
export function tenorOppsett(env: NodeJS.ProcessEnv, url?: string): TenorOppsett {
  const miljoe = resolveEnvironment(env);
  const baseUrl = url ?? (miljoe.kind === 'test' ? TENOR_URL : `${miljoe.baseUrl}${BASE_PATH}`);
  return { baseUrl, klient: maskinportenFor(miljoe), klientId: miljoe.maskinporten.clientId, miljoe };
}

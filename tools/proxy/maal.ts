import { environmentClass, TEST_ENVIRONMENT, type Environment, type EnvironmentClass } from '../../src/config/environment.ts';

export const STANDARDMAAL = TEST_ENVIRONMENT.baseUrl;
/** The suite's own consent to production (src/config/environment.ts): the proxy asks for the same. */
export const PRODUKSJONSFLAGG = 'CONFORMANCE_ALLOW_PRODUCTION';

export class MaalError extends Error {}

export interface Maal {
  url: URL;
  origin: string;
  klasse: EnvironmentClass;
}

/** What a target origin is, by the suite's own classification (the Maskinporten host is not known here). */
export function klasseFor(origin: string): EnvironmentClass {
  const env: Environment = {
    kind: 'custom', name: origin, baseUrl: origin, isSandbox: false,
    maskinporten: { clientId: '', privateKey: '', keyFormat: 'jwk', wellKnownUrl: origin === TEST_ENVIRONMENT.baseUrl ? TEST_ENVIRONMENT.wellKnownUrl : `${origin}/maskinporten/.well-known/oauth-authorization-server` },
  };
  return environmentClass(env);
}

/**
 * The proxy's target: an http(s) origin. Production (api.skatteetaten.no and the other production hosts
 * the suite knows) is refused unless CONFORMANCE_ALLOW_PRODUCTION=1, as the suite refuses it: the
 * supplier's system would send its data there through us.
 */
export function tolkMaal(raw: string, env: NodeJS.ProcessEnv = process.env): Maal {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new MaalError(`--target must be an http(s) origin such as ${STANDARDMAAL}, got "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new MaalError(`--target must be http or https, got ${url.protocol.replace(/:$/, '')}`);
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) throw new MaalError(`--target is an origin without a path (${url.origin}); the supplier's paths are forwarded as they are`);
  if (url.username || url.password) throw new MaalError('--target must not carry credentials');
  const klasse = klasseFor(url.origin);
  const flagg = env[PRODUKSJONSFLAGG];
  if (flagg !== undefined && flagg !== '' && flagg !== '0' && flagg !== '1') throw new MaalError(`${PRODUKSJONSFLAGG} must be 1 or 0, got "${flagg}"`);
  if (klasse === 'skatteetatenProduction' && flagg !== '1') {
    throw new MaalError(`${url.hostname} is a production host; the proxy forwards the supplier's data there, so it refuses production unless ${PRODUKSJONSFLAGG}=1`);
  }
  return { url, origin: url.origin, klasse };
}

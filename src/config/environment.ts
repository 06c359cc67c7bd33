import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type EnvironmentKind = 'local' | 'test' | 'custom';

export interface MaskinportenSettings {
  clientId: string;
  /** Private JWK as JSON text, or a PEM key (then `kid` is required). Never logged. */
  privateKey: string;
  keyFormat: 'jwk' | 'pem';
  kid?: string;
  wellKnownUrl: string;
  /** Organisation a systembruker token acts for, when the supplier tests that access option. */
  systembrukerOrg?: string;
}

export interface Environment {
  kind: EnvironmentKind;
  name: string;
  baseUrl: string;
  maskinporten: MaskinportenSettings;
  /** The organisation the suite's tokens act for (innsender, trekkpliktig). */
  supplierOrg?: string;
  isSandbox: boolean;
}

/** Missing or contradictory settings; the message lists every problem at once, each once. */
export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    const unique = [...new Set(problems)];
    // One problem is one line; several are a list under one heading.
    super(unique.length === 1 ? `Configuration problem: ${unique[0]}` : `Configuration problems:\n${unique.map((p) => `  - ${p}`).join('\n')}`);
    this.problems = unique;
    this.name = 'ConfigError';
  }
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The sandbox's own test client: documented in sandbox/keys/README.md, useless anywhere else. */
export const SANDBOX_CLIENT = {
  clientId: 'sandbox-test-client',
  orgnr: '312597772',
  keyFile: resolve(ROOT, 'sandbox/keys/sandbox-test-client.private.jwk.json'),
};

export const TEST_ENVIRONMENT = {
  baseUrl: 'https://api-test.sits.no',
  wellKnownUrl: 'https://test.maskinporten.no/.well-known/oauth-authorization-server',
};

/**
 * What a run talked to, as the certification summary must say it: only Skatteetaten's test environment,
 * reached with the supplier's own Maskinporten client, is evidence for the checklist.
 */
export type EnvironmentClass = 'embeddedSandbox' | 'sandbox' | 'custom' | 'skatteetatenTest' | 'skatteetatenProduction';

/** True when the run's tokens come from the sandbox's committed test client, which belongs to no supplier. */
export function usesSandboxClient(env: Pick<Environment, 'maskinporten'>): boolean {
  return env.maskinporten.clientId === SANDBOX_CLIENT.clientId;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

export function environmentClass(env: Environment): EnvironmentClass {
  if (env.kind === 'local') return 'embeddedSandbox';
  if (env.isSandbox) return 'sandbox';
  const api = hostOf(env.baseUrl);
  const mp = hostOf(env.maskinporten.wellKnownUrl);
  if (api === hostOf(TEST_ENVIRONMENT.baseUrl) && mp === hostOf(TEST_ENVIRONMENT.wellKnownUrl)) return 'skatteetatenTest';
  if (PRODUCTION_HOSTS.some((re) => re.test(api))) return 'skatteetatenProduction';
  return 'custom';
}

/** Evidence in the checklist's sense: Skatteetaten's test environment with the supplier's own client. */
export function isEvidence(env: Environment): boolean {
  return environmentClass(env) === 'skatteetatenTest' && !usesSandboxClient(env);
}

const PRODUCTION_HOSTS = [/(^|\.)api\.skatteetaten\.no$/i, /^api\.sits\.no$/i, /^maskinporten\.no$/i];

function isLocalHost(host: string): boolean {
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host.endsWith('.localhost');
}

function parseUrl(name: string, value: string, problems: string[]): URL | undefined {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
    return url;
  } catch {
    problems.push(`${name} must be an http(s) URL, got "${value}"`);
    return undefined;
  }
}

function credentials(env: NodeJS.ProcessEnv, wellKnownDefault: string, problems: string[], allowSandboxClient: boolean): MaskinportenSettings {
  const clientId = env.MASKINPORTEN_CLIENT_ID;
  const jwk = env.MASKINPORTEN_CLIENT_JWK;
  const pemFile = env.MASKINPORTEN_CLIENT_PEM_FILE ?? env.MASKINPORTEN_KEY_FILE;
  const kid = env.MASKINPORTEN_KID;
  const wellKnownUrl = env.MASKINPORTEN_WELL_KNOWN_URL ?? wellKnownDefault;
  const systembrukerOrg = env.MASKINPORTEN_SYSTEMBRUKER_ORG || undefined;
  if (systembrukerOrg && !/^[0-9]{9}$/.test(systembrukerOrg)) problems.push(`MASKINPORTEN_SYSTEMBRUKER_ORG must be 9 digits, got "${systembrukerOrg}"`);

  if (!clientId && !jwk && !pemFile && allowSandboxClient) {
    return { clientId: SANDBOX_CLIENT.clientId, privateKey: readFileSync(SANDBOX_CLIENT.keyFile, 'utf8'), keyFormat: 'jwk', wellKnownUrl, systembrukerOrg };
  }
  if (!clientId) problems.push('MASKINPORTEN_CLIENT_ID is not set (your Maskinporten client id)');
  if (!jwk && !pemFile) problems.push('MASKINPORTEN_CLIENT_JWK (private JWK as JSON) or MASKINPORTEN_CLIENT_PEM_FILE (PEM key file) is not set');
  if (pemFile && !jwk && !kid) problems.push('MASKINPORTEN_KID is not set (required with a PEM key file)');
  let privateKey = jwk ?? '';
  if (!jwk && pemFile) {
    if (!existsSync(pemFile)) problems.push(`MASKINPORTEN_CLIENT_PEM_FILE points at "${pemFile}", which does not exist`);
    else privateKey = readFileSync(pemFile, 'utf8');
  }
  if (jwk) {
    try {
      const parsed = JSON.parse(jwk);
      if (typeof parsed !== 'object' || !parsed.d) problems.push('MASKINPORTEN_CLIENT_JWK is JSON but not a private key (no "d")');
    } catch {
      problems.push('MASKINPORTEN_CLIENT_JWK is not valid JSON');
    }
  }
  parseUrl('MASKINPORTEN_WELL_KNOWN_URL', wellKnownUrl, problems);
  return { clientId: clientId ?? '', privateKey, keyFormat: jwk ? 'jwk' : 'pem', kid, wellKnownUrl, systembrukerOrg };
}

/**
 * Resolves the run's environment from variables:
 * CONFORMANCE_BASE_URL (any origin) wins over CONFORMANCE_ENV (local | test); local is the default.
 * CONFORMANCE_SANDBOX_URL is set by the Playwright config when it starts the embedded sandbox.
 */
export function resolveEnvironment(given: NodeJS.ProcessEnv = process.env): Environment {
  // CI systems often define variables as empty strings; an empty setting means "not set".
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined && v !== ''));
  const problems: string[] = [];
  const kind = env.CONFORMANCE_BASE_URL ? 'custom' : (env.CONFORMANCE_ENV ?? 'local');
  let result: Environment | undefined;

  if (kind === 'local') {
    const baseUrl = env.CONFORMANCE_SANDBOX_URL ?? 'http://127.0.0.1:8085';
    result = {
      kind, name: 'lokal sandkasse', baseUrl, isSandbox: true,
      maskinporten: credentials(env, `${baseUrl}/maskinporten/.well-known/oauth-authorization-server`, problems, true),
      supplierOrg: env.CONFORMANCE_SUPPLIER_ORG ?? SANDBOX_CLIENT.orgnr,
    };
  } else if (kind === 'test') {
    result = {
      kind, name: 'Skatteetatens testmiljø', baseUrl: TEST_ENVIRONMENT.baseUrl, isSandbox: false,
      maskinporten: credentials(env, TEST_ENVIRONMENT.wellKnownUrl, problems, false),
      supplierOrg: env.CONFORMANCE_SUPPLIER_ORG,
    };
  } else if (kind === 'custom') {
    const url = parseUrl('CONFORMANCE_BASE_URL', env.CONFORMANCE_BASE_URL!, problems);
    // Without a usable origin neither its Maskinporten nor whether credentials are needed (a local
    // origin may use the sandbox's client) can be told: CONFORMANCE_BASE_URL is the one problem to name.
    if (url) {
      const baseUrl = url.origin;
      const local = isLocalHost(url.hostname);
      result = {
        kind, name: `egendefinert (${baseUrl})`, baseUrl, isSandbox: env.CONFORMANCE_IS_SANDBOX === '1',
        maskinporten: credentials(env, `${baseUrl}/maskinporten/.well-known/oauth-authorization-server`, problems, local),
        supplierOrg: env.CONFORMANCE_SUPPLIER_ORG ?? (local ? SANDBOX_CLIENT.orgnr : undefined),
      };
    }
  } else {
    problems.push(`CONFORMANCE_ENV must be "local" or "test" (or set CONFORMANCE_BASE_URL), got "${kind}"`);
  }

  const supplierOrg = env.CONFORMANCE_SUPPLIER_ORG;
  if (supplierOrg && !/^[0-9]{9}$/.test(supplierOrg)) problems.push(`CONFORMANCE_SUPPLIER_ORG must be 9 digits, got "${supplierOrg}"`);
  if (env.CONFORMANCE_IS_SANDBOX && !['0', '1'].includes(env.CONFORMANCE_IS_SANDBOX)) problems.push(`CONFORMANCE_IS_SANDBOX must be 1 or 0, got "${env.CONFORMANCE_IS_SANDBOX}"`);
  if (env.CONFORMANCE_ALLOW_PRODUCTION && !['0', '1'].includes(env.CONFORMANCE_ALLOW_PRODUCTION)) problems.push(`CONFORMANCE_ALLOW_PRODUCTION must be 1 or 0, got "${env.CONFORMANCE_ALLOW_PRODUCTION}"`);
  // The API and its Maskinporten often share a production host: one refusal per host.
  const hosts = new Set<string>();
  for (const value of result ? [result.baseUrl, result.maskinporten.wellKnownUrl] : []) {
    try { hosts.add(new URL(value).hostname); } catch { /* named by parseUrl */ }
  }
  for (const host of hosts) {
    if (PRODUCTION_HOSTS.some((re) => re.test(host)) && env.CONFORMANCE_ALLOW_PRODUCTION !== '1') {
      problems.push(`${host} is a production host; the suite sends data, so it refuses production unless CONFORMANCE_ALLOW_PRODUCTION=1`);
    }
  }
  if (problems.length || !result) throw new ConfigError(problems);
  return result;
}

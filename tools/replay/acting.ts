import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { SANDBOX_CLIENT, type Environment } from '../../src/config/environment.ts';
import { maskinportenFor } from '../../src/config/maskinporten.ts';
import { MaskinportenClient } from '../../src/maskinporten/index.ts';
import { loadClients } from '../../sandbox/maskinporten/clients.ts';

/** An organisation the configured environment cannot get a token for; the message says why. */
export class ActingOrgError extends Error {}

/**
 * One line saying what a tool talks to: the environment, its base URL, its Maskinporten and the client.
 * Client ids and URLs are not secrets; keys and tokens never appear here.
 */
export function describeEnvironment(env: Environment): string {
  const where = env.name.includes(env.baseUrl) ? env.name : `${env.name} at ${env.baseUrl}`;
  return `${where}, Maskinporten ${env.maskinporten.wellKnownUrl}, client ${env.maskinporten.clientId}`;
}

/** True when the environment falls back on the sandbox's committed test client (no credentials set). */
export function usesSandboxClient(env: Environment): boolean {
  return env.maskinporten.clientId === SANDBOX_CLIENT.clientId;
}

/**
 * The Maskinporten client that acts for `org` as its own organisation. With real credentials the
 * client's organisation is fixed, so that is the configured client (callers check the token's
 * consumer); against a sandbox the registered client of that org, with its committed key.
 */
export async function clientActingFor(env: Environment, org: string | undefined): Promise<MaskinportenClient> {
  if (!org || !usesSandboxClient(env) || org === SANDBOX_CLIENT.orgnr) return maskinportenFor(env);
  const clients = await loadClients();
  const client = [...clients.values()].find((c) => c.orgnr === org);
  if (!client) {
    const known = [...clients.values()].map((c) => c.orgnr).join(', ');
    throw new ActingOrgError(`org ${org}: the sandbox has no client for that org (registered: ${known})`);
  }
  const keyFile = fileURLToPath(new URL(`../../sandbox/keys/${client.client_id}.private.jwk.json`, import.meta.url));
  let jwk;
  try {
    jwk = JSON.parse(await readFile(keyFile, 'utf8'));
  } catch {
    throw new ActingOrgError(`org ${org}: no usable private key for client ${client.client_id} at ${keyFile}`);
  }
  return new MaskinportenClient({ clientId: client.client_id, key: jwk, wellKnownUrl: env.maskinporten.wellKnownUrl });
}

#!/usr/bin/env -S npx tsx
/**
 * Prints a Maskinporten access token for the configured environment, got through the real JWT-bearer
 * grant. stdout carries the token and nothing else, so `$(npm run -s token -- --scope ...)` works.
 *
 *   npx tsx bin/token.ts --scope SCOPE [--scope SCOPE...] [--org ORGNR | --systembruker ORGNR]
 *
 * Environment as for the suite (src/config): CONFORMANCE_BASE_URL (default the local sandbox on
 * http://127.0.0.1:8085), CONFORMANCE_ENV, MASKINPORTEN_CLIENT_ID / MASKINPORTEN_CLIENT_JWK /
 * MASKINPORTEN_CLIENT_PEM_FILE + MASKINPORTEN_KID / MASKINPORTEN_WELL_KNOWN_URL. Against a local origin
 * without credentials it uses the sandbox's committed test client (sandbox/keys/README.md).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { decodeJwt } from 'jose';
import { ConfigError, SANDBOX_CLIENT, resolveEnvironment } from '../src/config/environment.ts';
import { maskinportenFor } from '../src/config/maskinporten.ts';
import { MaskinportenClient, MaskinportenError, ClientKeyError } from '../src/maskinporten/index.ts';
import { ClientsFileError, loadClients } from '../sandbox/maskinporten/clients.ts';

const USAGE = 'usage: token --scope SCOPE [--scope SCOPE...] [--org ORGNR | --systembruker ORGNR]';

class UsageError extends Error {}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, '; ').trim();

function parseOptions(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        scope: { type: 'string', multiple: true },
        org: { type: 'string' },
        systembruker: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (err) {
    throw new UsageError(`${(err as Error).message.split('\n')[0]} (${USAGE})`);
  }
  const { scope, org, systembruker, help } = parsed.values;
  if (help) return { help: true as const };
  const scopes = (scope ?? []).flatMap((s) => s.split(/\s+/)).filter(Boolean);
  if (scopes.length === 0) throw new UsageError(`--scope is required (${USAGE})`);
  if (org !== undefined && systembruker !== undefined) throw new UsageError('give --org or --systembruker, not both');
  if (org !== undefined && !/^\d{9}$/.test(org)) throw new UsageError(`--org must be a 9-digit organisation number, got "${org}"`);
  if (systembruker !== undefined && !/^(0192:)?\d{9}$/.test(systembruker)) {
    throw new UsageError(`--systembruker must be a 9-digit organisation number, got "${systembruker}"`);
  }
  return { help: false as const, scopes, org, systembruker };
}

/** Against the local sandbox, --org picks the registered client of that org and its committed key. */
async function sandboxClientFor(org: string, wellKnownUrl: string): Promise<MaskinportenClient> {
  const clients = await loadClients();
  const client = [...clients.values()].find((c) => c.orgnr === org);
  if (!client) {
    const known = [...clients.values()].map((c) => c.orgnr).join(', ');
    throw new UsageError(`--org ${org}: the sandbox has no client for that org (registered: ${known})`);
  }
  const keyFile = fileURLToPath(new URL(`../sandbox/keys/${client.client_id}.private.jwk.json`, import.meta.url));
  let jwk;
  try {
    jwk = JSON.parse(await readFile(keyFile, 'utf8'));
  } catch {
    throw new UsageError(`--org ${org}: no usable private key for client ${client.client_id} at ${keyFile}`);
  }
  return new MaskinportenClient({ clientId: client.client_id, key: jwk, wellKnownUrl });
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const env = resolveEnvironment(process.env);
  const usesSandboxClient = !process.env.MASKINPORTEN_CLIENT_ID && env.maskinporten.clientId === SANDBOX_CLIENT.clientId;
  const client =
    options.org && usesSandboxClient ? await sandboxClientFor(options.org, env.maskinporten.wellKnownUrl) : maskinportenFor(env);
  const token = await client.getToken({ scope: options.scopes, systembrukerOrg: options.systembruker });
  if (options.org && !usesSandboxClient) {
    // With real credentials the client's org is fixed: check it rather than hand out a token for another org.
    const consumer = (decodeJwt(token) as { consumer?: { ID?: string } }).consumer?.ID;
    if (consumer !== `0192:${options.org}`) {
      throw new UsageError(`--org ${options.org}: the configured client acts for ${consumer ?? 'an unknown org'}, not ${options.org}`);
    }
  }
  process.stdout.write(`${token}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof ConfigError) {
      process.stderr.write(`token: ${oneLine(err.problems.join('; '))}\n`);
      process.exit(2);
    }
    if (err instanceof UsageError || err instanceof ClientKeyError || err instanceof ClientsFileError || err instanceof TypeError) {
      process.stderr.write(`token: ${oneLine(err.message)}\n`);
      process.exit(2);
    }
    if (err instanceof MaskinportenError) {
      process.stderr.write(`token: ${oneLine(err.message)}\n`);
      process.exit(1);
    }
    // Anything else is our bug; still one line, and never a token (none exists at this point).
    process.stderr.write(`token: unexpected failure: ${oneLine(err instanceof Error ? err.message : String(err))}\n`);
    process.exit(1);
  },
);

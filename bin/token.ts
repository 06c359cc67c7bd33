#!/usr/bin/env -S npx tsx
/**
 * Prints a Maskinporten access token for the configured environment, got through the real JWT-bearer
 * grant. stdout carries the token and nothing else, so `$(npm run -s token -- --scope ...)` works; one
 * line on stderr says where it came from (environment, base URL, issuer, acting org), never the token.
 *
 *   npx tsx bin/token.ts --scope SCOPE [--scope SCOPE...] [--org ORGNR | --systembruker ORGNR] [--quiet]
 *
 * Environment as for the suite (src/config): CONFORMANCE_BASE_URL (default the local sandbox on
 * http://127.0.0.1:8085), CONFORMANCE_ENV, MASKINPORTEN_CLIENT_ID / MASKINPORTEN_CLIENT_JWK /
 * MASKINPORTEN_CLIENT_PEM_FILE + MASKINPORTEN_KID / MASKINPORTEN_WELL_KNOWN_URL. Against a local origin
 * without credentials it uses the sandbox's committed test client (sandbox/keys/README.md).
 */
import { parseArgs } from 'node:util';
import { decodeJwt } from 'jose';
import { ConfigError, resolveEnvironment, type Environment } from '../src/config/environment.ts';
import { tokenFacts } from '../src/http/token-facts.ts';
import { MaskinportenError, ClientKeyError } from '../src/maskinporten/index.ts';
import { ClientsFileError } from '../sandbox/maskinporten/clients.ts';
import { ActingOrgError, clientActingFor, describeEnvironment, usesSandboxClient } from '../tools/replay/acting.ts';

const USAGE = 'usage: token --scope SCOPE [--scope SCOPE...] [--org ORGNR | --systembruker ORGNR] [--quiet]';
const HELP = `${USAGE}

Prints an access token for the configured environment on stdout, and nothing else:
  TOKEN=$(npm run -s token -- --scope skatteetaten:trekkpaalegg)
The environment is the suite's: CONFORMANCE_BASE_URL, else CONFORMANCE_ENV (local: the sandbox on
http://127.0.0.1:8085; test: Skatteetaten's test environment), and MASKINPORTEN_CLIENT_ID,
MASKINPORTEN_CLIENT_JWK or MASKINPORTEN_CLIENT_PEM_FILE + MASKINPORTEN_KID, MASKINPORTEN_WELL_KNOWN_URL.
Against a sandbox without credentials it uses the sandbox's committed test client.
  --org ORGNR          act as that organisation's own client (sandbox: its registered client;
                       real credentials: checked to be the configured client's organisation)
  --systembruker ORGNR act as a systembruker for that organisation
  --quiet              no line on stderr on success
stderr gets one line: where the token came from (environment, base URL, issuer, acting org) or why not.
Exit codes: 0 token printed, 1 Maskinporten refused or could not be reached, 2 bad options or settings.
`;

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
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (err) {
    throw new UsageError(`${(err as Error).message.split('\n')[0]} (${USAGE})`);
  }
  const { scope, org, systembruker, help, quiet } = parsed.values;
  if (help) return { help: true as const };
  const scopes = (scope ?? []).flatMap((s) => s.split(/\s+/)).filter(Boolean);
  if (scopes.length === 0) throw new UsageError(`--scope is required (${USAGE})`);
  if (org !== undefined && systembruker !== undefined) throw new UsageError('give --org or --systembruker, not both');
  if (org !== undefined && !/^\d{9}$/.test(org)) throw new UsageError(`--org must be a 9-digit organisation number, got "${org}"`);
  if (systembruker !== undefined && !/^(0192:)?\d{9}$/.test(systembruker)) {
    throw new UsageError(`--systembruker must be a 9-digit organisation number, got "${systembruker}"`);
  }
  return { help: false as const, scopes, org, systembruker, quiet: quiet ?? false };
}

/** Set once the environment is known, so a failure can say what was asked. */
let asked: Environment | undefined;

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const env = resolveEnvironment(process.env);
  asked = env;
  const client = await clientActingFor(env, options.org);
  const token = await client.getToken({ scope: options.scopes, systembrukerOrg: options.systembruker });
  const facts = tokenFacts({ Authorization: `Bearer ${token}` });
  if (options.org && !usesSandboxClient(env) && facts?.org !== options.org) {
    // With real credentials the client's org is fixed: check it rather than hand out a token for another org.
    throw new ActingOrgError(`--org ${options.org}: the configured client acts for ${facts?.org ?? 'an unknown org'}, not ${options.org}`);
  }
  process.stdout.write(`${token}\n`);
  if (!options.quiet) {
    const { iss, exp } = decodeJwt(token);
    const acting = facts ? `acting for ${facts.org}${facts.systembruker ? ' as systembruker' : ''}` : 'acting for no named organisation';
    const life = typeof exp === 'number' ? `, valid ${Math.max(0, Math.round(exp - Date.now() / 1000))} s` : '';
    process.stderr.write(`token: from ${iss ?? 'an unnamed issuer'} for ${describeEnvironment(env)}; ${acting}, scope ${options.scopes.join(' ')}${life}\n`);
  }
  return 0;
}

/** What a failure asked, so "could not reach" or "invalid_scope" names the environment too. */
function where(err: Error): string {
  if (!asked) return '';
  // The default is a sandbox the user starts; the likeliest cause of an unreachable one is that it is not running.
  const hint = asked.kind === 'local' && /network_error/.test(err.message) ? '; start it with `npm run sandbox`, or set CONFORMANCE_BASE_URL' : '';
  return ` (asked ${describeEnvironment(asked)}${hint})`;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof ConfigError) {
      process.stderr.write(`token: ${oneLine(err.problems.join('; '))}\n`);
      process.exit(2);
    }
    if (err instanceof UsageError || err instanceof ActingOrgError || err instanceof ClientKeyError || err instanceof ClientsFileError || err instanceof TypeError) {
      process.stderr.write(`token: ${oneLine(err.message)}${err instanceof UsageError ? '' : where(err)}\n`);
      process.exit(2);
    }
    if (err instanceof MaskinportenError) {
      process.stderr.write(`token: ${oneLine(err.message)}${where(err)}\n`);
      process.exit(1);
    }
    // Anything else is our bug; still one line, and never a token (none exists at this point).
    process.stderr.write(`token: unexpected failure: ${oneLine(err instanceof Error ? err.message : String(err))}\n`);
    process.exit(1);
  },
);

import { TEST_ENVIRONMENT, type Environment } from '../config/environment.ts';
import type { Exchange } from './exchange.ts';
import { tokenFacts } from './token-facts.ts';
import { redactText } from '../redact.ts';

function quote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** A word that needs no quotes stays bare, so the common line reads as one types it. */
function word(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : quote(value);
}

/**
 * The settings that make `npm run -s token` (which reads them as the suite does) talk to the environment
 * the request went to, so the line works when pasted into a fresh shell. Credentials are never written:
 * where the run needed the supplier's own, a comment says which variables to set.
 */
function environmentLines(env: Environment): string[] {
  if (env.kind === 'test') {
    return [
      `# Sent to ${env.name} (${env.baseUrl}); the token needs your Maskinporten client, as for the run:`,
      '# MASKINPORTEN_CLIENT_ID and MASKINPORTEN_CLIENT_JWK (or MASKINPORTEN_CLIENT_PEM_FILE + MASKINPORTEN_KID).',
      'unset CONFORMANCE_BASE_URL; export CONFORMANCE_ENV=test',
      ...(env.maskinporten.wellKnownUrl !== TEST_ENVIRONMENT.wellKnownUrl ? [`export MASKINPORTEN_WELL_KNOWN_URL=${word(env.maskinporten.wellKnownUrl)}`] : []),
    ];
  }
  const port = new URL(env.baseUrl).port;
  const lines = env.kind === 'local'
    ? [`# Sent to the run's embedded sandbox (${env.baseUrl}), which stopped with the run: from the project folder,`,
      `# start one on the same port first (npm run sandbox -- --port ${port}); what the run stored there is gone.`]
    : [`# Sent to ${env.baseUrl}; run from the project folder.`];
  lines.push(`export CONFORMANCE_BASE_URL=${word(env.baseUrl)}`);
  // The token CLI derives Maskinporten from the base URL unless told otherwise; repeat only a different one.
  if (env.maskinporten.wellKnownUrl !== `${env.baseUrl}/maskinporten/.well-known/oauth-authorization-server`) {
    lines.push(`export MASKINPORTEN_WELL_KNOWN_URL=${word(env.maskinporten.wellKnownUrl)}`);
  }
  return lines;
}

/**
 * A curl command that replays the request. The token is never written: the command reads it from
 * $TOKEN, which the line before it gets with `npm run -s token` for the same scope and acting
 * organisation as the recorded token. Given the run's environment, the lines before that point the
 * token command at it.
 */
export function toCurl(exchange: Exchange, scope?: string, env?: Environment): string {
  const { method, url, headers, body, bodyBytes, bodyBase64 } = exchange.request;
  // A recorded upload is piped in from its base64 copy, which any POSIX shell can paste.
  const upload = body === undefined && bodyBase64 !== undefined ? `printf %s ${quote(bodyBase64)} | base64 -d | ` : '';
  const lines = [`${upload}curl -sS -i -X ${method} ${quote(url)}`];
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() === 'authorization') lines.push(`-H "Authorization: Bearer $TOKEN"`);
    else lines.push(`-H ${quote(`${name}: ${redactText(value)}`)}`);
  }
  if (body !== undefined) lines.push(`--data-binary ${quote(redactText(body))}`);
  else if (upload) lines.push('--data-binary @-');
  else if (bodyBytes !== undefined) lines.push(`--data-binary @your-file  # ${bodyBytes} bytes were sent`);
  const prefix: string[] = [];
  if (headers.Authorization || headers.authorization) {
    const facts = tokenFacts(headers);
    const acting = facts ? (facts.systembruker ? ` --systembruker ${facts.org}` : ` --org ${facts.org}`) : '';
    if (env) prefix.push(...environmentLines(env));
    prefix.push(`TOKEN=$(npm run -s token -- --scope ${word(facts?.scope ?? scope ?? '<scope>')}${acting})`);
  }
  return `${prefix.map((l) => `${l}\n`).join('')}${lines.join(' \\\n  ')}\n`;
}

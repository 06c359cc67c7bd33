/**
 * Removes credentials from anything that may be written to a report or a log: bearer tokens, JWTs,
 * private key material and Authorization headers. Reports are sent to Skatteetaten; tokens must never be.
 */
const JWT = /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\b/g;
const BEARER = /\b(Bearer)\s+[A-Za-z0-9._~+/=-]+/gi;
const PEM = /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g;
const JWK_PRIVATE = /"(d|p|q|dp|dq|qi)"\s*:\s*"[A-Za-z0-9_-]{8,}"/g;
const ASSERTION = /\b(assertion|access_token|client_assertion)=([^&\s"]+)/g;

export const REDACTED = '[redacted]';

export function redactText(text: string): string {
  return text
    .replace(PEM, `-----${REDACTED} PRIVATE KEY-----`)
    .replace(BEARER, `$1 ${REDACTED}`)
    .replace(JWT, REDACTED)
    .replace(JWK_PRIVATE, `"$1":"${REDACTED}"`)
    .replace(ASSERTION, `$1=${REDACTED}`);
}

const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie']);

export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    out[name] = SECRET_HEADERS.has(name.toLowerCase()) ? (name.toLowerCase() === 'authorization' ? `Bearer ${REDACTED}` : REDACTED) : redactText(value);
  }
  return out;
}

/** Finds credentials in text; used by the report scan test. Returns a short description of each hit. */
export function findSecrets(text: string): string[] {
  const hits: string[] = [];
  for (const [name, re] of [['JWT', JWT], ['PEM private key', PEM], ['private JWK member', JWK_PRIVATE]] as const) {
    for (const m of text.matchAll(new RegExp(re.source, re.flags))) hits.push(`${name}: ${m[0].slice(0, 24)}…`);
  }
  for (const m of text.matchAll(/\bBearer\s+([A-Za-z0-9._~+/=-]{16,})/gi)) hits.push(`Bearer value: ${m[1].slice(0, 12)}…`);
  return hits;
}

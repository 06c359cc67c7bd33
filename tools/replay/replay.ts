import { readFileSync } from 'node:fs';
import { ContractValidator, formatViolations } from '../../src/contract/index.ts';
import { resolveEnvironment, type Environment } from '../../src/config/environment.ts';
import { maskinportenFor } from '../../src/config/maskinporten.ts';
import { HttpClient } from '../../src/http/client.ts';
import { tokenFacts, type TokenFacts } from '../../src/http/token-facts.ts';
import { redactText } from '../../src/redact.ts';
import { specForPath } from '../../src/spec/document.ts';
import { clientActingFor } from './acting.ts';

/** The shape of an exchange attachment the suite's fixtures write (`NN operationId status.json`). */
export interface RecordedExchange {
  operationId: string;
  request: { method: string; url: string; headers: Record<string, string>; body?: string; bodyBytes?: number; bodyBase64?: string };
  response: { status: number; body?: unknown };
  /**
   * Who the recorded token acted for; null when the request carried no Maskinporten token (none, or a
   * deliberately broken one). Attachments written before this field existed lack it.
   */
  auth?: TokenFacts | null;
}

export class ReplayError extends Error {}

export function readExchange(file: string): RecordedExchange {
  let data: any;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ReplayError(`${file}: ${code ? `cannot be read (${code})` : `is not JSON (${(err as Error).message})`}`);
  }
  for (const [field, ok] of [
    ['operationId', typeof data?.operationId === 'string'],
    ['request.method', typeof data?.request?.method === 'string'],
    ['request.url', typeof data?.request?.url === 'string'],
    ['response.status', Number.isInteger(data?.response?.status)],
  ] as const) {
    if (!ok) throw new ReplayError(`${file}: field ${field} is missing or of the wrong type; is this an exchange attachment of the suite?`);
  }
  const { body, bodyBytes, bodyBase64 } = data.request;
  if (body === undefined && bodyBase64 === undefined && bodyBytes !== undefined) {
    throw new ReplayError(`${file}: the recorded upload (${bodyBytes} bytes) is not in the attachment (only uploads up to 1 MiB are kept), so it cannot be sent again`);
  }
  return data as RecordedExchange;
}

export interface ReplayResult {
  line: string;
  /** Same status as recorded and valid against the contract. */
  same: boolean;
}

/** At most this much of an answer is quoted when it differs from the recording. */
const QUOTED = 300;

/** Every `kode` in an error body (the rule and error codes of a 422 or 400), in order, once each. */
function codes(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const v of node) codes(v, found);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'kode' && typeof value === 'string') found.add(value);
      else codes(value, found);
    }
  }
  return found;
}

/** What came back, in a line: a problem body's title, detail and codes; anything else quoted, cut short. */
function quoted(body: unknown, text: string): string {
  const problem = body as { title?: unknown; detail?: unknown } | undefined;
  if (problem && typeof problem === 'object' && typeof problem.title === 'string') {
    const detail = typeof problem.detail === 'string' ? ` (${problem.detail})` : '';
    const found = [...codes(body)];
    return redactText(`"${problem.title}"${detail}${found.length ? `, codes ${found.join(', ')}` : ''}`);
  }
  const raw = body !== undefined ? JSON.stringify(body) : text;
  const one = redactText(raw ?? '').replace(/\s+/g, ' ').trim();
  if (one === '') return 'an empty body';
  return one.length > QUOTED ? `${one.slice(0, QUOTED)}…` : one;
}

interface Token {
  value: string | null;
  /** Set when the fresh token acts for another organisation than the recorded one. */
  note?: string;
}

/**
 * A token that acts as the recorded one did: same scope, same organisation, as a systembruker when the
 * recorded one was. A recording whose token was not a Maskinporten token gets the redacted value back,
 * which is just as unusable; an old recording without `auth` gets the API's scope and the configured org.
 */
async function freshToken(exchange: RecordedExchange, scope: string | undefined, env: Environment): Promise<Token> {
  const hadToken = Object.keys(exchange.request.headers ?? {}).some((h) => h.toLowerCase() === 'authorization');
  if (!hadToken) return { value: null };
  const { auth } = exchange;
  if (auth === null) return { value: '[redacted]' };
  if (auth === undefined) {
    if (!scope) return { value: null };
    return { value: await maskinportenFor(env).getToken({ scope, systembrukerOrg: env.maskinporten.systembrukerOrg }) };
  }
  const client = auth.systembruker ? maskinportenFor(env) : await clientActingFor(env, auth.org);
  const value = await client.getToken({ scope: auth.scope ?? scope ?? '', systembrukerOrg: auth.systembruker ? auth.org : undefined });
  const now = tokenFacts({ Authorization: `Bearer ${value}` });
  const note = now && now.org !== auth.org ? `the token acts for ${now.org}, the recorded one for ${auth.org}` : undefined;
  return { value, note };
}

/**
 * Sends a recorded request again, to the configured environment (not necessarily the one it was
 * recorded against), with a fresh token acting as the recorded one did: the redacted Authorization
 * value of the recording is never reused. A status other than the recorded one is a difference,
 * whatever the contract says of the new answer.
 */
export async function replay(exchange: RecordedExchange, env: Environment = resolveEnvironment()): Promise<ReplayResult> {
  const recorded = new URL(exchange.request.url);
  const path = `${recorded.pathname}${recorded.search}`;
  // The path names the API and its version (/api/utleggsbegjaering/v2/...), so the contract is that version's.
  const spec = specForPath(recorded.pathname);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(exchange.request.headers ?? {})) {
    if (!['authorization', 'content-length', 'host', 'connection'].includes(name.toLowerCase())) headers[name] = value;
  }
  const token = await freshToken(exchange, spec?.scope, env);
  const contentType = headers['Content-Type'] ?? headers['content-type'] ?? 'application/json';
  const { body, bodyBase64 } = exchange.request;
  const data = body ?? (bodyBase64 !== undefined ? new Uint8Array(Buffer.from(bodyBase64, 'base64')) : undefined);
  const res = await new HttpClient({ baseUrl: env.baseUrl }).send({
    method: exchange.request.method,
    path,
    operationId: exchange.operationId,
    headers,
    raw: data !== undefined ? { data, contentType } : undefined,
    token: token.value,
  });
  const contract = ContractValidator.forOperation(exchange.operationId, spec ?? {}).validateResponse(exchange.operationId, { status: res.status, contentType: res.contentType, body: res.body ?? (res.text || undefined) });
  const sameStatus = res.status === exchange.response.status;
  const breaks = contract.valid ? '' : `breaks the contract:\n${formatViolations(contract.violations)}`;
  const note = token.note ? ` (${token.note})` : '';
  const request = `${exchange.request.method} ${path}`;
  const line = sameStatus
    ? `${request} → ${res.status} as recorded${note}, ${breaks ? `but the answer ${breaks}` : 'and the answer matches the contract'}`
    : `${request} → ${res.status}, recorded ${exchange.response.status}: DIFFERS${note}; the answer was ${quoted(res.body, res.text)}${breaks ? `; it also ${breaks}` : ''}`;
  return { line, same: sameStatus && contract.valid };
}

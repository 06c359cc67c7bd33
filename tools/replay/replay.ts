import { readFileSync } from 'node:fs';
import { ContractValidator, formatViolations } from '../../src/contract/index.ts';
import { resolveEnvironment, type Environment } from '../../src/config/environment.ts';
import { maskinportenFor } from '../../src/config/maskinporten.ts';
import { HttpClient } from '../../src/http/client.ts';
import { specForPath } from '../../src/spec/document.ts';

/** The shape of an exchange attachment the suite's fixtures write (`NN operationId status.json`). */
export interface RecordedExchange {
  operationId: string;
  request: { method: string; url: string; headers: Record<string, string>; body?: string };
  response: { status: number };
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
  return data as RecordedExchange;
}

export interface ReplayResult {
  line: string;
  /** Same status as recorded and valid against the contract. */
  same: boolean;
}

/**
 * Sends a recorded request again, to the configured environment (not necessarily the one it was
 * recorded against), with a fresh token for the scope of the API that owns the path: the redacted
 * Authorization value of the recording is never reused.
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
  const hadToken = Object.keys(exchange.request.headers ?? {}).some((h) => h.toLowerCase() === 'authorization');
  const token = hadToken && spec ? await maskinportenFor(env).getToken({ scope: spec.scope, systembrukerOrg: env.maskinporten.systembrukerOrg }) : null;
  const contentType = headers['Content-Type'] ?? headers['content-type'];
  const res = await new HttpClient({ baseUrl: env.baseUrl }).send({
    method: exchange.request.method,
    path,
    operationId: exchange.operationId,
    headers,
    raw: exchange.request.body !== undefined ? { data: exchange.request.body, contentType: contentType ?? 'application/json' } : undefined,
    token,
  });
  const contract = ContractValidator.forOperation(exchange.operationId, spec ?? {}).validateResponse(exchange.operationId, { status: res.status, contentType: res.contentType, body: res.body ?? (res.text || undefined) });
  const same = res.status === exchange.response.status && contract.valid;
  const head = `${exchange.request.method} ${path} → ${res.status} (recorded ${exchange.response.status})`;
  const detail = contract.valid ? 'matches the contract' : `breaks the contract:\n${formatViolations(contract.violations)}`;
  return { line: `${head}, ${detail}`, same };
}

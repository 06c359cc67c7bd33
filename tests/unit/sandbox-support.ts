// Shared by the tests/unit/sandbox-*.spec.ts files: a running sandbox, tokens through the real grant,
// and a call helper that checks EVERY answer against the spec and the correlation id.
import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import type { JWK } from 'jose';
import { ContractValidator, formatViolations } from '../../src/contract/index.ts';
import { MaskinportenClient } from '../../src/maskinporten/index.ts';
import { eksempler } from '../support/petitions.ts';
import { SANDBOX_CLIENT } from '../../src/config/environment.ts';
import { loadSpec } from '../../src/spec/document.ts';
import { API_NAMES, apiVersion, type ApiName } from '../../src/spec/versions.ts';
import { createSandbox, type Sandbox, type SandboxOptions } from '../../sandbox/server.ts';

export const TESTKLIENT_ORG = SANDBOX_CLIENT.orgnr;
/**
 * The Utleggsbegjæring version these sandbox tests speak: their bodies are the 0.9 model of the seeds.
 * The sandbox serves every version at once; the 2.1 model's own tests name v2.
 */
export const UB_VERSJON = 'v1';
const versjonAv = (api: ApiName) => (api === 'utleggsbegjaering' ? UB_VERSJON : undefined);
// Scopes and base paths come from the documents, so a new version is picked up without edits here.
export const SCOPES = Object.fromEntries(API_NAMES.map((api) => [api, apiVersion(api).scope])) as Record<ApiName, string>;
export const BASE = Object.fromEntries(API_NAMES.map((api) => [api, loadSpec(api, versjonAv(api)).basePath])) as Record<ApiName, string>;

const privateJwk: JWK = JSON.parse(readFileSync(SANDBOX_CLIENT.keyFile, 'utf8'));

/** An official example of UB_VERSJON, read through specs/examples/index.json like the suite's. */
export function example(name: 'enkel' | 'kompleks'): any {
  const found = eksempler(UB_VERSJON).find((e) => e.navn === name);
  if (!found) throw new Error(`specs/examples/index.json has no ${UB_VERSJON} example "${name}"`);
  return structuredClone(found.body);
}

export interface Running {
  sandbox: Sandbox;
  client: MaskinportenClient;
  token(api: ApiName | string, systembrukerOrg?: string): Promise<string>;
}

export async function startSandbox(options: SandboxOptions = {}, clientNow?: () => number): Promise<Running> {
  const sandbox = await createSandbox({ port: 0, ...options });
  const client = new MaskinportenClient({
    clientId: SANDBOX_CLIENT.clientId,
    key: privateJwk,
    wellKnownUrl: `${sandbox.url}/maskinporten/.well-known/oauth-authorization-server`,
    now: clientNow,
  });
  return {
    sandbox,
    client,
    token: (api, systembrukerOrg) => client.getToken({ scope: (SCOPES as Record<string, string>)[api] ?? api, systembrukerOrg }),
  };
}

export interface Answer {
  status: number;
  headers: Headers;
  contentType: string;
  text: string;
  body: any;
}

export interface CallOptions {
  method?: string;
  token?: string;
  headers?: Record<string, string>;
  body?: unknown;
  /** Raw body (string or bytes) sent as is. */
  raw?: string | Uint8Array;
  /**
   * The operation whose documented responses the answer must match. For answers no operation documents
   * (unknown path, 405) give `feilkroppSom`: the error body is checked as that operation's 404/400 body.
   */
  operationId?: string;
  feilkroppSom?: { operationId: string; status: number };
}

/** Calls the sandbox and asserts the answer matches the spec, carries a Korrelasjonsid, and echoes ours. */
export async function call(sb: Sandbox, api: ApiName, path: string, options: CallOptions = {}): Promise<Answer> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | Uint8Array | undefined = options.raw;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const res = await fetch(`${sb.url}${path.startsWith('/api') || path.startsWith('/sandbox') || path === '/' ? path : BASE[api] + path}`, {
    method: options.method ?? (body === undefined ? 'GET' : 'POST'),
    headers,
    body: body as any,
  });
  const text = await res.text();
  const contentType = res.headers.get('content-type') ?? '';
  let parsed: unknown;
  if (/json/.test(contentType) && text !== '') parsed = JSON.parse(text);
  const answer: Answer = { status: res.status, headers: res.headers, contentType, text, body: parsed };

  const korrelasjonsid = res.headers.get('korrelasjonsid');
  expect(korrelasjonsid, 'every answer carries Korrelasjonsid').toBeTruthy();
  const sent = Object.entries(headers).find(([k]) => k.toLowerCase() === 'korrelasjonsid')?.[1];
  if (sent) expect(korrelasjonsid).toBe(sent);
  if (res.status >= 400 && parsed && typeof parsed === 'object' && 'kode' in parsed) {
    expect((parsed as any).korrelasjonsid, 'error bodies carry korrelasjonsid').toBe(korrelasjonsid);
  }

  const validator = ContractValidator.forApi(api, versjonAv(api));
  if (options.operationId) {
    const result = validator.validateResponse(options.operationId, { status: res.status, contentType, body: parsed ?? (text === '' ? undefined : text) });
    expect(result.valid, `${options.operationId} ${res.status} must match the spec:\n${formatViolations(result.violations)}\n${text.slice(0, 500)}`).toBe(true);
  } else if (options.feilkroppSom) {
    const { operationId, status } = options.feilkroppSom;
    const result = validator.validateResponse(operationId, { status, contentType, body: parsed });
    expect(result.valid, `error body must match ${operationId} ${status}:\n${formatViolations(result.violations)}\n${text.slice(0, 500)}`).toBe(true);
  } else {
    throw new Error('call(): give operationId or feilkroppSom, so that every answer is checked against the spec');
  }
  return answer;
}

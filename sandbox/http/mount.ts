import { OpenAPIBackend, type Document } from 'openapi-backend';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { createAjv } from '../../src/contract/ajv.ts';
import { loadSpec, type OperationInfo, type SpecDocument } from '../../src/spec/document.ts';
import type { ApiName } from '../../src/spec/versions.ts';
import type { VerifyResult } from '../../src/auth/verifier.ts';
import { feilkoderFor, type Feilkoder, type Situasjon } from './codes.ts';
import { bearerChallenge } from './challenge.ts';
import { detaljerFra } from './detaljer.ts';
import { sendFeil, type Detalj, type Exchange } from './exchange.ts';
import { createRouter, type RouterOperation } from './router.ts';

/** What an operation handler gets: validated, coerced input and the organisation the token acts for. */
export interface Kall {
  ex: Exchange;
  operationId: string;
  params: Record<string, any>;
  query: Record<string, any>;
  body: unknown;
  aktoer: { orgnr: string; systembruker: boolean };
}

export type Operasjon = (kall: Kall) => void | Promise<void>;
export type Operasjoner = Record<string, Operasjon>;

export interface Autentisering {
  verify(authorization: string | undefined, scope: string): Promise<VerifyResult>;
}

export interface Mount {
  api: ApiName;
  spec: SpecDocument;
  basePath: string;
  koder: Feilkoder;
  handle(ex: Exchange, path: string, query: string, body: unknown): Promise<void>;
  /** Sends the API's general error for a situation, with the catalog's status. */
  feil(ex: Exchange, situasjon: Situasjon, melding: string, detaljer?: Detalj[], headers?: Record<string, string>): void;
}

// openapi-backend's own extra formats, which ajv-formats does not know; binary bodies are not validated by ajv.
const OPENAPI_FORMATS: Record<string, { type: 'number' | 'string'; validate: (x: any) => boolean }> = {
  int32: { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 },
  int64: { type: 'number', validate: (n: number) => Number.isInteger(n) },
  float: { type: 'number', validate: () => true },
  double: { type: 'number', validate: () => true },
  byte: { type: 'string', validate: (s: string) => /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(s) },
  binary: { type: 'string', validate: () => true },
  password: { type: 'string', validate: () => true },
};

function projectAjv(options: Record<string, unknown>): Ajv {
  // openapi-backend wraps each schema in its own objects (title, unknown keywords), hence strict off here.
  const ajv = createAjv({ ...options, strict: false, logger: false });
  for (const [name, format] of Object.entries(OPENAPI_FORMATS)) ajv.addFormat(name, format as any);
  return ajv;
}

/** A query string as openapi-backend's own parser gives it (a repeated name becomes an array), without qs. */
function queryObject(query: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  if (query === '') return out;
  for (const [name, value] of new URLSearchParams(query)) {
    const seen = out[name];
    out[name] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return out;
}

function schemeOf(spec: SpecDocument): { name: string; scope: string } {
  const schemes = spec.doc.components?.securitySchemes ?? {};
  const requirement = spec.doc.security?.[0] ?? {};
  const name = Object.keys(requirement)[0] ?? Object.keys(schemes)[0];
  const scope = schemes[name]?.['x-scope'] ?? spec.scope;
  return { name, scope };
}

/** An operation as openapi-backend lists it, with what each request needs prepared once. */
interface PlannedOperation extends RouterOperation {
  operationId: string;
  info: OperationInfo;
  /** openapi-backend's compiled validators: the body's, then the parameters' (path, query, header). */
  validators: ValidateFunction[];
  /** Query parameters of array type: a single value is wrapped, as openapi-backend does. */
  arrayQuery: Set<string>;
  onlyJsonBody: boolean;
  /** Some security requirement of the operation is met by a valid token of the API's own scheme. */
  tokenSuffices: boolean;
}

export async function createMount(api: ApiName, version: string | undefined, operasjoner: Operasjoner, auth: Autentisering): Promise<Mount> {
  const spec = loadSpec(api, version);
  const koder = feilkoderFor(api);
  const { name: scheme, scope } = schemeOf(spec);

  function feil(ex: Exchange, situasjon: Situasjon, melding: string, detaljer?: Detalj[], headers?: Record<string, string>): void {
    const { kode, status } = koder[situasjon];
    sendFeil(ex, status, kode, melding, detaljer, headers);
  }

  /** Content type and JSON problems, which ajv cannot see because such a body never reaches it. */
  function bodyProblem(ex: Exchange, op: OperationInfo | undefined): Detalj | undefined {
    if (!op?.requestBody) return undefined;
    const accepted = Object.keys(op.requestBody.content);
    if (!accepted.includes(ex.contentType)) {
      return {
        felt: 'Content-Type',
        melding: `${ex.contentType ? `content type "${ex.contentType}"` : 'a missing content type'} is not accepted; use ${accepted.join(' or ')}`,
      };
    }
    if (ex.jsonError !== undefined) return { felt: '', melding: `request body is not valid JSON: ${ex.jsonError}` };
    return undefined;
  }

  const backend = new OpenAPIBackend({
    definition: structuredClone(spec.doc) as Document,
    apiRoot: spec.basePath,
    // quick: no second check of the document (the suite's spec checks do that) and lazy validators;
    // the request validators are compiled right after init, response validators never (not needed here).
    quick: true,
    strict: true,
    validate: true,
    coerceTypes: true,
    customizeAjv: (_ajv, options) => projectAjv(options as Record<string, unknown>) as any,
  });
  await backend.init();
  // openapi-backend supplies the operations (path parameters merged, security resolved, $refs
  // dereferenced) and compiles their validators, once. Requests do not go through its handleRequest,
  // which re-lists the operations, compiles a regex per operation and parses each request three
  // times on every call; the steps below are its steps, in its order.
  const router = createRouter(spec.basePath, backend.router.getOperations().map((op) => plan(op as PlannedOperation)));

  function plan(op: PlannedOperation): PlannedOperation {
    const info = spec.operations.get(op.operationId)!;
    for (const p of op.parameters ?? []) {
      // What openapi-backend's per-request parsing would handle and this plan does not: refuse at start-up.
      if (p.in === 'cookie' || p.content || p.explode === false || (p.style && p.style !== 'form' && p.style !== 'simple')) {
        throw new Error(`${spec.file}: ${op.operationId} parameter "${p.name}": the sandbox supports no cookie, content or non-default style parameters`);
      }
    }
    const arrayQuery = new Set((op.parameters ?? []).filter((p) => p.in === 'query' && p.schema?.type === 'array').map((p) => p.name as string));
    const formats = Object.keys((op.requestBody as any)?.content ?? {});
    return {
      ...op,
      info,
      validators: backend.validator.getRequestValidatorsForOperation(op.operationId) as ValidateFunction[],
      arrayQuery,
      onlyJsonBody: formats.length === 1 && formats[0] === 'application/json',
      tokenSuffices: (op.security ?? []).some((r) => Object.keys(r).every((name) => name === scheme)),
    };
  }

  /**
   * The token check, as openapi-backend's security step: one requirement object fully met is enough.
   * Answers 401/403 itself and returns false; undefined when the operation requires nothing.
   */
  async function authorize(ex: Exchange, op: PlannedOperation): Promise<Extract<VerifyResult, { ok: true }> | false | undefined> {
    const requirements = op.security ?? [];
    if (requirements.length === 0) return undefined;
    let result: VerifyResult;
    try {
      result = await auth.verify(ex.req.headers.authorization, scope);
    } catch {
      result = { ok: false, status: 401, reason: 'token could not be verified' };
    }
    if (result.ok && op.tokenSuffices) return result;
    const refusal = result.ok ? { status: 401 as const, reason: 'token could not be verified' } : result;
    const challenge = { 'www-authenticate': bearerChallenge(ex.req.headers.authorization, refusal, scope) };
    if (refusal.status === 403) feil(ex, 'ingenTilgang', refusal.reason, undefined, challenge);
    else feil(ex, 'ikkeAutentisert', refusal.reason, undefined, challenge);
    return false;
  }

  async function handle(ex: Exchange, path: string, query: string, body: unknown): Promise<void> {
    const routing = router.route(ex.req.method ?? 'GET', path);
    if (routing.kind === 'notFound') return feil(ex, 'ukjentSti', `no such path under ${spec.basePath}`);
    if (routing.kind === 'methodNotAllowed') {
      const allowed = routing.allowed.map((m) => m.toUpperCase()).join(', ');
      return feil(ex, 'metodeIkkeTillatt', `${ex.req.method} is not allowed here; use ${allowed}`, undefined, { allow: allowed });
    }
    const op = routing.route.op;
    const sikkerhet = await authorize(ex, op);
    if (sikkerhet === false) return;

    // The request as openapi-backend's validators expect it: a body that is a JSON scalar is parsed
    // once more, as its parseRequest does; a single value of an array query parameter becomes an array.
    let requestBody = body;
    if (body && typeof body !== 'object') {
      try {
        requestBody = JSON.parse(String(body));
      } catch {
        // left as it is; the schema reports it
      }
    }
    const q = queryObject(query);
    for (const name of op.arrayQuery) if (typeof q[name] === 'string') q[name] = [q[name] as string];
    const parameters: Record<string, unknown> = { path: routing.params, query: q, header: { ...ex.req.headers }, cookie: {} };
    if (typeof requestBody === 'object' || ex.contentType === 'application/json') parameters.requestBody = requestBody;
    const errors: ErrorObject[] = [];
    if (typeof body !== 'object' && body !== undefined && op.onlyJsonBody) {
      try {
        JSON.parse(`${body}`);
      } catch (err) {
        errors.push({ keyword: 'parse', instancePath: '', schemaPath: '#/requestBody', params: {}, message: (err as Error).message });
      }
    }
    for (const validate of op.validators) if (!validate(parameters) && validate.errors) errors.push(...validate.errors);

    const problem = bodyProblem(ex, op.info);
    if (errors.length > 0) {
      const detaljer = detaljerFra(errors, op.info.parameters as any)
        // a body that could not be read is reported once, not also as "required"
        .filter((d) => !(problem && d.felt === ''));
      if (problem) detaljer.unshift(problem);
      // only tolerated problems (unknown query parameters) go on to the operation
      if (detaljer.length > 0) return feil(ex, 'ugyldig', 'the request does not match the API description', detaljer);
    }
    if (problem) return feil(ex, 'ugyldig', 'the request body cannot be read', [problem]);
    const operasjon = operasjoner[op.operationId];
    if (!operasjon) return feil(ex, 'intern', `the sandbox does not implement ${op.operationId}`);
    await operasjon({
      ex,
      operationId: op.operationId,
      params: parameters.path as Record<string, any>,
      query: parameters.query as Record<string, any>,
      body: requestBody,
      aktoer: { orgnr: sikkerhet!.orgnr, systembruker: sikkerhet!.systembruker },
    });
  }

  return {
    api,
    spec,
    basePath: spec.basePath,
    koder,
    feil,
    handle,
  };
}

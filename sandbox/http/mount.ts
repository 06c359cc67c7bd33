import { OpenAPIBackend, type Context, type Document } from 'openapi-backend';
import type { Ajv } from 'ajv';
import { createAjv } from '../../src/contract/ajv.ts';
import { loadSpec, type OperationInfo, type SpecDocument } from '../../src/spec/document.ts';
import type { ApiName } from '../../src/spec/versions.ts';
import type { VerifyResult } from '../../src/auth/verifier.ts';
import { feilkoderFor, type Feilkoder, type Situasjon } from './codes.ts';
import { detaljerFra } from './detaljer.ts';
import { sendFeil, type Detalj, type Exchange } from './exchange.ts';

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

function templateRegex(path: string): RegExp {
  const pattern = path
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${pattern === '/' ? '/?' : `${pattern}/?`}$`);
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

export async function createMount(api: ApiName, version: string | undefined, operasjoner: Operasjoner, auth: Autentisering): Promise<Mount> {
  const spec = loadSpec(api, version);
  const koder = feilkoderFor(api);
  const { name: scheme, scope } = schemeOf(spec);
  const operations = [...spec.operations.values()];
  const routes = operations.map((op) => ({ op, regex: templateRegex(op.path) }));

  function feil(ex: Exchange, situasjon: Situasjon, melding: string, detaljer?: Detalj[], headers?: Record<string, string>): void {
    const { kode, status } = koder[situasjon];
    sendFeil(ex, status, kode, melding, detaljer, headers);
  }

  function operationOf(c: Context): OperationInfo | undefined {
    return c.operation?.operationId ? spec.operations.get(c.operation.operationId) : undefined;
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

  async function run(c: Context, ex: Exchange): Promise<void> {
    const op = operationOf(c)!;
    const problem = bodyProblem(ex, op);
    if (problem) return feil(ex, 'ugyldig', 'the request body cannot be read', [problem]);
    const operasjon = operasjoner[op.operationId];
    if (!operasjon) return feil(ex, 'intern', `the sandbox does not implement ${op.operationId}`);
    const sikkerhet = c.security?.[scheme] as Extract<VerifyResult, { ok: true }>;
    const coerced = c.validation?.coerced ?? {};
    await operasjon({
      ex,
      operationId: op.operationId,
      params: (coerced as any).params ?? c.request.params ?? {},
      query: (coerced as any).query ?? c.request.query ?? {},
      body: c.request.requestBody,
      aktoer: { orgnr: sikkerhet.orgnr, systembruker: sikkerhet.systembruker },
    });
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

  const handlers: Record<string, (c: Context, ex: Exchange) => unknown> = {};
  for (const op of operations) handlers[op.operationId] = run;
  backend.register({
    ...handlers,
    notFound: (_c: Context, ex: Exchange) => feil(ex, 'ukjentSti', `no such path under ${spec.basePath}`),
    methodNotAllowed: (_c: Context, ex: Exchange) => {
      const path = ex.req.url?.split('?')[0].slice(spec.basePath.length) || '/';
      const allowed = routes.filter((r) => r.regex.test(path)).map((r) => r.op.method);
      feil(ex, 'metodeIkkeTillatt', `${ex.req.method} is not allowed here; use ${allowed.join(', ')}`, undefined, { allow: allowed.join(', ') });
    },
    unauthorizedHandler: (c: Context, ex: Exchange) => {
      const result = c.security?.[scheme];
      const failure: VerifyResult | undefined = result?.error ?? result;
      if (failure && !failure.ok && failure.status === 403) return feil(ex, 'ingenTilgang', failure.reason);
      const reason = failure && !failure.ok ? failure.reason : 'token could not be verified';
      feil(ex, 'ikkeAutentisert', reason, undefined, { 'www-authenticate': 'Bearer' });
    },
    validationFail: (c: Context, ex: Exchange) => {
      const op = operationOf(c);
      const problem = bodyProblem(ex, op);
      const detaljer = detaljerFra(c.validation.errors ?? [], (op?.parameters ?? []) as any)
        // a body that could not be read is reported once, not also as "required"
        .filter((d) => !(problem && d.felt === ''));
      if (problem) detaljer.unshift(problem);
      if (detaljer.length === 0) return run(c, ex); // only tolerated problems (unknown query parameters)
      feil(ex, 'ugyldig', 'the request does not match the API description', detaljer);
    },
  });
  backend.registerSecurityHandler(scheme, async (_c: Context, ex: Exchange) => {
    const result = await auth.verify(ex.req.headers.authorization, scope);
    return result.ok ? result : { error: result };
  });
  await backend.init();
  // openapi-backend rebuilds its operation list on every routing call (~0.1 ms); the document never
  // changes after init, so the list is built once.
  const operationList = backend.router.getOperations();
  backend.router.getOperations = () => operationList;
  for (const op of operations) backend.validator.getRequestValidatorsForOperation(op.operationId);

  return {
    api,
    spec,
    basePath: spec.basePath,
    koder,
    feil,
    async handle(ex, path, query, body) {
      await backend.handleRequest({ method: ex.req.method ?? 'GET', path, query: queryObject(query), headers: ex.req.headers as Record<string, string>, body }, ex);
    },
  };
}

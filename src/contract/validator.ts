import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { mediaType } from '../http/media-type.ts';
import { loadSpec, wrongMethodResponse, type JsonObject, type OperationInfo, type ResponseInfo, type SpecDocument } from '../spec/document.ts';
import { SpecError } from '../spec/errors.ts';
import { API_NAMES, type ApiName } from '../spec/versions.ts';
import { createAjv } from './ajv.ts';
import type { ContractResult, ContractViolation } from './violation.ts';

export interface ResponseLike {
  status: number;
  /** The Content-Type header as received (parameters such as charset are ignored). */
  contentType?: string;
  /** Parsed JSON body, or undefined when there was none. */
  body?: unknown;
  /** Response headers by lower-case name; when given, the documented headers of the status are checked too. */
  headers?: Readonly<Record<string, string>>;
}

/** A header's text as the value its schema describes: HTTP headers are strings, schemas may say integer. */
function headerValue(text: string, schema: JsonObject | undefined): unknown {
  const type = schema?.type;
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(text.trim())) return Number(text.trim());
  if (type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

/** Rewrites #/components/schemas/X into a reference the shared ajv instance can resolve. */
function rewriteRefs(node: unknown, baseId: string): unknown {
  if (Array.isArray(node)) return node.map((n) => rewriteRefs(n, baseId));
  if (!node || typeof node !== 'object') return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/')) {
      out[key] = `${baseId}#/$defs/${value.slice('#/components/schemas/'.length)}`;
    } else out[key] = rewriteRefs(value, baseId);
  }
  return out;
}

/** Shared and frozen: a valid answer allocates nothing. */
const VALID: ContractResult = Object.freeze({ valid: true, violations: Object.freeze([]) as unknown as ContractViolation[] });

function valueAt(data: unknown, pointer: string): unknown {
  let current: any = data;
  for (const part of pointer.split('/').slice(1)) current = current?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  return current;
}

function fromAjv(operationId: string, errors: ErrorObject[] | null | undefined, data: unknown): ContractViolation[] {
  return (errors ?? []).map((e) => {
    const path = e.keyword === 'required' || e.keyword === 'additionalProperties'
      ? `${e.instancePath}/${(e.params as any).missingProperty ?? (e.params as any).additionalProperty}`
      : e.instancePath;
    return {
      operationId,
      kind: 'schema' as const,
      path,
      message: e.message ?? e.keyword,
      received: e.keyword === 'required' ? undefined : valueAt(data, e.instancePath),
      documented: e.keyword === 'required' ? 'required' : e.params,
    };
  });
}

/** Checks requests and responses against one version of one API's document; compiled once, lazily. */
export class ContractValidator {
  private static readonly instances = new Map<string, ContractValidator>();
  private readonly ajv: Ajv;
  private readonly baseId: string;
  private readonly compiled = new Map<string, ValidateFunction>();
  /** operationId → Content-Type header as given → compiled body validator. */
  private readonly requestValidators = new Map<string, Map<string, ValidateFunction>>();

  private constructor(readonly spec: SpecDocument) {
    this.ajv = createAjv();
    this.baseId = `urn:innkreving:${spec.api}:${spec.version}`;
    const schemas = rewriteRefs(spec.doc.components?.schemas ?? {}, this.baseId);
    try {
      this.ajv.addSchema({ $id: this.baseId, $defs: schemas } as JsonObject);
    } catch (err) {
      throw new SpecError(spec.file, '/components/schemas', (err as Error).message);
    }
  }

  static forApi(api: ApiName, version?: string): ContractValidator {
    const spec = loadSpec(api, version);
    const key = `${api}@${spec.version}@${spec.sha256}`;
    let v = this.instances.get(key);
    if (!v) this.instances.set(key, (v = new ContractValidator(spec)));
    return v;
  }

  /**
   * The validator of the API that owns an operationId: of the given API and version when the caller
   * knows them (a response from a versioned client), else among the run's chosen versions.
   */
  static forOperation(operationId: string, where: { api?: ApiName; version?: string } = {}): ContractValidator {
    if (where.api) return this.forApi(where.api, where.version);
    for (const api of API_NAMES) {
      const v = this.forApi(api);
      if (v.spec.operations.has(operationId)) return v;
    }
    throw new Error(`No API documents an operation "${operationId}" (known: ${this.allOperationIds().join(', ')})`);
  }

  static allOperationIds(): string[] {
    return API_NAMES.flatMap((api) => [...this.forApi(api).spec.operations.keys()]);
  }

  operation(operationId: string): OperationInfo | undefined {
    return this.spec.operations.get(operationId);
  }

  private compile(key: string, schema: JsonObject, where: string): ValidateFunction {
    let fn = this.compiled.get(key);
    if (!fn) {
      try {
        fn = this.ajv.compile(rewriteRefs(schema, this.baseId) as JsonObject);
      } catch (err) {
        throw new SpecError(this.spec.file, where, `schema does not compile: ${(err as Error).message}`);
      }
      this.compiled.set(key, fn);
    }
    return fn;
  }

  /** Validates a request body for an operation. */
  validateRequest(operationId: string, body: unknown, contentType = 'application/json'): ContractResult {
    // Hot path of the offline validator and the tests: one map lookup, no string building, shared VALID.
    const fn = this.requestValidators.get(operationId)?.get(contentType);
    if (fn) return fn(body) ? VALID : { valid: false, violations: fromAjv(operationId, fn.errors, body) };
    const op = this.operation(operationId);
    if (!op) return this.unknown(operationId);
    const content = op.requestBody?.content ?? {};
    const type = mediaType(contentType);
    const schema = content[type]?.schema;
    if (!(type in content)) {
      return { valid: false, violations: [{ operationId, kind: 'content-type', path: '', message: 'request content type is not documented', received: type, documented: Object.keys(content) }] };
    }
    if (!schema) return VALID;
    const compiled = this.compile(`req ${operationId} ${type}`, schema, `${op.method} ${op.path} requestBody`);
    let perType = this.requestValidators.get(operationId);
    if (!perType) this.requestValidators.set(operationId, (perType = new Map()));
    perType.set(contentType, compiled);
    return compiled(body) ? VALID : { valid: false, violations: fromAjv(operationId, compiled.errors, body) };
  }

  /** The documented response for a status: exact code, then 4XX-style ranges, then default. */
  documentedResponse(operationId: string, status: number): ResponseInfo | undefined {
    const op = this.operation(operationId);
    if (!op) return undefined;
    const wrong = wrongMethodResponse(this.spec, op);
    return op.responses[String(status)] ?? (wrong?.status === String(status) ? wrong : undefined) ?? op.responses[`${String(status)[0]}XX`] ?? op.responses.default;
  }

  /** Validates status, content type, body and (when the response carries them) the documented headers. */
  validateResponse(operationId: string, response: ResponseLike): ContractResult {
    const op = this.operation(operationId);
    if (!op) return this.unknown(operationId);
    const documented = this.documentedResponse(operationId, response.status);
    if (!documented) {
      return { valid: false, violations: [{ operationId, kind: 'status', path: '', message: 'status is not documented for this operation', received: response.status, documented: Object.keys(op.responses) }] };
    }
    const body = this.bodyResult(op, documented, response);
    if (!response.headers || Object.keys(documented.headers).length === 0) return body;
    const headers = this.headerViolations(op, documented, response.headers);
    if (headers.length === 0) return body;
    return { valid: false, violations: [...body.violations, ...headers] };
  }

  private bodyResult(op: OperationInfo, documented: ResponseInfo, response: ResponseLike): ContractResult {
    const { operationId } = op;
    const types = Object.keys(documented.content);
    if (types.length === 0) {
      const empty = response.body === undefined || response.body === '' || response.body === null;
      return empty ? VALID : { valid: false, violations: [{ operationId, kind: 'body', path: '', message: `status ${response.status} is documented without a body`, received: response.body }] };
    }
    const type = mediaType(response.contentType);
    const match = types.find((t) => t === type) ?? types.find((t) => t === '*/*');
    if (!match) {
      return { valid: false, violations: [{ operationId, kind: 'content-type', path: '', message: 'response content type is not documented', received: type || 'none', documented: types }] };
    }
    const schema = documented.content[match]?.schema;
    if (!schema) return VALID;
    if (!/json/.test(match)) return VALID; // XML and binary bodies are not schema-checked
    const fn = this.compile(`res ${operationId} ${documented.status} ${match}`, schema, `${op.method} ${op.path} responses/${documented.status}`);
    return fn(response.body) ? VALID : { valid: false, violations: fromAjv(operationId, fn.errors, response.body) };
  }

  /** Every header the document declares for the status: present when required, valid against its schema when present. */
  private headerViolations(op: OperationInfo, documented: ResponseInfo, headers: Readonly<Record<string, string>>): ContractViolation[] {
    const out: ContractViolation[] = [];
    for (const [name, info] of Object.entries(documented.headers)) {
      const text = headers[name];
      if (text === undefined) {
        if (info.required) out.push({ operationId: op.operationId, kind: 'header', path: name, message: `is required for status ${documented.status} but missing`, documented: 'required' });
        continue;
      }
      if (!info.schema) continue;
      const fn = this.compile(`hdr ${op.operationId} ${documented.status} ${name}`, info.schema, `${op.method} ${op.path} responses/${documented.status}/headers/${name}`);
      if (!fn(headerValue(text, info.schema))) {
        const e = fn.errors?.[0];
        out.push({ operationId: op.operationId, kind: 'header', path: name, message: e?.message ?? 'does not match its schema', received: text, documented: info.schema });
      }
    }
    return out;
  }

  private unknown(operationId: string): ContractResult {
    return { valid: false, violations: [{ operationId, kind: 'unknown-operation', path: '', message: `${this.spec.file} has no operation "${operationId}"`, documented: [...this.spec.operations.keys()] }] };
  }
}

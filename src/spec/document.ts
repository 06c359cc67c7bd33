import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { SpecError } from './errors.ts';
import { displayPath, readDataFile } from './files.ts';
import { API_NAMES, apiVersion, listVersions, type ApiName } from './versions.ts';

export type JsonObject = Record<string, any>;

export interface HeaderInfo {
  required: boolean;
  /** The header's schema (refs unresolved), or undefined when the document gives none. */
  schema?: JsonObject;
}

export interface ResponseInfo {
  status: string;
  /** content type → schema (refs unresolved); empty when the response has no body. */
  content: Record<string, JsonObject>;
  /** Declared response headers by lower-case name (Content-Type excluded, as OpenAPI says it is ignored there). */
  headers: Record<string, HeaderInfo>;
}

export interface OperationInfo {
  api: ApiName;
  version: string;
  operationId: string;
  method: string;
  /** Path as documented, without the server's base path. */
  path: string;
  /** Base path + path, e.g. /api/trekkpaalegg/v1/{trekkid}/{trekkversjon}. */
  fullPath: string;
  requestBody?: { required: boolean; content: Record<string, JsonObject> };
  parameters: JsonObject[];
  responses: Record<string, ResponseInfo>;
}

export interface SpecDocument {
  api: ApiName;
  version: string;
  file: string;
  /** sha256 of the file's bytes, so a report can say exactly which document it was checked against. */
  sha256: string;
  basePath: string;
  scope: string;
  /** Skatteetaten's published document (versions.json `publisert`) rather than our reconstruction. */
  publisert: boolean;
  /** The document with its operationIds renamed to ours (versions.json `operationIds`). */
  doc: JsonObject;
  operations: Map<string, OperationInfo>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
const cache = new Map<string, SpecDocument>();

/** Follows a local $ref (#/components/...) inside the document. */
export function resolveLocalRef(doc: JsonObject, node: JsonObject, file: string, where: string): JsonObject {
  let current = node;
  for (let hops = 0; current && typeof current.$ref === 'string'; hops++) {
    const ref: string = current.$ref;
    if (!ref.startsWith('#/') || hops > 20) throw new SpecError(file, where, `unsupported $ref "${ref}"`);
    let target: any = doc;
    for (const part of ref.slice(2).split('/')) target = target?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    if (target === undefined) throw new SpecError(file, where, `$ref "${ref}" points at nothing`);
    current = target;
  }
  return current;
}

function basePathOf(doc: JsonObject, file: string): string {
  const url: unknown = doc.servers?.[0]?.url;
  if (typeof url !== 'string') throw new SpecError(file, '/servers/0/url', 'is missing; the base path comes from the first server');
  const path = url.startsWith('/') ? url : new URL(url).pathname;
  return path.replace(/\/+$/, '');
}

/**
 * A published document may name its operations differently; versions.json maps ours to its names and
 * they are renamed here, once, so the sandbox, clients and suite keep calling operations by our names.
 */
function renameOperationIds(doc: JsonObject, ours: Readonly<Record<string, string>>, file: string): void {
  const theirs = new Map(Object.entries(ours).map(([our, their]) => [their, our]));
  if (theirs.size === 0) return;
  const seen = new Set<string>();
  for (const item of Object.values<JsonObject>(doc.paths)) {
    for (const method of METHODS) {
      const op = item?.[method];
      const renamed = op && theirs.get(op.operationId);
      if (renamed) {
        seen.add(op.operationId);
        op['x-publisert-operationId'] = op.operationId;
        op.operationId = renamed;
      }
    }
  }
  for (const [their, our] of theirs) {
    if (!seen.has(their)) throw new SpecError(file, '/paths', `has no operation "${their}" (specs/versions.json maps ${our} to it)`);
  }
}

export function loadSpec(api: ApiName, version?: string): SpecDocument {
  const files = apiVersion(api, version);
  const key = `${api}@${files.version}@${files.spec}`;
  const hit = cache.get(key);
  if (hit) return hit;

  const file = displayPath(files.spec);
  const doc = readDataFile(files.spec) as JsonObject;
  if (!doc || typeof doc !== 'object' || typeof doc.openapi !== 'string' || !doc.openapi.startsWith('3.0')) {
    throw new SpecError(file, '/openapi', 'must be an OpenAPI 3.0.x document');
  }
  if (!doc.paths || typeof doc.paths !== 'object') throw new SpecError(file, '/paths', 'is missing');
  renameOperationIds(doc, files.operationIds ?? {}, file);
  const basePath = basePathOf(doc, file);
  const operations = new Map<string, OperationInfo>();

  for (const [path, item] of Object.entries<JsonObject>(doc.paths)) {
    const pathParams: JsonObject[] = item.parameters ?? [];
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const where = `/paths/${path.replace(/\//g, '~1')}/${method}`;
      if (typeof op.operationId !== 'string') throw new SpecError(file, `${where}/operationId`, 'is missing');
      if (operations.has(op.operationId)) throw new SpecError(file, `${where}/operationId`, `"${op.operationId}" is used twice`);
      const responses: Record<string, ResponseInfo> = {};
      for (const [status, raw] of Object.entries<JsonObject>(op.responses ?? {})) {
        const resp = resolveLocalRef(doc, raw, file, `${where}/responses/${status}`);
        const headers: Record<string, HeaderInfo> = {};
        for (const [name, rawHeader] of Object.entries<JsonObject>(resp.headers ?? {})) {
          if (name.toLowerCase() === 'content-type') continue;
          const h = resolveLocalRef(doc, rawHeader, file, `${where}/responses/${status}/headers/${name}`);
          headers[name.toLowerCase()] = { required: h.required === true, schema: h.schema };
        }
        responses[status] = { status, content: resp.content ?? {}, headers };
      }
      const body = op.requestBody ? resolveLocalRef(doc, op.requestBody, file, `${where}/requestBody`) : undefined;
      operations.set(op.operationId, {
        api,
        version: files.version,
        operationId: op.operationId,
        method: method.toUpperCase(),
        path,
        fullPath: basePath + (path === '/' ? '' : path),
        requestBody: body ? { required: !!body.required, content: body.content ?? {} } : undefined,
        parameters: [...pathParams, ...(op.parameters ?? [])].map((p, i) => resolveLocalRef(doc, p, file, `${where}/parameters/${i}`)),
        responses,
      });
    }
  }

  const loaded: SpecDocument = {
    api,
    version: files.version,
    file,
    sha256: createHash('sha256').update(readFileSync(files.spec)).digest('hex'),
    basePath,
    scope: files.scope,
    publisert: files.publisert,
    doc,
    operations,
  };
  cache.set(key, loaded);
  return loaded;
}

/** The API and version whose base path a request path lies under (every version of every API). */
export function specForPath(pathname: string): SpecDocument | undefined {
  for (const api of API_NAMES) {
    for (const version of listVersions(api)) {
      const spec = loadSpec(api, version);
      const base = spec.basePath;
      if (pathname === base || pathname.startsWith(`${base}/`) || pathname.startsWith(`${base}?`)) return spec;
    }
  }
  return undefined;
}

/** The API whose base path (in any version) a request path lies under. */
export function apiForPath(pathname: string): ApiName | undefined {
  return specForPath(pathname)?.api;
}

/**
 * The answer to a method an operation's path does not have, as the document's root `x-ukjent-metode`
 * declares it (OpenAPI has no place for it on an operation): the operation's own error body, and the
 * header it names (Allow) required, as a comma-separated list of methods. Undefined when not declared.
 */
export function wrongMethodResponse(spec: SpecDocument, op: OperationInfo): ResponseInfo | undefined {
  const declared = spec.doc['x-ukjent-metode'] as { status?: number; header?: string } | undefined;
  if (!declared?.status || op.responses[String(declared.status)]) return undefined;
  const feil = op.responses['404'] ?? op.responses['400'] ?? op.responses['401'];
  const headers: ResponseInfo['headers'] = declared.header
    ? { [declared.header.toLowerCase()]: { required: true, schema: { type: 'string', pattern: '^[A-Z]+(, ?[A-Z]+)*$' } } }
    : {};
  return { status: String(declared.status), content: feil?.content ?? {}, headers };
}

/** The statuses an operation documents: its own responses and the document's answer to a wrong method. */
export function documentedStatuses(spec: SpecDocument, op: OperationInfo): string[] {
  const wrong = wrongMethodResponse(spec, op);
  return [...Object.keys(op.responses), ...(wrong ? [wrong.status] : [])].sort();
}

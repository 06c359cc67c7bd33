// Shared by tests/unit/openapi-*.spec.ts: every OpenAPI document named by specs/versions.json (whatever API
// or version names it), walked as other tools read it: operations with their merged parameters, Example
// objects with $refs followed, and a schema checker built on the project's ajv (src/contract), so formats
// and the decimal multipleOf are judged as the sandbox and the suite judge them.
import { readdirSync } from 'node:fs';
import type { ValidateFunction } from 'ajv';
import { createAjv } from '../../src/contract/ajv.ts';
import { ContractValidator, formatViolations } from '../../src/contract/index.ts';
import { loadSpec, resolveLocalRef, type JsonObject, type SpecDocument } from '../../src/spec/document.ts';
import { readDataFile, specPath } from '../../src/spec/files.ts';
import type { ApiName } from '../../src/spec/versions.ts';

export const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

export interface Dokument {
  api: ApiName;
  version: string;
  /** The manifest's scope of the API (the token a call needs). */
  scope: string;
  spec: SpecDocument;
}

interface Manifest {
  [api: string]: { scope?: string; versions?: Record<string, { spec?: string }> };
}

/** Every version of every API in specs/versions.json, read through the project's own loader. */
export function dokumenter(): Dokument[] {
  const manifest = readDataFile(specPath('versions.json')) as Manifest;
  const out: Dokument[] = [];
  for (const [api, entry] of Object.entries(manifest)) {
    if (api.startsWith('$')) continue;
    for (const version of Object.keys(entry.versions ?? {})) {
      out.push({ api: api as ApiName, version, scope: entry.scope ?? '', spec: loadSpec(api as ApiName, version) });
    }
  }
  return out;
}

/** A JSON pointer segment, escaped. */
export const seg = (s: string | number) => String(s).replace(/~/g, '~0').replace(/\//g, '~1');

export interface Operasjon {
  operationId: string;
  method: string;
  path: string;
  /** JSON pointer of the operation in its document, e.g. #/paths/~1vedlegg/post. */
  peker: string;
  raw: JsonObject;
  /** Path-level parameters overridden by the operation's own (same name and in), $refs followed. */
  parametre: JsonObject[];
  requestBody?: JsonObject;
  responses: Record<string, JsonObject>;
}

export function operasjoner(d: Dokument): Operasjon[] {
  const doc = d.spec.doc;
  const out: Operasjon[] = [];
  for (const [path, item] of Object.entries<JsonObject>(doc.paths ?? {})) {
    for (const method of METHODS) {
      const raw = item[method];
      if (!raw) continue;
      const peker = `#/paths/${seg(path)}/${method}`;
      const felles = (item.parameters ?? []).map((p: JsonObject) => resolve(d, p));
      const egne = (raw.parameters ?? []).map((p: JsonObject) => resolve(d, p));
      const parametre = [...felles.filter((p: JsonObject) => !egne.some((e: JsonObject) => e.name === p.name && e.in === p.in)), ...egne];
      const responses: Record<string, JsonObject> = {};
      for (const [status, r] of Object.entries<JsonObject>(raw.responses ?? {})) responses[status] = resolve(d, r);
      out.push({
        operationId: raw.operationId,
        method,
        path,
        peker,
        raw,
        parametre,
        requestBody: raw.requestBody ? resolve(d, raw.requestBody) : undefined,
        responses,
      });
    }
  }
  return out;
}

export function resolve(d: Dokument, node: JsonObject): JsonObject {
  return resolveLocalRef(d.spec.doc, node, d.spec.file, JSON.stringify(node.$ref ?? ''));
}

export interface Eksempel {
  navn: string;
  value: unknown;
  /** The file in specs/examples the value is a copy of (`x-eksempelfil`), when it is one. */
  fil?: string;
  externalValue?: string;
}

/** The examples of a media type or a parameter: `example` or each of `examples` ($refs followed). */
export function eksemplerAv(d: Dokument, holder: JsonObject | undefined): Eksempel[] {
  if (!holder) return [];
  if ('example' in holder) return [{ navn: 'example', value: holder.example }];
  return Object.entries<JsonObject>(holder.examples ?? {}).map(([navn, raw]) => {
    const e = resolve(d, raw);
    return { navn, value: e.value, fil: e['x-eksempelfil'], externalValue: e.externalValue };
  });
}

/** A parameter's examples: on the parameter, else on its schema. */
export function parameterEksempler(d: Dokument, p: JsonObject): Eksempel[] {
  const own = eksemplerAv(d, p);
  if (own.length > 0) return own;
  const schema = p.schema ? resolve(d, p.schema) : undefined;
  return schema && 'example' in schema ? [{ navn: 'schema.example', value: schema.example }] : [];
}

/** True for a body that is bytes rather than a document (no example is asked of a file). */
export function erBinaer(d: Dokument, mediaType: JsonObject | undefined): boolean {
  const schema = mediaType?.schema ? resolve(d, mediaType.schema) : undefined;
  return schema?.type === 'string' && schema.format === 'binary';
}

/** Rewrites #/components/schemas/X so that one ajv instance resolves it. */
function rewriteRefs(node: unknown, baseId: string): unknown {
  if (Array.isArray(node)) return node.map((n) => rewriteRefs(n, baseId));
  if (!node || typeof node !== 'object') return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/')
      ? `${baseId}#/$defs/${value.slice('#/components/schemas/'.length)}`
      : rewriteRefs(value, baseId);
  }
  return out;
}

/**
 * Checks a value against any schema of one document (a parameter's, a header's, a body's): createAjv,
 * with the document's components/schemas as $defs, as src/contract's validator compiles them.
 */
export class Skjemasjekk {
  private readonly ajv = createAjv();
  private readonly id: string;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(d: Dokument) {
    this.id = `urn:openapi-tests:${d.api}:${d.version}`;
    this.ajv.addSchema({ $id: this.id, $defs: rewriteRefs(d.spec.doc.components?.schemas ?? {}, this.id) } as JsonObject);
  }

  /** Violations as "path message" lines; empty when the value fits. */
  sjekk(schema: JsonObject, value: unknown): string[] {
    const key = JSON.stringify(schema);
    let fn = this.cache.get(key);
    if (!fn) this.cache.set(key, (fn = this.ajv.compile(rewriteRefs(schema, this.id) as JsonObject)));
    return fn(value) ? [] : (fn.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
  }
}

/** Follows a JSON pointer (#/a/0/b or /a/0/b) into a value. */
export function verdiVed(data: unknown, pointer: string): unknown {
  const parts = pointer.replace(/^#/, '').split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let current: any = data;
  for (const p of parts) current = current?.[p];
  return current;
}

/**
 * The schema a JSON pointer reaches inside a schema, or undefined when the schema does not define it:
 * properties by name, array items by index, through allOf/anyOf/oneOf branches and $refs.
 */
export function skjemaVed(d: Dokument, schema: JsonObject | undefined, pointer: string): JsonObject | undefined {
  const parts = pointer.replace(/^#/, '').split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let current = schema ? resolve(d, schema) : undefined;
  for (const part of parts) {
    if (!current) return undefined;
    current = steg(d, current, part);
  }
  return current;
}

function steg(d: Dokument, schema: JsonObject, part: string): JsonObject | undefined {
  if (/^\d+$/.test(part) && schema.items) return resolve(d, schema.items);
  if (schema.properties?.[part]) return resolve(d, schema.properties[part]);
  for (const branch of [...(schema.allOf ?? []), ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) {
    const hit = steg(d, resolve(d, branch), part);
    if (hit) return hit;
  }
  return undefined;
}

/** The code catalogs (`koder: [{ kode, status }]`) that apply to an API, by `api` or `gjelder`. */
export function feilkoderFor(api: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const file of readdirSync(specPath('catalogs')).filter((f) => f.endsWith('.json'))) {
    const c = readDataFile(specPath('catalogs', file)) as { api?: string; gjelder?: string[]; koder?: Array<{ kode: string; status: number }> };
    if (c.api !== api && !(c.gjelder ?? []).includes(api)) continue;
    for (const k of c.koder ?? []) out.set(k.kode, k.status);
  }
  return out;
}

export interface Forespoersel {
  method: string;
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  header: Record<string, string>;
  body?: { type: string; value: unknown };
}

export interface Svar {
  status: number;
  headers: Headers;
  contentType: string;
  text: string;
  body: unknown;
}

/** The request an operation's own examples make: the first example of each parameter and of the body. */
export function fraEksempler(d: Dokument, op: Operasjon): { req: Forespoersel; mangler: string[] } {
  const req: Forespoersel = { method: op.method.toUpperCase(), path: {}, query: {}, header: {} };
  const mangler: string[] = [];
  for (const p of op.parametre) {
    const e = parameterEksempler(d, p)[0];
    if (!e) {
      if (p.required) mangler.push(`parameter ${p.in} "${p.name}" has no example`);
      continue;
    }
    if (p.in === 'path') req.path[p.name] = e.value;
    else if (p.in === 'query') req.query[p.name] = e.value;
    else if (p.in === 'header') req.header[p.name] = String(e.value);
  }
  const [type, media] = Object.entries<JsonObject>(op.requestBody?.content ?? {})[0] ?? [];
  if (type) {
    const e = eksemplerAv(d, media)[0];
    // A file has no example in the document; any few bytes of its type will do.
    if (erBinaer(d, media)) req.body = { type, value: Buffer.from('%PDF-1.7\n% innkreving-conformance\n') };
    else if (e?.value !== undefined) req.body = { type, value: e.value };
    else if (op.requestBody?.required) mangler.push(`request body ${type} has no example`);
  }
  return { req, mangler };
}

/** The request's path and query string, under the document's base path (Prism serves the paths without it). */
export function adresse(d: Dokument, op: Operasjon, req: Forespoersel, base = d.spec.basePath): string {
  let path = base + (op.path === '/' ? (base === '' ? '/' : '') : op.path);
  for (const [name, value] of Object.entries(req.path)) path = path.replace(`{${name}}`, encodeURIComponent(String(value)));
  const q = new URLSearchParams();
  for (const [name, value] of Object.entries(req.query)) for (const v of Array.isArray(value) ? value : [value]) q.append(name, String(v));
  return `${path}${q.size > 0 ? `?${q}` : ''}`;
}

/** Sends a request to `origin` (a sandbox, a Prism mock) and reads the answer; JSON bodies are parsed. */
export async function send(origin: string, d: Dokument, op: Operasjon, req: Forespoersel, headers: Record<string, string>, base = d.spec.basePath): Promise<Svar> {
  // Header names are case-insensitive: the caller's `accept` must replace a documented `Accept`, not join it.
  const all: Record<string, string> = {};
  for (const [k, v] of [...Object.entries(req.header), ...Object.entries(headers)]) all[k.toLowerCase()] = v;
  let body: string | Uint8Array<ArrayBuffer> | undefined;
  if (req.body) {
    all['content-type'] = req.body.type;
    const v = req.body.value;
    body = Buffer.isBuffer(v) ? Uint8Array.from(v) : /json/.test(req.body.type) ? JSON.stringify(v) : String(v);
  }
  const res = await fetch(`${origin}${adresse(d, op, req, base)}`, { method: req.method, headers: all, body });
  const text = await res.text();
  const contentType = res.headers.get('content-type') ?? '';
  let parsed: unknown;
  if (/json/.test(contentType) && text !== '') {
    try {
      parsed = JSON.parse(text);
    } catch {
      // left as text; the contract check names a body that is not what its type says
    }
  }
  return { status: res.status, headers: res.headers, contentType, text, body: parsed };
}

/** "" when the answer is one the document gives for the operation, else why not. */
export function udokumentert(d: Dokument, op: Operasjon, svar: Svar): string {
  const result = ContractValidator.forApi(d.api, d.version).validateResponse(op.operationId, {
    status: svar.status,
    contentType: svar.contentType,
    body: svar.body ?? (svar.text === '' ? undefined : svar.text),
  });
  return result.valid ? '' : `${svar.status} ${svar.contentType || '(no content type)'} is not what the document gives: ${formatViolations(result.violations)} ${svar.text.slice(0, 200)}`;
}

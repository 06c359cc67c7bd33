import type { Ajv, ValidateFunction } from 'ajv';
import { createAjv } from '../../src/contract/index.ts';
import type { JsonObject, OperationInfo, SpecDocument } from '../../src/spec/document.ts';

/**
 * Path, query and header parameters against the document's own parameter schemas. The contract
 * validator checks bodies; parameters are what the sandbox's router checks, and a proxy in front of
 * Skatteetaten needs the same judgement without the sandbox.
 */
export interface Parameterbrudd {
  navn: string;
  i: string;
  melding: string;
  mottatt?: string;
}

interface Kompilert {
  ajv: Ajv;
  baseId: string;
  fns: Map<string, ValidateFunction>;
}

const perSpec = new Map<string, Kompilert>();

function omskriv(node: unknown, baseId: string): unknown {
  if (Array.isArray(node)) return node.map((n) => omskriv(n, baseId));
  if (!node || typeof node !== 'object') return node;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) {
    out[k] = k === '$ref' && typeof v === 'string' && v.startsWith('#/components/schemas/') ? `${baseId}#/$defs/${v.slice('#/components/schemas/'.length)}` : omskriv(v, baseId);
  }
  return out;
}

function kompilert(spec: SpecDocument): Kompilert {
  const key = `${spec.api}@${spec.version}@${spec.sha256}`;
  let k = perSpec.get(key);
  if (!k) {
    const ajv = createAjv({ coerceTypes: false });
    const baseId = `urn:leverandoer:${spec.api}:${spec.version}`;
    ajv.addSchema({ $id: baseId, $defs: omskriv(spec.doc.components?.schemas ?? {}, baseId) } as JsonObject);
    perSpec.set(key, (k = { ajv, baseId, fns: new Map() }));
  }
  return k;
}

/** A parameter's text as the value its schema describes: an integer parameter is sent as digits. */
function verdi(tekst: string, schema: JsonObject | undefined): unknown {
  const type = schema?.type;
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(tekst)) return Number(tekst);
  if (type === 'boolean' && (tekst === 'true' || tekst === 'false')) return tekst === 'true';
  return tekst;
}

export function sjekkParametre(spec: SpecDocument, op: OperationInfo, sti: Record<string, string>, query: URLSearchParams, headers: Record<string, string>): Parameterbrudd[] {
  const k = kompilert(spec);
  const ut: Parameterbrudd[] = [];
  for (const p of op.parameters) {
    const navn = String(p.name);
    const i = String(p.in);
    const tekst = i === 'path' ? sti[navn] : i === 'query' ? (query.get(navn) ?? undefined) : i === 'header' ? headers[navn.toLowerCase()] : undefined;
    if (i !== 'path' && i !== 'query' && i !== 'header') continue;
    if (tekst === undefined) {
      if (p.required) ut.push({ navn, i, melding: `the ${i} parameter ${navn} is required but was not sent` });
      continue;
    }
    if (!p.schema) continue;
    const noekkel = `${op.operationId} ${i} ${navn}`;
    let fn = k.fns.get(noekkel);
    if (!fn) k.fns.set(noekkel, (fn = k.ajv.compile(omskriv(p.schema, k.baseId) as JsonObject)));
    if (!fn(verdi(tekst, p.schema))) {
      const e = fn.errors?.[0];
      ut.push({ navn, i, melding: `the ${i} parameter ${navn} ${e?.message ?? 'does not match its schema'}`, mottatt: tekst.length > 80 ? `${tekst.slice(0, 77)}...` : tekst });
    }
  }
  return ut;
}

import type { ValidateFunction } from 'ajv';
import { createAjv } from '../../src/contract/index.ts';
import { loadSpec } from '../../src/spec/document.ts';

function rewrite(node: unknown, baseId: string): unknown {
  if (Array.isArray(node)) return node.map((n) => rewrite(n, baseId));
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [
    k,
    k === '$ref' && typeof v === 'string' ? v.replace('#/components/schemas/', `${baseId}#/$defs/`) : rewrite(v, baseId),
  ]));
}

/**
 * The request schema of an operation compiled straight into ajv (the project's createAjv, same
 * options), with nothing around it: the ceiling our validator and the sandbox are measured against.
 */
export function rawRequestValidator(operationId: string, version?: string): ValidateFunction {
  const spec = loadSpec('utleggsbegjaering', version);
  const op = spec.operations.get(operationId);
  const schema = op?.requestBody?.content?.['application/json']?.schema;
  if (!schema) throw new Error(`${spec.file}: ${operationId} has no application/json request schema`);
  const baseId = `urn:bench:utleggsbegjaering:${spec.version}`;
  const ajv = createAjv();
  ajv.addSchema({ $id: baseId, $defs: rewrite(spec.doc.components?.schemas ?? {}, baseId) as object });
  return ajv.compile(rewrite(schema, baseId) as object);
}

import type { ErrorObject } from 'ajv';
import type { Detalj } from './exchange.ts';

const MAX_DETALJER = 100;

interface Parameter {
  name: string;
  in: string;
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

function explain(e: ErrorObject): string {
  const params = e.params as Record<string, unknown>;
  if (e.keyword === 'enum' && Array.isArray(params.allowedValues)) {
    return `must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  if (e.keyword === 'required') return 'is required';
  if (e.keyword === 'additionalProperties') return 'is not allowed here';
  return e.message ?? e.keyword;
}

/**
 * Turns openapi-backend's ajv errors (instance paths under /requestBody, /query, /path, /header)
 * into details that name the field: a JSON pointer into the body, or the parameter's documented name.
 * Unknown query parameters are tolerated, so their errors are dropped.
 */
export function detaljerFra(errors: ErrorObject[], parameters: Parameter[]): Detalj[] {
  const seen = new Set<string>();
  const out: Detalj[] = [];
  for (const e of errors) {
    const params = e.params as Record<string, unknown>;
    const extra = e.keyword === 'required' ? params.missingProperty : e.keyword === 'additionalProperties' ? params.additionalProperty : undefined;
    const segments = e.instancePath.split('/').slice(1).map(unescapePointer);
    if (typeof extra === 'string') segments.push(extra);
    const [where, ...rest] = segments;
    let felt: string;
    if (where === 'requestBody') {
      felt = rest.length === 0 ? '' : `/${rest.map(escapePointer).join('/')}`;
    } else if (where === 'query' || where === 'path' || where === 'header' || where === 'cookie') {
      if (rest.length === 0) continue; // a whole parameter group missing repeats a required error below
      if (where === 'query' && e.keyword === 'additionalProperties') continue;
      const name = rest[0];
      const documented = parameters.find((p) => p.in === where && p.name.toLowerCase() === name.toLowerCase());
      felt = documented?.name ?? name;
    } else continue; // the group objects themselves ("path", "query") are artefacts of the wrapper schema
    const melding = felt === '' && e.keyword === 'required' ? 'request body is required' : explain(e);
    const key = `${felt}\u0000${melding}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ felt, melding });
    if (out.length >= MAX_DETALJER) break;
  }
  return out;
}

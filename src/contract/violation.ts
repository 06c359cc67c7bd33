/** One way a request or response differs from the contract. */
export interface ContractViolation {
  operationId: string;
  kind: 'unknown-operation' | 'status' | 'content-type' | 'schema' | 'body' | 'header';
  /** JSON pointer into the body ('' for the whole body or for status/content-type problems; the header's name for a header). */
  path: string;
  message: string;
  received?: unknown;
  documented?: unknown;
}

export interface ContractResult {
  valid: boolean;
  violations: ContractViolation[];
}

const MAX_SHOWN = 80;

function show(value: unknown): string {
  const text = value === undefined ? 'nothing' : JSON.stringify(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

/** Human-readable lines in the form "<path>: <message> (received …, documented …)". */
export function formatViolations(violations: ContractViolation[]): string {
  return violations
    .map((v) => {
      const where = v.path || '(body)';
      const parts = [`${v.operationId} ${v.kind === 'schema' ? where : v.kind === 'header' ? `header ${v.path}` : v.kind}: ${v.message}`];
      if (v.kind !== 'schema' || v.received !== undefined) parts.push(`Received: ${show(v.received)}`);
      if (v.documented !== undefined) parts.push(`Documented: ${show(v.documented)}`);
      return parts.join(' / ');
    })
    .join('\n');
}

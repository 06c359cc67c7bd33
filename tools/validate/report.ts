import type { FileResult } from './check.ts';
import type { IkkeSjekket } from './offline.ts';

export interface Summary {
  files: number;
  valid: number;
  invalid: number;
  /** Unreadable files, broken JSON and files the rules failed on. */
  errors: number;
  ikkeSjekketOffline: IkkeSjekket[];
  durationMs: number;
  /** Peak resident set size of the process, so a caller can see memory stay flat over many files. */
  peakRssBytes: number;
}

export function preamble(unchecked: IkkeSjekket[], version: string): string {
  const lines = [
    `Checking Utleggsbegjæring ${version} payloads (request schema of sendInnUtleggsbegjaering, then the rules as POST /utleggsbegjaering/valider runs them).`,
    'Rules run only on files that pass the schema.',
    `Not checked offline (${unchecked.length} codes, they need the server's state):`,
    ...unchecked.map((u) => `  ${u.kode}: ${u.reason}`),
  ];
  return `${lines.join('\n')}\n\n`;
}

export function textLine(r: FileResult): string {
  switch (r.status) {
    case 'valid':
      return `OK       ${r.file}\n`;
    case 'unreadable':
      return `ERROR    ${r.file}: cannot be read: ${r.reason}\n`;
    case 'error':
      return `ERROR    ${r.file}: ${r.reason}\n`;
    case 'broken-json':
      return `ERROR    ${r.file}:${r.line}:${r.column}: not valid JSON: ${r.reason}\n`;
    case 'invalid': {
      const lines = [`INVALID  ${r.file}`];
      for (const e of r.schema) lines.push(`  schema ${e.path || '(body)'}: ${e.message}`);
      for (const b of r.rules) lines.push(`  rule   ${b.kode}${b.sti ? ` at ${b.sti}` : ''}: ${b.melding.replace(/\s*\n\s*/g, ' ')}`);
      if (r.omitted > 0) lines.push(`  … and ${r.omitted} more`);
      if (!r.rulesChecked) lines.push('  (rules not checked: fix the schema errors first)');
      return `${lines.join('\n')}\n`;
    }
  }
}

export function textSummary(s: Summary): string {
  const parts = [`${s.valid} valid`, `${s.invalid} invalid`];
  if (s.errors > 0) parts.push(`${s.errors} could not be checked`);
  return `\n${s.files} file${s.files === 1 ? '' : 's'}: ${parts.join(', ')} (${(s.durationMs / 1000).toFixed(1)} s)\n`;
}

export function jsonLine(r: FileResult): string {
  return `${JSON.stringify(r)}\n`;
}

export function jsonSummary(s: Summary): string {
  return `${JSON.stringify({ summary: s })}\n`;
}

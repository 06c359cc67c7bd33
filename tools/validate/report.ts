import type { FileResult } from './check.ts';
import type { Flytting } from './migration.ts';
import type { IkkeSjekket } from './offline.ts';
import { versjonsnavn } from './versions.ts';

/** Kinds of change shown in text for a file of another version; --json lists every field (up to MAX_SHOWN). */
const GROUPS_SHOWN = 10;

export interface Summary {
  /** The version every file was checked against. */
  version: string;
  files: number;
  /** Petitions checked: one per file, or one per element of a file holding a JSON array. */
  payloads: number;
  valid: number;
  invalid: number;
  /** Files that belong to another version of the API. */
  wrongVersion: number;
  /** Unreadable files, broken JSON and files the rules failed on. */
  errors: number;
  ikkeSjekketOffline: IkkeSjekket[];
  durationMs: number;
  /** Peak resident set size of the process, so a caller can see memory stay flat over many files. */
  peakRssBytes: number;
}

export function preamble(unchecked: IkkeSjekket[], version: string): string {
  const lines = [
    `Checking Utleggsbegjæring ${versjonsnavn(version)} payloads (request schema of sendInnUtleggsbegjaering, then the rules as POST /utleggsbegjaering/valider runs them).`,
    'Rules run only on files that pass the schema.',
    `Not checked offline (${unchecked.length} codes, they need the server's state):`,
    ...unchecked.map((u) => `  ${u.kode}: ${u.reason}`),
  ];
  return `${lines.join('\n')}\n\n`;
}

/** A payload's name: the file, and its position when the file holds an array. */
function label(r: FileResult): string {
  return r.index === undefined ? r.file : `${r.file}[${r.index}]`;
}

export function textLine(r: FileResult): string {
  switch (r.status) {
    case 'valid':
      return `OK       ${label(r)} (${r.version})\n`;
    case 'wrong-version':
      return wrongVersion(r);
    case 'unreadable':
      return `ERROR    ${r.file}: cannot be read: ${r.reason}\n`;
    case 'error':
      return `ERROR    ${label(r)}: ${r.reason}\n`;
    case 'broken-json':
      return `ERROR    ${r.file}:${r.line}:${r.column}: not valid JSON: ${r.reason}\n`;
    case 'invalid': {
      const lines = [`INVALID  ${label(r)} (${r.version})`];
      for (const e of r.schema) lines.push(`  schema ${e.path || '(body)'}: ${e.message}`);
      for (const b of r.rules) lines.push(`  rule   ${b.kode}${b.sti ? ` at ${b.sti}` : ''}: ${b.melding.replace(/\s*\n\s*/g, ' ')}`);
      if (r.omitted > 0) lines.push(`  … and ${r.omitted} more`);
      if (!r.rulesChecked) lines.push('  (rules not checked: fix the schema errors first)');
      return `${lines.join('\n')}\n`;
    }
  }
}

/** Folds the shared start of two pointers, as an editor's breadcrumb would: /a/b/c/x → …/y. */
function arrow(fra: string, til: string): string {
  const a = fra.split('/');
  const b = til.split('/');
  let common = 0;
  while (common < a.length - 1 && common < b.length - 1 && a[common] === b[common]) common++;
  return common > 3 ? `${fra} → …/${b.slice(common).join('/')}` : `${fra} → ${til}`;
}

function movedLine(m: Flytting, like: number): string {
  const what = m.verdi !== undefined
    ? `${m.fra}: ${JSON.stringify(m.verdi)} ${m.nyVerdi === null || m.nyVerdi === undefined ? 'is no longer a code' : `→ ${[m.nyVerdi].flat().map((v) => JSON.stringify(v)).join(' or ')}`}`
    : m.til === undefined ? `${m.fra}: removed`
      : m.til === m.fra ? `${m.fra}: type changed`
        : arrow(m.fra, m.til);
  return `  field  ${what} (${m.kilde}${like ? `; ${like} more like it` : ''})`;
}

const last = (pointer?: string) => pointer?.slice(pointer.lastIndexOf('/') + 1) ?? '';

/** The same change in several places (an identifier in every party) is one line, with a count. */
function grouped(moved: Flytting[]): { first: Flytting; like: number }[] {
  const groups = new Map<string, { first: Flytting; like: number }>();
  for (const m of moved) {
    const key = [m.endring, m.kilde, last(m.fra), last(m.til), m.verdi ?? ''].join('\u0000');
    const g = groups.get(key);
    if (g) g.like++;
    else groups.set(key, { first: m, like: 0 });
  }
  return [...groups.values()];
}

function wrongVersion(r: Extract<FileResult, { status: 'wrong-version' }>): string {
  const against = r.fits.schemaErrors === 0 ? 'none' : String(r.fits.schemaErrors);
  const model = r.fits.dataModel;
  const groups = grouped(r.moved);
  const shown = groups.slice(0, GROUPS_SHOWN);
  const lines = [
    `VERSION  ${label(r)}: this is a ${r.fits.version} petition${model ? ` (data model ${model})` : ''}, not ${r.version}${r.dataModel ? ` (data model ${r.dataModel})` : ''}: ${r.schemaErrors} schema errors against ${r.version}, ${against} against ${r.fits.version}`,
    ...shown.map((g) => movedLine(g.first, g.like)),
  ];
  const more = r.moved.length - shown.reduce((n, g) => n + 1 + g.like, 0) + r.omitted;
  if (more > 0) lines.push(`  … and ${more} more (--json lists ${r.omitted ? `the first ${r.moved.length}` : 'them'})`);
  lines.push(`  (check it with --version ${r.fits.version}, or move it to ${r.version}${r.moved.length ? ' as listed' : ''})`);
  return `${lines.join('\n')}\n`;
}

export function textSummary(s: Summary): string {
  const parts = [`${s.valid} valid`, `${s.invalid} invalid`];
  if (s.wrongVersion > 0) parts.push(`${s.wrongVersion} for another version`);
  if (s.errors > 0) parts.push(`${s.errors} could not be checked`);
  const what = s.payloads === s.files ? '' : `${s.payloads} payload${s.payloads === 1 ? '' : 's'} in `;
  return `\n${what}${s.files} file${s.files === 1 ? '' : 's'} checked against ${s.version}: ${parts.join(', ')} (${(s.durationMs / 1000).toFixed(1)} s)\n`;
}

export function jsonLine(r: FileResult): string {
  return `${JSON.stringify(r)}\n`;
}

export function jsonSummary(s: Summary): string {
  return `${JSON.stringify({ summary: s })}\n`;
}

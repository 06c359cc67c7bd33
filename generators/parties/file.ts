import { readFileSync } from 'node:fs';
import type { Party } from './types.ts';
import { validateParty } from './validate.ts';

export interface PartiesFileProblem {
  /** 0-based index in the JSON array, or -1 for a problem with the whole file. */
  row: number;
  field: string;
  message: string;
}

/**
 * Everything wrong with a parties file, one line per problem:
 * `parties.json row 3: organisasjonsnummer "123" must be 9 digits, got 3`.
 */
export class PartiesFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly PartiesFileProblem[],
  ) {
    super(problems.map((p) => `${file}${p.row >= 0 ? ` row ${p.row}` : ''}: ${p.message}`).join('\n'));
    this.name = 'PartiesFileError';
  }
}

/**
 * Validates rows as parties and returns them, or throws one PartiesFileError listing every bad
 * row. `source` names where the rows came from in the messages. Rows are numbered from 0, as
 * in the JSON array (`jq '.[3]'` shows row 3).
 */
export function validateParties(rows: unknown, source: string): Party[] {
  if (!Array.isArray(rows)) {
    throw new PartiesFileError(source, [{ row: -1, field: '', message: 'must be a JSON array of parties' }]);
  }
  const problems: PartiesFileProblem[] = [];
  const firstRowOf = new Map<string, number>();
  rows.forEach((row, index) => {
    const rowProblems = validateParty(row);
    for (const p of rowProblems) problems.push({ row: index, ...p });
    // Duplicates are reported even on rows with other problems, as long as the number itself is fine.
    const party = row as Party;
    const field = party?.type === 'person' ? 'identifikator' : 'organisasjonsnummer';
    const id = (party as unknown as Record<string, unknown> | null)?.[field];
    if (typeof id !== 'string' || rowProblems.some((p) => p.field === field || p.field === '' || p.field === 'type')) return;
    const first = firstRowOf.get(id);
    if (first !== undefined) problems.push({ row: index, field, message: `${field} "${id}" is already used by row ${first}` });
    else firstRowOf.set(id, index);
  });
  if (problems.length > 0) throw new PartiesFileError(source, problems);
  return rows as Party[];
}

/** Reads a JSON array of parties (our Party shape, e.g. exported from Tenor) and validates every row. */
export function loadPartiesFile(path: string): Party[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot be read (${code ?? error})`;
    throw new PartiesFileError(path, [{ row: -1, field: '', message: why }]);
  }
  let rows: unknown;
  try {
    rows = JSON.parse(text.replace(/^\uFEFF/, '')); // editors on Windows write a BOM
  } catch (error) {
    throw new PartiesFileError(path, [{ row: -1, field: '', message: `is not valid JSON: ${jsonErrorText(text, error)}` }]);
  }
  return validateParties(rows, path);
}

/** JSON.parse reports a character offset; a line and column is what an editor can jump to. */
function jsonErrorText(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const at = /at position (\d+)/.exec(message);
  if (!at) return message;
  const before = text.slice(0, Number(at[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message.replace(/ in JSON at position \d+.*$/, '')} at line ${line}, column ${column}`;
}

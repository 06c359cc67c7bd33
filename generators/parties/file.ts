import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { erTenor, lesTenor } from './tenor-import.ts';
import { identifierOf, type Party } from './types.ts';
import { validateParty } from './validate.ts';

export interface PartiesFileProblem {
  /** 0-based index in the JSON array, or -1 for a problem with the whole file (and for Tenor files, whose `field` is the path). */
  row: number;
  field: string;
  message: string;
  /** The file the problem is in, when the error covers a folder of files. */
  file?: string;
}

/**
 * Everything wrong with a parties file, one line per problem:
 * `parties.json row 3: organisasjonsnummer "123" must be 9 digits, got 3`, or for a Tenor file the path
 * of the field: `soek.json: dokumentListe[3].tenorMetadata.kildedata.navn[0]: has no etternavn`.
 */
export class PartiesFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly PartiesFileProblem[],
  ) {
    super(problems.map((p) => `${p.file ?? file}${p.row >= 0 ? ` row ${p.row}` : p.field ? `: ${p.field}` : ''}: ${p.message}`).join('\n'));
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

/** The parsed JSON of a file, or a PartiesFileError saying why not (missing, a folder, not JSON: where). */
function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot be read (${code ?? error})`;
    throw new PartiesFileError(path, [{ row: -1, field: '', message: why }]);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')); // editors on Windows write a BOM
  } catch (error) {
    throw new PartiesFileError(path, [{ row: -1, field: '', message: `is not valid JSON: ${jsonErrorText(text, error)}` }]);
  }
}

/** Reads a JSON array of parties (our Party shape) and validates every row. */
export function loadPartiesFile(path: string): Party[] {
  return validateParties(readJson(path), path);
}

export type PartiesFormat = 'parties' | 'tenor';

export interface ImportedParties {
  parties: Party[];
  /** What was not mapped or came from a fallback, one line each: `file: field: what`. The parties are still used. */
  warnings: string[];
  /** Each file read, in order, with its format and how many parties it gave. */
  files: { file: string; format: PartiesFormat; count: number }[];
}

const UNKNOWN_SHAPE =
  'is neither a JSON array of parties nor a Tenor file (a search answer with dokumentListe, or a person or organisation downloaded from Tenor, with identifikasjonsnummer or organisasjonsnummer)';

/** The .json files of a folder, sorted so the result never depends on the file system's order. */
function filesOf(path: string, warnings: string[]): string[] {
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new PartiesFileError(path, [{ row: -1, field: '', message: code === 'ENOENT' ? 'no such file or folder' : `cannot be read (${code ?? error})` }]);
  }
  if (!isDir) return [path];
  const names = readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of names) {
    if (entry.isFile() && entry.name.toLowerCase().endsWith('.json')) files.push(join(path, entry.name));
    else if (!entry.name.startsWith('.')) warnings.push(`${join(path, entry.name)}: skipped, not a .json file`);
  }
  if (files.length === 0) throw new PartiesFileError(path, [{ row: -1, field: '', message: 'is a folder without .json files' }]);
  return files;
}

/**
 * Reads `--parties`: one file or a folder of them, each either our own format (a JSON array of parties)
 * or from Tenor (a downloaded person or organisation, a saved search answer of freg or brreg-er-fr),
 * told apart by content. Throws one PartiesFileError listing every unusable party, with file and field;
 * a real-looking fødselsnummer or D-nummer in a Tenor file is one of them.
 */
export function loadParties(path: string): ImportedParties {
  const warnings: string[] = [];
  const files: ImportedParties['files'] = [];
  const problems: PartiesFileProblem[] = [];
  const parties: Party[] = [];
  const firstAt = new Map<string, { party: Party; where: string }>();
  const add = (party: Party, where: string) => {
    const id = identifierOf(party);
    const first = firstAt.get(id);
    if (!first) {
      firstAt.set(id, { party, where });
      parties.push(party);
    } else {
      warnings.push(`${where}: ${id} is also in ${first.where}; ${isDeepStrictEqual(first.party, party) ? 'the same party, read once' : 'kept the first'}`);
    }
  };
  for (const file of filesOf(path, warnings)) {
    let value: unknown;
    try {
      value = readJson(file);
    } catch (error) {
      if (!(error instanceof PartiesFileError)) throw error;
      problems.push(...error.problems.map((p) => ({ ...p, file })));
      continue;
    }
    if (erTenor(value)) {
      const lesning = lesTenor(value)!;
      for (const f of lesning.feil) problems.push({ row: -1, field: f.sti, message: f.melding, file });
      for (const a of lesning.advarsler) warnings.push(`${file}: ${a.sti ? `${a.sti}: ` : ''}${a.melding}`);
      for (const { party, sti } of lesning.parter) add(party, sti ? `${file} ${sti}` : file);
      files.push({ file, format: 'tenor', count: lesning.parter.length });
      continue;
    }
    if (!Array.isArray(value)) {
      problems.push({ row: -1, field: '', message: UNKNOWN_SHAPE, file });
      continue;
    }
    try {
      const rows = validateParties(value, file);
      rows.forEach((party, row) => add(party, `${file} row ${row}`));
      files.push({ file, format: 'parties', count: rows.length });
    } catch (error) {
      if (!(error instanceof PartiesFileError)) throw error;
      problems.push(...error.problems.map((p) => ({ ...p, file })));
    }
  }
  if (problems.length > 0) throw new PartiesFileError(problems[0].file ?? path, problems);
  return { parties, warnings, files };
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

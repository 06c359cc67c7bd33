import { open } from 'node:fs/promises';
import { ContractValidator } from '../../src/contract/index.ts';
import type { ContractViolation } from '../../src/contract/index.ts';
import { evaluate } from '../../sandbox/rules/utleggsbegjaering/index.ts';
import type { Flytting } from './migration.ts';
import { parseJson } from './parse.ts';
import { annenVersjon } from './version-fit.ts';
import { API, OPERATION, datamodellAv } from './versions.ts';

export { OPERATION };
/** Far above any real petition; keeps one stray dump file from taking the process's memory. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Enough to fix a file by; the count of the rest is still reported. */
export const MAX_SHOWN = 50;

export interface SchemaError { path: string; message: string }
export interface RuleBreach { kode: string; melding: string; sti?: string }

/**
 * `version` is the version the file was checked against. `index` is set for a payload of a file that
 * holds a JSON array of petitions (what `npm run generate` writes): its position in the array.
 */
export type FileResult = FileResultKind & { index?: number };

type FileResultKind =
  | { file: string; status: 'valid'; version: string }
  | { file: string; status: 'invalid'; version: string; schema: SchemaError[]; rules: RuleBreach[]; rulesChecked: boolean; omitted: number }
  | {
    file: string; status: 'wrong-version'; version: string; schemaErrors: number;
    dataModel?: string;
    /** The version the payload belongs to, and its errors against that version's schema. */
    fits: { version: string; dataModel?: string; schemaErrors: number };
    moved: Flytting[]; omitted: number;
  }
  | { file: string; status: 'unreadable'; reason: string }
  | { file: string; status: 'error'; reason: string; version?: string }
  | { file: string; status: 'broken-json'; reason: string; line: number; column: number };

const utf8 = new TextDecoder('utf-8', { fatal: true });

function schemaError(v: ContractViolation): SchemaError {
  const params = v.documented as { allowedValues?: unknown[] } | undefined;
  const message = v.message === 'must be equal to one of the allowed values' && Array.isArray(params?.allowedValues)
    ? `must be one of ${params.allowedValues.map((x) => JSON.stringify(x)).join(', ')}`
    : v.message === "must have required property '" + v.path.split('/').pop() + "'" ? 'is required' : v.message;
  return { path: v.path, message };
}

function errnoReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'does not exist (a dangling symbolic link?)';
  return (err as Error).message;
}

async function readText(file: string): Promise<{ text: string } | { reason: string }> {
  let handle;
  try {
    handle = await open(file, 'r');
    const { size } = await handle.stat();
    if (size > MAX_FILE_BYTES) return { reason: `is ${size} bytes, over the ${MAX_FILE_BYTES}-byte limit of the validator` };
    const bytes = await handle.readFile();
    try {
      return { text: utf8.decode(bytes) };
    } catch {
      return { reason: 'is not UTF-8 text' };
    }
  } catch (err) {
    return { reason: errnoReason(err) };
  } finally {
    await handle?.close().catch(() => {});
  }
}

/**
 * Checks one payload body as the sandbox does: the request schema of sendInnUtleggsbegjaering first,
 * then, only for a schema-valid body, the rule registry in 'valider' mode without state. Rules read
 * typed fields, so on a body the schema rejects they would report noise or fail. A body that belongs
 * to another version gets one finding saying so instead of that version's differences as errors.
 */
export function checkBody(file: string, body: unknown, chosen?: string): FileResult {
  const validator = ContractValidator.forApi(API, chosen);
  const { version } = validator.spec;
  const contract = validator.validateRequest(OPERATION, body);
  const annen = annenVersjon(body, validator.spec, contract.violations.length);
  if (annen) {
    const { moved, version: fitsVersion, schemaErrors } = annen;
    return {
      file, status: 'wrong-version', version, dataModel: datamodellAv(version), schemaErrors: contract.violations.length,
      fits: { version: fitsVersion, dataModel: datamodellAv(fitsVersion), schemaErrors },
      moved: moved.slice(0, MAX_SHOWN), omitted: Math.max(0, moved.length - MAX_SHOWN),
    };
  }
  if (!contract.valid) {
    const schema = contract.violations.map(schemaError);
    return { file, status: 'invalid', version, schema: schema.slice(0, MAX_SHOWN), rules: [], rulesChecked: false, omitted: Math.max(0, schema.length - MAX_SHOWN) };
  }
  let brudd;
  try {
    brudd = evaluate(body as Parameters<typeof evaluate>[0], { modus: 'valider' }, version);
  } catch (err) {
    return { file, status: 'error', version, reason: `the rules failed on this file (a bug in the rules, please report it): ${(err as Error).message}` };
  }
  if (brudd.length === 0) return { file, status: 'valid', version };
  const rules = brudd.map(({ kode, melding, sti }) => (sti === undefined ? { kode, melding } : { kode, melding, sti }));
  return { file, status: 'invalid', version, schema: [], rules: rules.slice(0, MAX_SHOWN), rulesChecked: true, omitted: Math.max(0, rules.length - MAX_SHOWN) };
}

/**
 * Reads, parses and checks one file: one result for a petition, one per element for a JSON array of
 * petitions (the generator's output). Every failure becomes a result, nothing throws.
 */
export async function checkFile(file: string, version?: string): Promise<FileResult[]> {
  const read = await readText(file);
  if ('reason' in read) return [{ file, status: 'unreadable', reason: read.reason }];
  const parsed = parseJson(read.text);
  if (!parsed.ok) return [{ file, status: 'broken-json', reason: parsed.error.message, line: parsed.error.line, column: parsed.error.column }];
  if (!Array.isArray(parsed.value)) return [checkBody(file, parsed.value, version)];
  if (parsed.value.length === 0) return [{ file, status: 'error', reason: 'is an empty JSON array: no petition to check' }];
  return parsed.value.map((body, index) => ({ ...checkBody(file, body, version), index }));
}

import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { SpecError } from './errors.ts';

const OWN_SPECS = resolve(dirname(fileURLToPath(import.meta.url)), '../../specs');
let last: { env: string; cwd?: string; dir: string } | undefined;

/**
 * The specs/ folder; overridable so a supplier can point the suite at corrected documents. Asked on
 * every document and catalog lookup (the validator's hot path), so the resolved folder is kept until
 * CONFORMANCE_SPECS_DIR, or for a relative one the working directory, changes.
 */
export function specsDir(): string {
  const env = process.env.CONFORMANCE_SPECS_DIR;
  if (!env) return OWN_SPECS;
  const cwd = isAbsolute(env) ? undefined : process.cwd();
  if (last?.env !== env || last.cwd !== cwd) last = { env, cwd, dir: resolve(env) };
  return last.dir;
}

export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

/** Reads a JSON or YAML data file; any failure becomes a SpecError naming the file. */
export function readDataFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new SpecError(displayPath(file), '', `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  try {
    if (/\.ya?ml$/i.test(file)) return parseYaml(text, { prettyErrors: true });
    return JSON.parse(text);
  } catch (err) {
    const reason = (err as Error).message.split('\n')[0];
    throw new SpecError(displayPath(file), '', `is not valid ${/\.ya?ml$/i.test(file) ? 'YAML' : 'JSON'}: ${reason}`);
  }
}

export function specPath(...parts: string[]): string {
  return join(specsDir(), ...parts);
}

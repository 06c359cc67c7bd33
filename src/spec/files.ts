import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { SpecError } from './errors.ts';

/** The specs/ folder; overridable so a supplier can point the suite at corrected documents. */
export function specsDir(): string {
  return process.env.CONFORMANCE_SPECS_DIR
    ? resolve(process.env.CONFORMANCE_SPECS_DIR)
    : resolve(dirname(fileURLToPath(import.meta.url)), '../../specs');
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

// Dev-time: writes the copies of specs/examples files that the OpenAPI documents carry inline, so tools
// that read only the document (Prism, Schemathesis, Postman) see the official examples and the file stays
// the one source. An Example object names its file with `x-eksempelfil` (relative to specs/examples); its
// `value` is written as JSON (an object or array on one line when it fits), which every YAML reader, 1.1
// or 1.2, reads as the file says. Only those lines change; the rest of the document is left byte for byte.
//
//   npm run -s examples:inline            rewrite stale copies in every document of specs/versions.json
//   npm run -s examples:inline -- --check  list stale copies and exit 1, write nothing
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { displayPath, readDataFile, specsDir } from '../src/spec/files.ts';
import { documentFiles } from '../src/spec/versions.ts';

const MARKER = /^( *)x-eksempelfil:\s*['"]?([^'"\s#]+)['"]?\s*$/;

const USAGE = 'usage: npm run -s examples:inline [-- --check]';

class InlineError extends Error {}


const indentOf = (line: string) => line.length - line.trimStart().length;
const blank = (line: string) => line.trim() === '' || line.trimStart().startsWith('#');

const WIDTH = 110;

/** JSON with an object or array on one line when it fits the width, else one member per line. */
function compactJson(value: unknown, column: number, indent: string): string {
  const flat = JSON.stringify(value);
  if (value === null || typeof value !== 'object' || column + flat.length <= WIDTH) return flat;
  const inner = `${indent}  `;
  const members = Array.isArray(value)
    ? value.map((v) => `${inner}${compactJson(v, inner.length, inner)}`)
    : Object.entries(value).map(([k, v]) => {
      const key = `${JSON.stringify(k)}: `;
      return `${inner}${key}${compactJson(v, inner.length + key.length, inner)}`;
    });
  if (members.length === 0) return flat;
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return `${open}\n${members.join(',\n')}\n${indent}${close}`;
}

/** `value: <json>` at `indent`; every continuation line is deeper than the key, as a flow mapping needs. */
function valueLines(data: unknown, indent: number): string[] {
  const pad = ' '.repeat(indent);
  return `${pad}value: ${compactJson(data, indent + 'value: '.length, `${pad}  `)}`.split('\n');
}

interface Stale { file: string; line: number; example: string }

/** Rewrites one document's marked examples; returns the new text and which copies were stale. */
function inline(file: string, text: string): { text: string; stale: Stale[] } {
  const lines = text.split('\n');
  const stale: Stale[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = MARKER.exec(lines[i]);
    if (!m) continue;
    const indent = m[1].length;
    const example = m[2];
    const source = join(specsDir(), 'examples', example);
    const data = readDataFile(source);
    // The sibling keys of the marker: lines at its indent, until the mapping ends (a shallower line).
    let start = -1;
    let end = -1;
    for (let j = i + 1; j < lines.length; j++) {
      if (blank(lines[j])) continue;
      const at = indentOf(lines[j]);
      if (at > indent) continue;
      if (start >= 0) {
        end = j;
        break;
      }
      if (at < indent) break;
      if (lines[j].trimStart().startsWith('value:')) start = j;
    }
    if (start < 0) throw new InlineError(`${displayPath(file)}:${i + 1}: x-eksempelfil ${example} has no "value:" after it in the same Example object`);
    if (end < 0) end = lines.length;
    // Blank lines and comments between the value and what follows stay where they are.
    while (end > start + 1 && blank(lines[end - 1])) end--;
    // Exactly the lines this script writes, so a copy is rewritten when its layout differs too.
    const wanted = valueLines(data, indent);
    if (wanted.join('\n') === lines.slice(start, end).join('\n')) continue;
    stale.push({ file, line: i + 1, example });
    lines.splice(start, end - start, ...wanted);
  }
  return { text: lines.join('\n'), stale };
}

function main(): void {
  let values: { check: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({ options: { check: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } }, strict: true }));
  } catch (err) {
    process.stderr.write(`examples:inline: ${(err as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n\nRewrites the inline copies of specs/examples files (x-eksempelfil) in every document of specs/versions.json; --check lists stale copies and exits 1, writing nothing.\n`);
    process.exit(0);
  }
  const stale: Stale[] = [];
  for (const file of documentFiles()) {
    const text = readFileSync(file, 'utf8');
    const result = inline(file, text);
    stale.push(...result.stale);
    if (!values.check && result.stale.length > 0) writeFileSync(file, result.text);
  }
  for (const s of stale) {
    process.stdout.write(`${displayPath(s.file)}:${s.line}: ${values.check ? 'stale copy of' : 'rewrote the copy of'} specs/examples/${s.example}\n`);
  }
  if (values.check && stale.length > 0) {
    process.stdout.write('Run `npm run -s examples:inline` to rewrite them.\n');
    process.exitCode = 1;
  }
}

try {
  main();
} catch (err) {
  // Bad input (a missing file, a marker without value) is one line naming the file, never a stack trace.
  process.stderr.write(`inline-examples: ${(err as Error).message}\n`);
  process.exitCode = 2;
}

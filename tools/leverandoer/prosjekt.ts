import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = resolve(dirname(fileURLToPath(import.meta.url)), '../../package.json');

/** The project's version, for the session header: a recording names the tool that judged it. */
export function versjonAvProsjektet(): string | null {
  try {
    const v = (JSON.parse(readFileSync(PACKAGE, 'utf8')) as { version?: unknown }).version;
    return typeof v === 'string' ? v : null;
  } catch {
    return null;
  }
}

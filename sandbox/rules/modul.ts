import { fileURLToPath } from 'node:url';
import { displayPath } from '../../src/spec/files.ts';
import type { RegelModul } from './types.ts';

/**
 * Declares a rule module: the code names its catalog row (title, scope and message come from there),
 * the check is the module's own. `url` is the module's import.meta.url, so registry errors name the file.
 */
export function regel(url: string, kode: string, sjekk: RegelModul['sjekk']): RegelModul {
  return Object.freeze({ kode, fil: displayPath(fileURLToPath(url)), sjekk });
}

import { fileURLToPath } from 'node:url';
import { displayPath } from '../../src/spec/files.ts';
import type { Behov, RegelModul } from './types.ts';

export interface RegelValg {
  /** What the check needs beyond the petition (RegelKontekst lookups); the offline validator lists these rules as not judged. */
  trenger?: readonly Behov[];
}

const INGEN: readonly Behov[] = Object.freeze([]);

/**
 * Declares a rule module: the code names its catalog row (title, scope and message come from there),
 * the check is the module's own. `url` is the module's import.meta.url, so registry errors name the file.
 */
export function regel(url: string, kode: string, sjekk: RegelModul['sjekk'], valg?: RegelValg): RegelModul {
  const trenger = valg?.trenger?.length ? Object.freeze([...valg.trenger]) : INGEN;
  return Object.freeze({ kode, fil: displayPath(fileURLToPath(url)), trenger, sjekk });
}

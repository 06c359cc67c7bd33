import { ContractValidator } from '../../src/contract/index.ts';
import { SpecError } from '../../src/spec/errors.ts';
import { listVersions } from '../../src/spec/versions.ts';
import type { SpecDocument } from '../../src/spec/document.ts';
import { flyttinger, kartMellom, type Flytting, type Kart } from './migration.ts';
import { API, OPERATION } from './versions.ts';

export interface Passform {
  version: string;
  schemaErrors: number;
  /** The fields of the body that the map from that version to the chosen one names. */
  moved: Flytting[];
}

/** Renames and moves first: they are what a supplier fixes first, and the text shows only the top few. */
const RANG: Record<Flytting['endring'], number> = { omdøpt: 0, flyttet: 1, 'endret type': 2, kodeverdier: 3, fjernet: 4 };

/** Per chosen document (loadSpec caches one per file): the other versions and their maps, built once. */
const andreCache = new WeakMap<SpecDocument, { annen: string; kart?: Kart }[]>();

function andre(valgt: SpecDocument): { annen: string; kart?: Kart }[] {
  let liste = andreCache.get(valgt);
  if (!liste) {
    liste = listVersions(API).filter((v) => v !== valgt.version).map((annen) => ({ annen, kart: kartMellom(API, annen, valgt.version) }));
    andreCache.set(valgt, liste);
  }
  return liste;
}

/**
 * Errors against another version's schema; undefined when that document does not load. That version
 * is then no answer, and the run goes on: only the chosen version's document has to be sound.
 */
function feilMot(version: string, body: unknown): number | undefined {
  let validator;
  try {
    validator = ContractValidator.forApi(API, version);
  } catch (err) {
    if (err instanceof SpecError) return undefined;
    throw err;
  }
  return validator.validateRequest(OPERATION, body).violations.length;
}

/**
 * The other version a body belongs to, if it clearly does: valid against that version's schema, or
 * with at most a quarter of the errors it has against the chosen one.
 */
export function annenVersjon(body: unknown, valgt: SpecDocument, feilHer: number): Passform | undefined {
  // A body the chosen schema accepts is that version's: tolerant readers let unknown fields through, and
  // scanning every valid body for another model's fields would cost the valid path more than the rules do.
  if (feilHer === 0) return undefined;
  let best: Passform | undefined;
  for (const { annen, kart } of andre(valgt)) {
    const feilDer = feilMot(annen, body);
    if (feilDer === undefined) continue;
    const passer = feilDer === 0 || 4 * feilDer <= feilHer;
    if (!passer || (best && feilDer >= best.schemaErrors)) continue;
    // The body is walked for moved fields only once it is known to fit the other version.
    const moved = kart ? flyttinger(kart, body) : [];
    best = { version: annen, schemaErrors: feilDer, moved: moved.sort((a, b) => RANG[a.endring] - RANG[b.endring]) };
  }
  return best;
}

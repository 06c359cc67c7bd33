import { displayPath, readDataFile, specPath } from '../../src/spec/files.ts';

/**
 * The test parties Betjeningskartet locks to the old rules during the transition period
 * (specs/data/gammelt-regelverk.json). A petition against one of them goes to ELSA, not to this API.
 */
export interface GammeltRegelverk {
  personer: ReadonlySet<string>;
  organisasjoner: ReadonlySet<string>;
  overgangsperiode: { fraOgMed: string; tilOgMed: string };
}

let lest: GammeltRegelverk | undefined;

export function gammeltRegelverk(): GammeltRegelverk {
  if (lest) return lest;
  const fil = specPath('data', 'gammelt-regelverk.json');
  const data = readDataFile(fil) as Partial<Record<'personer' | 'organisasjoner', unknown>> & { overgangsperiode?: GammeltRegelverk['overgangsperiode'] };
  const liste = (felt: 'personer' | 'organisasjoner'): ReadonlySet<string> => {
    const v = data?.[felt];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new Error(`${displayPath(fil)}: /${felt} must be an array of identifiers`);
    return new Set(v as string[]);
  };
  const periode = data?.overgangsperiode;
  if (typeof periode?.fraOgMed !== 'string' || typeof periode.tilOgMed !== 'string') {
    throw new Error(`${displayPath(fil)}: /overgangsperiode must have fraOgMed and tilOgMed`);
  }
  lest = Object.freeze({ personer: liste('personer'), organisasjoner: liste('organisasjoner'), overgangsperiode: { ...periode } });
  return lest;
}

export function erLaastTilGammeltRegelverk(identifikator: string): boolean {
  const g = gammeltRegelverk();
  return g.personer.has(identifikator) || g.organisasjoner.has(identifikator);
}

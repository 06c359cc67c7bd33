import { SpecError } from '../../../../src/spec/errors.ts';
import { displayPath, readDataFile, specPath } from '../../../../src/spec/files.ts';

/**
 * The test parties Betjeningskartet locks to the old rules during the transition period
 * (specs/data/gammelt-regelverk.json): persons and organisations in one set, since a fødselsnummer
 * (11 digits) and an orgnr (9) never collide.
 */
export interface GammeltRegelverk {
  laaste: ReadonlySet<string>;
  fraOgMed: string;
  tilOgMed: string;
}

let lest: GammeltRegelverk | undefined;

function les(): GammeltRegelverk {
  const fil = specPath('data', 'gammelt-regelverk.json');
  const vis = displayPath(fil);
  const data = readDataFile(fil) as Record<string, unknown> | null;
  const laaste = new Set<string>();
  for (const felt of ['personer', 'organisasjoner']) {
    const liste = data?.[felt];
    if (!Array.isArray(liste)) throw new SpecError(vis, `/${felt}`, 'must be an array of identifiers');
    liste.forEach((id, i) => {
      if (typeof id !== 'string' || id === '') throw new SpecError(vis, `/${felt}/${i}`, 'must be an identifier (a non-empty string)');
      laaste.add(id);
    });
  }
  const periode = data?.overgangsperiode as Record<string, unknown> | undefined;
  for (const felt of ['fraOgMed', 'tilOgMed']) {
    const d = periode?.[felt];
    if (typeof d !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new SpecError(vis, `/overgangsperiode/${felt}`, 'must be a date (YYYY-MM-DD)');
  }
  return Object.freeze({ laaste, fraOgMed: periode!.fraOgMed as string, tilOgMed: periode!.tilOgMed as string });
}

/** Read once, at first use; a malformed file fails then, naming the file and the field. */
export function gammeltRegelverk(): GammeltRegelverk {
  return (lest ??= les());
}

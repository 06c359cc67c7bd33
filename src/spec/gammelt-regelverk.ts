import { SpecError } from './errors.ts';
import { displayPath, readDataFile, specPath } from './files.ts';

/**
 * The test parties Betjeningskartet locks to the old rules during the transition period
 * (specs/data/gammelt-regelverk.json). ELAN refuses a petition against one of them with
 * SAKSOEKT_GAMMELT_REGELVERK; it belongs in ELSA. The rule, the generators and the sandbox read it here.
 */
export interface GammeltRegelverk {
  personer: ReadonlySet<string>;
  organisasjoner: ReadonlySet<string>;
  /** Persons and organisations in one set: a fødselsnummer (11 digits) and an orgnr (9) never collide. */
  laaste: ReadonlySet<string>;
  fraOgMed: string;
  tilOgMed: string;
}

let lest: { file: string; data: GammeltRegelverk } | undefined;

function les(fil: string): GammeltRegelverk {
  const vis = displayPath(fil);
  const data = readDataFile(fil) as Record<string, unknown> | null;
  const sett = (felt: 'personer' | 'organisasjoner'): Set<string> => {
    const liste = data?.[felt];
    if (!Array.isArray(liste)) throw new SpecError(vis, `/${felt}`, 'must be an array of identifiers');
    return new Set(liste.map((id, i) => {
      if (typeof id !== 'string' || id === '') throw new SpecError(vis, `/${felt}/${i}`, 'must be an identifier (a non-empty string)');
      return id;
    }));
  };
  const periode = data?.overgangsperiode as Record<string, unknown> | undefined;
  for (const felt of ['fraOgMed', 'tilOgMed']) {
    const d = periode?.[felt];
    if (typeof d !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new SpecError(vis, `/overgangsperiode/${felt}`, 'must be a date (YYYY-MM-DD)');
  }
  const personer = sett('personer');
  const organisasjoner = sett('organisasjoner');
  return Object.freeze({
    personer, organisasjoner, laaste: new Set([...personer, ...organisasjoner]),
    fraOgMed: periode!.fraOgMed as string, tilOgMed: periode!.tilOgMed as string,
  });
}

/** Read once per specs folder, at first use; a malformed file fails then, naming the file and the field. */
export function gammeltRegelverk(): GammeltRegelverk {
  const fil = specPath('data', 'gammelt-regelverk.json');
  if (lest?.file !== fil) lest = { file: fil, data: les(fil) };
  return lest.data;
}

export function erLaastTilGammeltRegelverk(identifikator: string): boolean {
  return gammeltRegelverk().laaste.has(identifikator);
}

/** Whether a day (YYYY-MM-DD) lies inside the transition period, both ends included. */
export function iOvergangsperioden(dag: string): boolean {
  const g = gammeltRegelverk();
  return dag >= g.fraOgMed && dag <= g.tilOgMed;
}

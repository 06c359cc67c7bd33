import { SpecError } from '../../src/spec/errors.ts';
import { displayPath, readDataFile, specPath } from '../../src/spec/files.ts';
import { apiVersion } from '../../src/spec/versions.ts';

/** One row of a rule catalog (specs/catalogs/utleggsbegjaering-*.json). */
export interface Katalogregel {
  kode: string;
  gjelderKunEndringer: boolean;
  tittel: string;
  beskrivelse: string;
  avvikstekst: string;
  /** Rows whose avvikstekst lists several cases ("En av følgende: ...") carry each case separately. */
  avvikstekstAlternativer?: string[];
}

export interface Regelkatalog {
  /** Display path of the catalog file, for error messages. */
  fil: string;
  versjon: string;
  regler: Katalogregel[];
  byKode: ReadonlyMap<string, Katalogregel>;
}

const cache = new Map<string, Regelkatalog>();

function feil(fil: string, sti: string, problem: string): never {
  throw new SpecError(fil, sti, problem);
}

/** The Utleggsbegjæring rule catalog of a version (the run's choice when omitted), read once per file. */
export function lastRegelkatalog(version?: string): Regelkatalog {
  const files = apiVersion('utleggsbegjaering', version);
  if (!files.catalog) {
    feil(displayPath(specPath('versions.json')), `/utleggsbegjaering/versions/${files.version}/catalog`, 'is missing');
  }
  const hit = cache.get(files.catalog);
  if (hit) return hit;
  const fil = displayPath(files.catalog);
  const data = readDataFile(files.catalog) as { regler?: unknown };
  if (!Array.isArray(data?.regler)) feil(fil, '/regler', 'must be an array of rules');
  const byKode = new Map<string, Katalogregel>();
  data.regler.forEach((r: any, i: number) => {
    for (const felt of ['kode', 'tittel', 'avvikstekst']) {
      if (typeof r?.[felt] !== 'string' || r[felt] === '') feil(fil, `/regler/${i}/${felt}`, 'must be a non-empty string');
    }
    if (typeof r.gjelderKunEndringer !== 'boolean') feil(fil, `/regler/${i}/gjelderKunEndringer`, 'must be true or false');
    const alt = r.avvikstekstAlternativer;
    if (alt !== undefined && !(Array.isArray(alt) && alt.every((a: unknown) => typeof a === 'string' && a !== ''))) {
      feil(fil, `/regler/${i}/avvikstekstAlternativer`, 'must be an array of non-empty strings');
    }
    if (byKode.has(r.kode)) feil(fil, `/regler/${i}/kode`, `"${r.kode}" appears twice`);
    byKode.set(r.kode, r as Katalogregel);
  });
  const katalog: Regelkatalog = { fil, versjon: files.version, regler: [...byKode.values()], byKode };
  cache.set(files.catalog, katalog);
  return katalog;
}

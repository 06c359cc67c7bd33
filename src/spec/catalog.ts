import { SpecError } from './errors.ts';
import { displayPath, readDataFile, specPath } from './files.ts';
import { apiVersion } from './versions.ts';

export interface Regelbeskrivelse {
  kode: string;
  gjelderKunEndringer: boolean;
  tittel: string;
  beskrivelse: string;
  /** The message template the API returns, with %placeholders. */
  avvikstekst: string;
  avvikstekstFraTittel?: boolean;
  /** Rows whose avvikstekst lists several cases ("En av følgende: ...") carry each case separately. */
  avvikstekstAlternativer?: string[];
}

export interface Feilkode {
  kode: string;
  status: number;
  betydning: string;
}

export interface Regelkatalog {
  file: string;
  versjon: string;
  regler: Regelbeskrivelse[];
  byKode: ReadonlyMap<string, Regelbeskrivelse>;
}

const cache = new Map<string, unknown>();

function requireString(file: string, at: string, value: unknown): void {
  if (typeof value !== 'string' || value === '') throw new SpecError(file, at, 'must be a non-empty string');
}

/** The Utleggsbegjæring rule catalog of a version (the run's choice by default). */
export function loadRegelkatalog(version?: string): Regelkatalog {
  const files = apiVersion('utleggsbegjaering', version);
  if (!files.catalog) throw new SpecError(displayPath(specPath('versions.json')), `/utleggsbegjaering/versions/${files.version}/catalog`, 'is missing');
  const hit = cache.get(files.catalog) as Regelkatalog | undefined;
  if (hit) return hit;
  const file = displayPath(files.catalog);
  const data = readDataFile(files.catalog) as { regler?: unknown };
  if (!Array.isArray(data?.regler)) throw new SpecError(file, '/regler', 'must be an array of rules');
  const byKode = new Map<string, Regelbeskrivelse>();
  data.regler.forEach((r: any, i: number) => {
    for (const field of ['kode', 'tittel', 'avvikstekst']) requireString(file, `/regler/${i}/${field}`, r?.[field]);
    if (typeof r.gjelderKunEndringer !== 'boolean') throw new SpecError(file, `/regler/${i}/gjelderKunEndringer`, 'must be true or false');
    const alt = r.avvikstekstAlternativer;
    if (alt !== undefined && !(Array.isArray(alt) && alt.every((a: unknown) => typeof a === 'string' && a !== ''))) {
      throw new SpecError(file, `/regler/${i}/avvikstekstAlternativer`, 'must be an array of non-empty strings');
    }
    if (byKode.has(r.kode)) throw new SpecError(file, `/regler/${i}/kode`, `"${r.kode}" appears twice`);
    byKode.set(r.kode, r as Regelbeskrivelse);
  });
  const katalog: Regelkatalog = { file, versjon: files.version, regler: [...byKode.values()], byKode };
  cache.set(files.catalog, katalog);
  return katalog;
}

function loadCodes(full: string): Feilkode[] {
  const hit = cache.get(full) as Feilkode[] | undefined;
  if (hit) return hit;
  const file = displayPath(full);
  const data = readDataFile(full) as { koder?: unknown };
  if (!Array.isArray(data?.koder)) throw new SpecError(file, '/koder', 'must be an array of codes');
  data.koder.forEach((k: any, i: number) => {
    requireString(file, `/koder/${i}/kode`, k?.kode);
    if (!Number.isInteger(k.status) || k.status < 100 || k.status > 599) throw new SpecError(file, `/koder/${i}/status`, 'must be an HTTP status');
  });
  cache.set(full, data.koder);
  return data.koder as Feilkode[];
}

/** KB-001..KB-009 of Krav og betalinger. */
export function loadKravOgBetalingerKoder(): Feilkode[] {
  const files = apiVersion('kravogbetalinger');
  if (!files.catalog) throw new SpecError(displayPath(specPath('versions.json')), `/kravogbetalinger/versions/${files.version}/catalog`, 'is missing');
  return loadCodes(files.catalog);
}

/** The general DAS codes. */
export function loadDasKoder(): Feilkode[] {
  return loadCodes(specPath('catalogs', 'das.json'));
}

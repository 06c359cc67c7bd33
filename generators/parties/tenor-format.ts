// Facts about Tenor testdatasøk that the import, the local Tenor in the sandbox and the fetch command
// share (sources: shared/reference/tenor/README.md). Kept in the lowest layer that needs them, so the
// sandbox and tools/ read one copy.

/** Tenor's two search sources: Folkeregisteret (persons) and Enhets-/Foretaksregisteret (organisations). */
export const TENOR_KILDER = ['freg', 'brreg-er-fr'] as const;
export type TenorKilde = (typeof TENOR_KILDER)[number];

/** The Maskinporten scope of Tenor's search API. */
export const TENOR_SCOPE = 'skatteetaten:testnorge/testdata.read';

/** Tenor's search API in Skatteetaten's test environment. */
export const TENOR_URL = 'https://testdata.api.skatteetaten.no/api/testnorge/v2';

/** Documents one query can reach, whatever the page: past it, another seed gives another 200. */
export const TENOR_PER_SOEK = 200;

type Obj = Record<string, unknown>;

export const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The current entry of a historised Folkeregister element: the one marked erGjeldende, else (as
 * Altinn's importer does) the first. `valgt` says which happened, so the caller can name a fallback.
 */
export function gjeldende(list: unknown): { entry: Obj; indeks: number; merket: boolean } | undefined {
  if (!Array.isArray(list) || list.length === 0) return undefined;
  const indeks = list.findIndex((e) => isObject(e) && e.erGjeldende === true);
  if (indeks >= 0) return { entry: list[indeks] as Obj, indeks, merket: true };
  const foerste = list.findIndex(isObject);
  return foerste < 0 ? undefined : { entry: list[foerste] as Obj, indeks: foerste, merket: false };
}

/** What a JSON document from Tenor is, told apart by content (file names carry no meaning since 2025). */
export type TenorForm =
  | 'soekesvar'
  | 'freg-kildedata'
  | 'brreg-kildedata'
  | 'freg-dokument'
  | 'brreg-dokument';

/** The form of one document from Tenor, or undefined when it is none of them. */
export function tenorForm(value: unknown): TenorForm | undefined {
  if (!isObject(value)) return undefined;
  if (Array.isArray(value.dokumentListe)) return 'soekesvar';
  if (Array.isArray(value.identifikasjonsnummer)) return 'freg-kildedata';
  const meta = isObject(value.tenorMetadata) ? value.tenorMetadata : undefined;
  if (meta || Array.isArray(value.identifikator)) {
    if (typeof value.organisasjonsnummer === 'string') return 'brreg-dokument';
    if (Array.isArray(value.identifikator) || typeof value.fornavn === 'string' || typeof value.visningnavn === 'string') return 'freg-dokument';
    const kilder = Array.isArray(meta?.kilder) ? meta!.kilder : [];
    if (kilder.includes('freg')) return 'freg-dokument';
    if (kilder.includes('brreg-er-fr')) return 'brreg-dokument';
  }
  if (typeof value.organisasjonsnummer === 'string' && (isObject(value.organisasjonsform) || 'forretningsadresse' in value || 'beliggenhetsadresse' in value)) {
    return 'brreg-kildedata';
  }
  return undefined;
}

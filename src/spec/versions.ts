import { SpecError } from './errors.ts';
import { displayPath, readDataFile, specPath } from './files.ts';

export const API_NAMES = ['utleggsbegjaering', 'trekkpaalegg', 'kravogbetalinger', 'betjeningskartet', 'statuspaasak', 'innsyntrekk'] as const;
export type ApiName = (typeof API_NAMES)[number];

export interface ApiVersionFiles {
  api: ApiName;
  version: string;
  scope: string;
  /** Absolute paths. */
  spec: string;
  catalog?: string;
  examples?: string;
  /** The data model the version's payloads are written in (e.g. "0.9", "2.1"); generators pick their model by it. */
  datamodell?: string;
  /**
   * Our operationId → the operationId the version's document uses, for a published document whose names
   * differ from ours. The loader renames them, so everything else keeps calling operations by our names.
   */
  operationIds?: Readonly<Record<string, string>>;
  /** True when `spec` is Skatteetaten's published document rather than our reconstruction. */
  publisert: boolean;
}

interface ManifestVersion {
  spec: string;
  catalog?: string;
  examples?: string;
  datamodell?: string;
  operationIds?: Record<string, string>;
  publisert?: boolean;
}

interface Manifest {
  [api: string]: { default: string; scope: string; versions: Record<string, ManifestVersion> };
}

const manifests = new Map<string, Manifest>();

function loadManifest(): Manifest {
  const file = specPath('versions.json');
  const cached = manifests.get(file);
  if (cached) return cached;
  const data = readDataFile(file) as Manifest;
  for (const api of API_NAMES) {
    const entry = data?.[api];
    if (!entry || typeof entry !== 'object') throw new SpecError(displayPath(file), `/${api}`, 'is missing');
    if (!entry.versions?.[entry.default]) {
      throw new SpecError(displayPath(file), `/${api}/default`, `names version "${entry.default}", which is not listed under versions`);
    }
    for (const [version, files] of Object.entries(entry.versions)) {
      const at = `/${api}/versions/${version}`;
      if (typeof files?.spec !== 'string' || files.spec === '') throw new SpecError(displayPath(file), `${at}/spec`, 'must name the OpenAPI document');
      const ids = files.operationIds;
      if (ids !== undefined && (typeof ids !== 'object' || ids === null || Object.values(ids).some((v) => typeof v !== 'string' || v === ''))) {
        throw new SpecError(displayPath(file), `${at}/operationIds`, 'must map our operationIds to the document\'s, e.g. { "sendInnUtleggsbegjaering": "sendUtleggsbegjaering" }');
      }
    }
  }
  manifests.set(file, data);
  return data;
}

/** The environment variable that picks a version of an API for one run. */
export function versionVariable(api: ApiName): string {
  return `CONFORMANCE_${api.toUpperCase()}_VERSION`;
}

export function listVersions(api: ApiName): string[] {
  return Object.keys(loadManifest()[api].versions);
}

/** The manifest's default version of an API (what a supplier certifies against today). */
export function defaultVersion(api: ApiName): string {
  return loadManifest()[api].default;
}

/**
 * The versions a run covers: the one named by the API's variable when set (checked against the
 * manifest), else `all` ? every version : the default.
 */
export function runVersions(api: ApiName, all: boolean): string[] {
  const chosen = process.env[versionVariable(api)];
  if (chosen) return [apiVersion(api, chosen).version];
  return all ? listVersions(api) : [defaultVersion(api)];
}

/** The files of one version of an API: the explicit one, else the run's choice, else the default. */
export function apiVersion(api: ApiName, version?: string): ApiVersionFiles {
  const entry = loadManifest()[api];
  // An empty variable counts as unset, as everywhere else in the project.
  const chosen = version ?? (process.env[versionVariable(api)] || entry.default);
  const files = entry.versions[chosen];
  if (!files) {
    throw new SpecError(
      displayPath(specPath('versions.json')),
      `/${api}/versions`,
      `has no version "${chosen}" (known: ${Object.keys(entry.versions).join(', ')}); check ${versionVariable(api)}`,
    );
  }
  return {
    api,
    version: chosen,
    scope: entry.scope,
    spec: specPath(files.spec),
    catalog: files.catalog ? specPath(files.catalog) : undefined,
    examples: files.examples ? specPath(files.examples) : undefined,
    datamodell: files.datamodell,
    operationIds: files.operationIds,
    publisert: files.publisert === true,
  };
}

/** Every document specs/versions.json names (absolute paths), each once, in manifest order. */
export function documentFiles(): string[] {
  return [...new Set(API_NAMES.flatMap((api) => listVersions(api).map((v) => apiVersion(api, v).spec)))];
}

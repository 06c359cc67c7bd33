import { SpecError } from './errors.ts';
import { displayPath, readDataFile, specPath } from './files.ts';

export const API_NAMES = ['utleggsbegjaering', 'trekkpaalegg', 'kravogbetalinger'] as const;
export type ApiName = (typeof API_NAMES)[number];

export interface ApiVersionFiles {
  api: ApiName;
  version: string;
  scope: string;
  /** Absolute paths. */
  spec: string;
  catalog?: string;
  examples?: string;
}

interface Manifest {
  [api: string]: { default: string; scope: string; versions: Record<string, { spec: string; catalog?: string; examples?: string }> };
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

/** The files of one version of an API: the explicit one, else the run's choice, else the default. */
export function apiVersion(api: ApiName, version?: string): ApiVersionFiles {
  const entry = loadManifest()[api];
  const chosen = version ?? process.env[versionVariable(api)] ?? entry.default;
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
  };
}

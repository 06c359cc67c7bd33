import { apiVersion, defaultVersion, listVersions, versionVariable, type ApiName } from '../../src/spec/versions.ts';

export const API: ApiName = 'utleggsbegjaering';
/** The request whose body the validator checks. */
export const OPERATION = 'sendInnUtleggsbegjaering';

/** The data model a version implements ("0.9", "2.1"), when specs/versions.json names it. */
export function datamodellAv(version: string): string | undefined {
  return apiVersion(API, version).datamodell || undefined;
}

/** "v2 (data model 2.1)", or just the version when the manifest names no model. */
export function versjonsnavn(version: string): string {
  const d = datamodellAv(version);
  return d ? `${version} (data model ${d})` : version;
}

/**
 * The version a run checks against: the flag, else the environment variable (empty counts as unset),
 * else the manifest's default. Returns the problem as text for an unknown one, so the caller can print
 * it as a single line.
 */
export function velgVersjon(flag?: string): { version: string } | { problem: string } {
  const known = listVersions(API);
  const env = process.env[versionVariable(API)];
  const [version, from] = flag !== undefined ? [flag, ''] : env ? [env, ` in ${versionVariable(API)}`] : [defaultVersion(API), ' (the default in specs/versions.json)'];
  return known.includes(version) ? { version } : { problem: `unknown version "${version}"${from} (known: ${known.join(', ')})` };
}

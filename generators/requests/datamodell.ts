import { displayPath, specPath } from '../../src/spec/files.ts';
import { apiVersion } from '../../src/spec/versions.ts';

/** The data model of the seeds' /v1. */
export const DATAMODELL_09 = '0.9';

/**
 * The data model a version's payloads are written in (its `datamodell` in specs/versions.json; the
 * run's version when omitted). Generators and invalid variants pick their shape by it, never by the
 * version's name, so a new version on a known model needs no code.
 */
export function datamodellFor(version?: string): string {
  const files = apiVersion('utleggsbegjaering', version);
  const modell = files.datamodell;
  if (!modell) {
    throw new Error(`${displayPath(specPath('versions.json'))}: /utleggsbegjaering/versions/${files.version}/datamodell is missing; generators pick the payload shape by it`);
  }
  return modell;
}

/** Looks up the builder for a model, or fails naming the version, its model and the models there are. */
export function forModell<T>(tabell: Readonly<Record<string, T>>, version: string | undefined, hva: string): T {
  const modell = datamodellFor(version);
  if (!Object.hasOwn(tabell, modell)) {
    const navn = apiVersion('utleggsbegjaering', version).version;
    throw new Error(`no ${hva} for datamodell ${modell} (utleggsbegjaering ${navn}); models with one: ${Object.keys(tabell).join(', ')}`);
  }
  return tabell[modell];
}

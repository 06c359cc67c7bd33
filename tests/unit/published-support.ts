import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { specsDir } from '../../src/spec/files.ts';
import { apiVersion, type ApiName } from '../../src/spec/versions.ts';

/** How a stand-in for Skatteetaten's published document differs from ours. */
export interface Publisering {
  api: ApiName;
  version: string;
  /** Our operationId → the published one; every operation is renamed that the map names. */
  operationIds: Record<string, string>;
  /** Our path (as in `paths`) → the published one; unchanged when left out. */
  sti?: (path: string) => string;
  /** Another base path (the first server's URL). */
  basePath?: string;
}

/**
 * A copy of specs/ in which one version's document is replaced by a "published" one (ours with other
 * paths, base path and operationIds), pointed at by versions.json as a supplier would do it, and
 * CONFORMANCE_SPECS_DIR set to the copy. `restore()` puts the variable back and removes the copy.
 */
export function publishedCopy(p: Publisering): { dir: string; restore(): void } {
  const saved = process.env.CONFORMANCE_SPECS_DIR;
  const ours = basename(apiVersion(p.api, p.version).spec);
  const dir = mkdtempSync(join(tmpdir(), `published-${p.api}-`));
  cpSync(specsDir(), dir, { recursive: true });
  const doc = parseYaml(readFileSync(join(dir, ours), 'utf8'));
  const paths: Record<string, unknown> = {};
  for (const [path, item] of Object.entries<Record<string, any>>(doc.paths)) {
    for (const op of Object.values<any>(item)) if (op?.operationId) op.operationId = p.operationIds[op.operationId] ?? op.operationId;
    paths[p.sti ? p.sti(path) : path] = item;
  }
  doc.paths = paths;
  if (p.basePath) doc.servers = [{ url: p.basePath }];
  const file = `publisert-${p.api}-${p.version}.json`;
  writeFileSync(join(dir, file), JSON.stringify(doc));
  const manifest = JSON.parse(readFileSync(join(dir, 'versions.json'), 'utf8'));
  Object.assign(manifest[p.api].versions[p.version], { spec: file, publisert: true, operationIds: p.operationIds });
  writeFileSync(join(dir, 'versions.json'), JSON.stringify(manifest));
  process.env.CONFORMANCE_SPECS_DIR = dir;
  return {
    dir,
    restore() {
      if (saved === undefined) delete process.env.CONFORMANCE_SPECS_DIR;
      else process.env.CONFORMANCE_SPECS_DIR = saved;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Runs `check` with the copy's versions.json mapping `operationIds` differently (in a second copy), then goes back. */
export function withOperationIds(dir: string, api: ApiName, version: string, operationIds: Record<string, string>, check: () => void): void {
  const manifest = JSON.parse(readFileSync(join(dir, 'versions.json'), 'utf8'));
  manifest[api].versions[version].operationIds = operationIds;
  const other = mkdtempSync(join(tmpdir(), `published-${api}-bad-`));
  try {
    cpSync(dir, other, { recursive: true });
    writeFileSync(join(other, 'versions.json'), JSON.stringify(manifest));
    process.env.CONFORMANCE_SPECS_DIR = other;
    check();
  } finally {
    process.env.CONFORMANCE_SPECS_DIR = dir;
    rmSync(other, { recursive: true, force: true });
  }
}

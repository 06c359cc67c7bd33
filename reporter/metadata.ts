import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { runFilters, shardOf, testArguments } from './filters.ts';
import type { Kjoeringsfilter } from './types.ts';

/**
 * What ties a run to one state of the suite, for a config's `metadata` (the reporter reads it from
 * there, so a merge job reports what the shards ran): the project's name and version, its git commit and
 * whether the working tree had uncommitted changes, Node's and Playwright's versions, the command line's
 * filters, and which shard this is. A supplier's own config adds it with
 * `metadata: { ...kjoeringsmetadata() }`.
 */
export interface KjoeringsmetadataOptions {
  /** The project's folder (package.json, git). Default: the current directory. */
  rootDir?: string;
  argv?: readonly string[];
  /** Settings that narrowed the run, e.g. `CONFORMANCE_UTLEGGSBEGJAERING_VERSION=v1` against the sandbox. */
  ekstraFiltre?: Kjoeringsfilter[];
}

function git(rootDir: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: rootDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5_000 }).trim();
  } catch {
    return undefined;
  }
}

function packageJson(file: string): { name?: string; version?: string } {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return {};
  }
}

function playwrightVersion(rootDir: string): string | null {
  try {
    const require = createRequire(join(rootDir, 'package.json'));
    return packageJson(require.resolve('@playwright/test/package.json')).version ?? null;
  } catch {
    return null;
  }
}

export function kjoeringsmetadata(options: KjoeringsmetadataOptions = {}): Record<string, unknown> {
  const rootDir = options.rootDir ?? process.cwd();
  const pkg = packageJson(join(rootDir, 'package.json'));
  const commit = git(rootDir, ['rev-parse', 'HEAD']);
  const status = commit === undefined ? undefined : git(rootDir, ['status', '--porcelain']);
  const args = testArguments(options.argv ?? process.argv);
  const shard = args ? shardOf(args) : undefined;
  return {
    prosjekt: { navn: pkg.name ?? null, versjon: pkg.version ?? null, commit: commit ?? null, endret: status === undefined ? null : status !== '' },
    node: process.version,
    playwright: playwrightVersion(rootDir),
    filtre: [...(args ? runFilters(args) : []), ...(options.ekstraFiltre ?? [])],
    // One key per shard, so merge-reports (which merges the shards' metadata key by key) keeps them all.
    ...(shard ? { [`kjoeringsdel-${shard.current}-av-${shard.total}`]: true } : {}),
  };
}

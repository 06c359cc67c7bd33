import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { FullConfig } from '@playwright/test/reporter';
import type { Bevisfil } from './types.ts';

export function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => filesUnder(join(path, e.name)));
}

/** Every file under `paths` (files or folders) with its sha256, named relative to `dir` with forward slashes. */
export function hashFiles(dir: string, paths: string[]): Bevisfil[] {
  const seen = new Set<string>();
  const out: Bevisfil[] = [];
  for (const file of paths.flatMap(filesUnder)) {
    if (seen.has(file)) continue;
    seen.add(file);
    const data = readFileSync(file);
    out.push({ fil: relative(dir, file).split(sep).join('/'), sha256: sha256(data), bytes: data.length });
  }
  return out;
}

type Description = [string, Record<string, unknown> | undefined];

/**
 * Where the run's other reporters wrote what the summary summarises: the HTML report's folder and the
 * JUnit file, from their options in the config, else the variables Playwright reads (a merge job names
 * them so), else next to the summary.
 */
export function evidencePaths(config: FullConfig | undefined, baseDir: string, summaryDir: string): string[] {
  const reporters = ((config as { reporter?: Description[] } | undefined)?.reporter ?? []) as Description[];
  const option = (name: string, key: string) => {
    const value = reporters.find(([n]) => n === name)?.[1]?.[key];
    return typeof value === 'string' && value ? resolve(baseDir, value) : undefined;
  };
  const html = option('html', 'outputFolder') ?? (process.env.PLAYWRIGHT_HTML_OUTPUT_DIR ? resolve(baseDir, process.env.PLAYWRIGHT_HTML_OUTPUT_DIR) : join(summaryDir, 'html'));
  const junit = option('junit', 'outputFile') ?? (process.env.PLAYWRIGHT_JUNIT_OUTPUT_FILE ? resolve(baseDir, process.env.PLAYWRIGHT_JUNIT_OUTPUT_FILE) : join(summaryDir, 'junit.xml'));
  return [junit, html];
}

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Sertifiseringsrapport } from '../../reporter/types.ts';

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

/**
 * What differs between the files summary.json vouches for and the files on disk: a changed, missing or
 * added file, one line each. Empty when nothing was changed after the run.
 */
export function checkEvidence(dir: string, r: Pick<Sertifiseringsrapport, 'bevis'>): string[] {
  const problems: string[] = [];
  const listed = new Set(r.bevis.map((b) => b.fil));
  for (const b of r.bevis) {
    const file = join(dir, b.fil);
    if (!existsSync(file)) {
      problems.push(`${b.fil}: listed in summary.json, but missing`);
      continue;
    }
    const data = readFileSync(file);
    const sha = createHash('sha256').update(data).digest('hex');
    if (sha !== b.sha256) problems.push(`${b.fil}: sha256 ${sha.slice(0, 12)}…, summary.json says ${b.sha256.slice(0, 12)}… (changed after the run)`);
  }
  // A file added to the HTML report after the run is as suspect as a changed one.
  for (const file of files(join(dir, 'html'))) {
    const name = relative(dir, file).split(sep).join('/');
    if (!listed.has(name) && statSync(file).isFile()) problems.push(`${name}: in the HTML report, but not listed in summary.json (added after the run)`);
  }
  return problems;
}

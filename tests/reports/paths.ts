import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The conformance run's output folder; CONFORMANCE_REPORTS_DIR points the checks elsewhere (e.g. a merge job's download). */
export const reportsDir = process.env.CONFORMANCE_REPORTS_DIR ?? join(process.cwd(), 'reports');
export const summaryJson = join(reportsDir, 'summary.json');
export const summaryHtml = join(reportsDir, 'summary.html');

/** A clear message instead of ENOENT when the checks run before any conformance run. */
export function requireReport(file: string): void {
  if (!existsSync(file)) throw new Error(`${file} does not exist: run the conformance suite first (npm run conformance)`);
}

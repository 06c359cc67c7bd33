import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What Playwright's JSON reporter writes, as far as a fault run reads it. */
export interface JsonReport { stats: { expected: number; unexpected: number; skipped: number }; suites: any[] }

export function failedTitles(report: JsonReport): string[] {
  const out: string[] = [];
  const walk = (suite: any) => {
    for (const spec of suite.specs ?? []) for (const t of spec.tests ?? []) if (t.status === 'unexpected') out.push(spec.title);
    for (const child of suite.suites ?? []) walk(child);
  };
  report.suites.forEach(walk);
  return out;
}

/** Runs a selection of the suite as a child Playwright run against baseUrl (a proxy in front of the sandbox). */
export function runSuite(baseUrl: string, args: string[], outDir: string, workers = 2): Promise<{ code: number; report: JsonReport }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['playwright', 'test', ...args, '--reporter=json', `--output=${join(outDir, 'results')}`, `--workers=${workers}`], {
      env: { ...process.env, CONFORMANCE_BASE_URL: baseUrl, CONFORMANCE_IS_SANDBOX: '1', PLAYWRIGHT_JSON_OUTPUT_NAME: join(outDir, 'report.json'), CI: '' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        resolve({ code: code ?? -1, report: JSON.parse(readFileSync(join(outDir, 'report.json'), 'utf8')) });
      } catch {
        reject(new Error(`child run wrote no report (exit ${code}): ${stderr.slice(0, 2000)}`));
      }
    });
  });
}


import { test, expect } from '@playwright/test';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';

// `npm run report` as a user runs it; results in a folder of the test's own, so reports/ is left alone.
const root = fileURLToPath(new URL('../..', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';

function report(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('npm', ['run', '-s', 'report', '--', ...args], { cwd: root }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }));
  });
}

/** Two results in Allure's format, as allure-playwright writes them. */
function results(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const t = Date.now();
  for (const [i, [name, status]] of [['GET /api/trekkpaalegg/v1 answers 200', 'passed'], ['POST /vedlegg without filnavn answers 400', 'failed']].entries()) {
    const uuid = `0000000${i}-0000-4000-8000-00000000000${i}`;
    writeFileSync(join(dir, `${uuid}-result.json`), JSON.stringify({
      uuid, historyId: `h${i}`, testCaseId: `c${i}`, name, fullName: `x.spec.ts#${name}`, status, stage: 'finished',
      start: t, stop: t + 5, labels: [{ name: 'suite', value: 'x' }], steps: [], attachments: [], parameters: [], links: [],
    }));
  }
}

let dir: string;
test.beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'report-'));
});

test('no results: one line naming the folder and what to run first, exit 2 (it printed nothing)', async () => {
  const run = await report('--results', join(dir, 'allure-results'));
  expect(run).toEqual({ code: 2, stdout: '', stderr: `report: no Allure results in ${join(dir, 'allure-results')}; run the suite first (npm run conformance)\n` });
});

test('the report is one file that opens from disk, and the output says where it is and how to open it', async () => {
  const out = join(dir, 'allure-report');
  results(join(dir, 'allure-results'));
  const run = await report('--results', join(dir, 'allure-results'), '--output', out);
  expect(run.code).toBe(0);
  const page = join(out, 'index.html');
  expect(run.stdout).toBe([
    `Allure report of 2 test results: ${page}`,
    `  one file, opens from disk: ${pathToFileURL(page).href}`,
    `  or serve it:               npx allure open ${out}`,
    '',
  ].join('\n'));
  // Single-file mode: no scripts or data beside the page for a file:// page to fail to load.
  expect(readdirSync(out).filter((f) => f.endsWith('.js') || f === 'data')).toEqual([]);

  test.skip(!existsSync(CHROMIUM), `${CHROMIUM} not installed: the page is not opened`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const tab = await browser.newPage();
    const fetched: string[] = [];
    tab.on('request', (req) => {
      if (req.url() !== pathToFileURL(page).href && !req.url().startsWith('data:') && !req.url().startsWith('blob:')) fetched.push(req.url());
    });
    await tab.goto(pathToFileURL(page).href);
    await expect(tab.getByText('innkreving-conformance').first()).toBeVisible();
    await expect(tab.getByText('Passed').first()).toBeVisible();
    expect(fetched).toEqual([]);
  } finally {
    await browser.close();
  }
});

test('a folder that holds something other than a report is not emptied', async () => {
  results(join(dir, 'allure-results'));
  writeFileSync(join(dir, 'notes.txt'), 'mine');
  const run = await report('--results', join(dir, 'allure-results'), '--output', dir);
  expect(run).toMatchObject({ code: 2, stdout: '' });
  expect(run.stderr).toContain('holds files but no Allure report; choose another --output');
  expect(existsSync(join(dir, 'notes.txt'))).toBe(true);
});

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, expect, test } from '@playwright/test';
import type { Sertifiseringsrapport } from '../../reporter/types.ts';
import { requireReport, summaryHtml, summaryJson } from './paths.ts';

// Debian's chromium (apt-get install chromium); Playwright's own browser download is not used.
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const title = `summary.html shows the totals, a coverage matrix per API and version and a rule table per catalog version in a real browser${hasChromium ? '' : ` (skipped: ${CHROMIUM} not installed)`}`;

test(title, async () => {
  test.skip(!hasChromium, `${CHROMIUM} not installed`);
  requireReport(summaryHtml);
  const r = JSON.parse(readFileSync(summaryJson, 'utf8')) as Sertifiseringsrapport;

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // The page must be self-contained: anything fetched besides the file itself is a failure.
    const fetched: string[] = [];
    page.on('request', (req) => {
      if (req.url() !== pathToFileURL(summaryHtml).href) fetched.push(req.url());
    });
    await page.goto(pathToFileURL(summaryHtml).href);

    const totals = page.locator('#totalt');
    await expect(totals).toBeVisible();
    await expect(totals.getByText('Tester', { exact: true })).toBeVisible();
    await expect(totals.locator('.total').first().locator('b')).toHaveText(String(r.totalt.tester));
    await expect(totals.locator('.total.feilet b')).toHaveText(String(r.totalt.feilet));

    const matrix = page.locator('#dekningsmatrise table.matrix');
    await expect(matrix).toHaveCount(r.dekning.length);
    for (const [i, api] of r.dekning.entries()) {
      await expect(matrix.nth(i)).toBeVisible();
      await expect(matrix.nth(i).locator('tbody tr')).toHaveCount(api.operasjoner.length);
      for (const op of api.operasjoner) await expect(matrix.nth(i).getByText(op.operationId, { exact: true })).toBeVisible();
    }
    // One rule table per Utleggsbegjæring version the run covered, and the catalog changes only with two or more.
    await expect(page.locator('#regler table.regler')).toHaveCount(r.regelkataloger.length);
    for (const k of r.regelkataloger) {
      await expect(page.locator(`[id="regler-${k.versjon}"]`)).toBeVisible();
      await expect(page.locator(`#regler table.regler[data-versjon="${k.versjon}"] tbody tr`)).toHaveCount(k.regler.length);
    }
    await expect(page.locator('#katalogendringer')).toHaveCount(r.katalogendringer.length ? 1 : 0);
    // How the run ended comes first, then what it was not.
    await expect(page.locator('#status')).toHaveText(r.status.tekst);
    const statusTop = (await page.locator('#status').boundingBox())!.y;
    expect(statusTop).toBeLessThan((await page.locator('#totalt').boundingBox())!.y);
    if (r.miljoeMerknad) await expect(page.locator('#miljoe-merknad')).toBeVisible();
    if (r.delvis) await expect(page.locator('#delvis')).toBeVisible();
    await expect(page.locator('#sjekkliste tr[data-punkt]')).toHaveCount(r.sjekkliste.length);

    // Chromium cannot capture arbitrarily tall pages; a long failure list is cut at 15,000 px.
    const height = Math.min(15_000, await page.evaluate(() => document.documentElement.scrollHeight));
    const shot = await page.screenshot({ fullPage: true, clip: { x: 0, y: 0, width: 1280, height } });
    await test.info().attach('summary.png', { body: shot, contentType: 'image/png' });
    // `UPDATE_DOCS_SCREENSHOT=1` refreshes the README's picture (down to the end of the matrix) from this run.
    if (process.env.UPDATE_DOCS_SCREENSHOT) {
      mkdirSync(join(process.cwd(), 'docs'), { recursive: true });
      const box = await page.locator('#dekningsmatrise').boundingBox();
      const bottom = Math.min(3000, Math.ceil((box?.y ?? 1400) + (box?.height ?? 0) + 16));
      writeFileSync(join(process.cwd(), 'docs', 'summary.png'), await page.screenshot({ clip: { x: 0, y: 0, width: 1280, height: bottom }, fullPage: true }));
    }
    expect(fetched, 'summary.html loads nothing besides itself').toEqual([]);
  } finally {
    await browser.close();
  }
});

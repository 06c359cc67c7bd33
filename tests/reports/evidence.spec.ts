import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Sertifiseringsrapport } from '../../reporter/types.ts';
import { checkEvidence } from './evidence.ts';
import { reportsDir, requireReport, summaryJson } from './paths.ts';

function summary(): Sertifiseringsrapport {
  requireReport(summaryJson);
  return JSON.parse(readFileSync(summaryJson, 'utf8')) as Sertifiseringsrapport;
}

test.describe('summary.json vouches for the evidence files', () => {
  test('lists JUnit, the HTML report and summary.md and summary.html, each with its sha256 as on disk, and nothing was added since', () => {
    const r = summary();
    const listed = r.bevis.map((b) => b.fil);
    for (const f of ['junit.xml', 'html/index.html', 'summary.md', 'summary.html']) expect(listed, f).toContain(f);
    expect(checkEvidence(reportsDir, r)).toEqual([]);
  });

  test('the check catches a changed, a removed and an added file (positive control)', () => {
    const r = summary();
    const dir = mkdtempSync(join(tmpdir(), 'evidence-control-'));
    try {
      for (const b of r.bevis) cpSync(join(reportsDir, b.fil), join(dir, b.fil), { recursive: true });
      expect(checkEvidence(dir, r)).toEqual([]);
      appendFileSync(join(dir, 'junit.xml'), '<!-- edited -->');
      rmSync(join(dir, 'summary.md'));
      writeFileSync(join(dir, 'html', 'extra.html'), '<p>added later</p>');
      const problems = checkEvidence(dir, r);
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^junit\.xml: sha256 .* \(changed after the run\)$/),
          'summary.md: listed in summary.json, but missing',
          'html/extra.html: in the HTML report, but not listed in summary.json (added after the run)',
        ]),
      );
      expect(problems).toHaveLength(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { loadDasKoder, loadKravOgBetalingerKoder, loadRegelkatalog } from '../../src/spec/catalog.ts';
import { loadSpec } from '../../src/spec/document.ts';
import { API_NAMES, type ApiName } from '../../src/spec/versions.ts';
import type { Sertifiseringsrapport } from '../reporters/types.ts';
import { reportsDir, requireReport, summaryJson } from './paths.ts';

const RESULTATER = ['bestaatt', 'feilet', 'ikkeTestbar', 'ikkeNaadd'];

function summary(): Sertifiseringsrapport {
  requireReport(summaryJson);
  return JSON.parse(readFileSync(summaryJson, 'utf8')) as Sertifiseringsrapport;
}

function versionOf(r: Sertifiseringsrapport, api: ApiName): string | undefined {
  return r.spesifikasjoner.find((s) => s.api === api)?.versjon;
}

test.describe('reports/summary.json is complete', () => {
  test('is the whole run (not one shard) and names environment, specs and times', () => {
    const r = summary();
    expect(r.format).toBe('innkreving-conformance/sertifiseringsrapport');
    expect(r.delkjoering, 'a shard summary: merge the blob reports first').toBeNull();
    expect(r.miljoe.baseUrl).toMatch(/^https?:\/\//);
    expect(r.sandkasseMerknad === null).toBe(!r.miljoe.erSandkasse);
    expect(r.spesifikasjoner.map((s) => s.api).sort()).toEqual([...API_NAMES].sort());
    for (const s of r.spesifikasjoner) expect(s.sha256, s.api).toMatch(/^[0-9a-f]{64}$/);
    expect(Date.parse(r.tid.slutt)).toBeGreaterThanOrEqual(Date.parse(r.tid.start));
    for (const f of ['summary.md', 'summary.html']) expect(existsSync(join(reportsDir, f)), f).toBe(true);
  });

  test('counts every test once in the totals', () => {
    const r = summary();
    const { tester, ...deler } = r.totalt;
    expect(tester).toBeGreaterThan(0);
    expect(Object.values(deler).reduce((a, b) => a + b, 0)).toBe(tester);
    expect(r.tester).toHaveLength(tester);
    expect(r.feil).toHaveLength(r.totalt.feilet);
  });

  test('gives every catalog rule code and every error code a result', () => {
    const r = summary();
    expect(r.regler.map((k) => k.kode)).toEqual(loadRegelkatalog(versionOf(r, 'utleggsbegjaering')).regler.map((k) => k.kode));
    expect(r.feilkoder.map((k) => k.kode)).toEqual([...loadKravOgBetalingerKoder(), ...loadDasKoder()].map((k) => k.kode));
    for (const k of [...r.regler, ...r.feilkoder]) {
      expect(RESULTATER, k.kode).toContain(k.resultat);
      if (k.resultat === 'ikkeTestbar' || k.resultat === 'ikkeNaadd') expect(k.grunner.length, `${k.kode} says why`).toBeGreaterThan(0);
    }
  });

  test('has every documented operation and status in the coverage matrix', () => {
    const r = summary();
    for (const api of API_NAMES) {
      const spec = loadSpec(api, versionOf(r, api));
      const matrix = r.dekning.find((d) => d.api === api);
      expect(matrix, api).toBeDefined();
      for (const op of spec.operations.values()) {
        const row = matrix!.operasjoner.find((o) => o.operationId === op.operationId);
        expect(row, op.operationId).toBeDefined();
        expect(row!.statuser.map((s) => s.status).sort(), op.operationId).toEqual(Object.keys(op.responses).sort());
      }
      expect(matrix!.operasjoner).toHaveLength(spec.operations.size);
    }
  });
});

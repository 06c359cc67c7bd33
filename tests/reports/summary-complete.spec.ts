import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { loadDasKoder, loadKravOgBetalingerKoder, loadRegelkatalog } from '../../src/spec/catalog.ts';
import { documentedStatuses, loadSpec } from '../../src/spec/document.ts';
import { API_NAMES, listVersions, type ApiName } from '../../src/spec/versions.ts';
import type { Sertifiseringsrapport } from '../../reporter/types.ts';
import { reportsDir, requireReport, summaryJson } from './paths.ts';

const RESULTATER = ['bestaatt', 'feilet', 'ikkeTestbar', 'ikkeNaadd'];

function summary(): Sertifiseringsrapport {
  requireReport(summaryJson);
  return JSON.parse(readFileSync(summaryJson, 'utf8')) as Sertifiseringsrapport;
}

/** The (api, version) pairs the run covered, as its metadata lists them. */
function covered(r: Sertifiseringsrapport): { api: ApiName; versjon: string }[] {
  return r.spesifikasjoner.map((s) => ({ api: s.api as ApiName, versjon: s.versjon }));
}

function utleggsbegjaeringVersions(r: Sertifiseringsrapport): string[] {
  return covered(r).filter((c) => c.api === 'utleggsbegjaering').map((c) => c.versjon);
}

test.describe('reports/summary.json is complete', () => {
  test('is the whole run (not one shard) and names environment, specs and times', () => {
    const r = summary();
    expect(r.format).toBe('innkreving-conformance/sertifiseringsrapport');
    expect(r.formatVersjon).toBe(3);
    expect(r.delkjoering, 'a shard summary, or a merge of only some shards: merge every blob report').toBeNull();
    expect(r.delvis, 'a filtered or interrupted run is not a full certification').toBeNull();
    expect(r.miljoe.baseUrl).toMatch(/^https?:\/\//);
    // Only Skatteetaten's test environment with the supplier's own client reads as evidence; anything else says what it was.
    expect(r.miljoeMerknad === null).toBe(r.miljoe.erBevis);
    if (r.miljoe.sandkassensTestklient) expect(r.miljoe.leverandoerOrg, "the sandbox's client is no supplier").toBeNull();
    expect(r.status.tekst.length).toBeGreaterThan(0);
    expect(r.kjoering.prosjekt.versjon).toMatch(/^\d+\.\d+\.\d+/);
    expect(r.kjoering.froe).not.toBeNull();
    expect(r.kjoering.node).toMatch(/^v\d+/);
    expect(r.kjoering.playwright).toMatch(/^\d+\.\d+/);
    expect(r.kjoering.parter).not.toBeNull();
    expect([...new Set(r.spesifikasjoner.map((s) => s.api))].sort()).toEqual([...API_NAMES].sort());
    const pairs = r.spesifikasjoner.map((s) => `${s.api} ${s.versjon}`);
    expect(new Set(pairs).size, 'each (api, version) once').toBe(pairs.length);
    for (const s of r.spesifikasjoner) {
      expect(listVersions(s.api as ApiName), `${s.api} ${s.versjon} is in specs/versions.json`).toContain(s.versjon);
      expect(s.sha256, `${s.api} ${s.versjon}`).toMatch(/^[0-9a-f]{64}$/);
    }
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

  test('gives every code of every covered Utleggsbegjæring catalog, and every error code, a result', () => {
    const r = summary();
    const versions = utleggsbegjaeringVersions(r);
    expect(versions.length).toBeGreaterThan(0);
    expect(r.regelkataloger.map((k) => k.versjon).sort()).toEqual([...versions].sort());
    for (const v of versions) {
      const katalog = r.regelkataloger.find((k) => k.versjon === v)!;
      expect(katalog.regler.map((k) => k.kode), `catalog ${v}`).toEqual(loadRegelkatalog(v).regler.map((k) => k.kode));
      expect(r.hull.regler.find((h) => h.versjon === v)?.koder, `gaps of ${v}`).toEqual(katalog.regler.filter((k) => k.resultat === 'ikkeNaadd').map((k) => k.kode));
    }
    expect(r.feilkoder.map((k) => k.kode)).toEqual([...loadKravOgBetalingerKoder(), ...loadDasKoder()].map((k) => k.kode));
    for (const k of [...r.regelkataloger.flatMap((c) => c.regler), ...r.feilkoder]) {
      expect(RESULTATER, k.kode).toContain(k.resultat);
      if ('betydning' in k) expect(k.betydning.length, `${k.kode} has a meaning`).toBeGreaterThan(0);
      if (k.resultat === 'ikkeTestbar' || k.resultat === 'ikkeNaadd') expect(k.grunner.length, `${k.kode} says why`).toBeGreaterThan(0);
    }
  });

  test('gives each checklist item the suite can speak to its line, with the tests behind it, and says whether the synthetic-data check ran', () => {
    const r = summary();
    expect(r.sjekkliste.map((p) => p.id)).toEqual(['token', 'flyt', 'respons', 'syntetisk']);
    const ids = new Set(r.tester.map((t) => t.id));
    for (const p of r.sjekkliste) {
      expect(['bestaatt', 'feilet', 'ikkeDekket', 'ikkeAktuelt'], p.id).toContain(p.resultat);
      for (const id of p.tester) expect(ids.has(id), `${p.id}: ${id}`).toBe(true);
      expect(p.merknad.length, p.id).toBeGreaterThan(0);
    }
    expect(r.syntetiskeData.kontrollert).toBe(r.miljoe.klasse !== 'embeddedSandbox');
  });

  test('compares consecutive catalogs when the run covers two or more Utleggsbegjæring versions, and only then', () => {
    const r = summary();
    const order = r.regelkataloger.map((k) => k.versjon);
    expect(r.katalogendringer.map((e) => [e.fra, e.til])).toEqual(order.slice(1).map((til, i) => [order[i], til]));
  });

  test('has every documented operation and status of every covered version in its coverage matrix', () => {
    const r = summary();
    expect(r.dekning.map((d) => `${d.api} ${d.versjon}`).sort()).toEqual(covered(r).map((c) => `${c.api} ${c.versjon}`).sort());
    for (const { api, versjon } of covered(r)) {
      const spec = loadSpec(api, versjon);
      const matrix = r.dekning.find((d) => d.api === api && d.versjon === versjon);
      expect(matrix, `${api} ${versjon}`).toBeDefined();
      for (const op of spec.operations.values()) {
        const row = matrix!.operasjoner.find((o) => o.operationId === op.operationId);
        expect(row, `${api} ${versjon} ${op.operationId}`).toBeDefined();
        expect(row!.statuser.map((s) => s.status).sort(), `${api} ${versjon} ${op.operationId}`).toEqual(documentedStatuses(spec, op));
      }
      expect(matrix!.operasjoner).toHaveLength(spec.operations.size);
      expect(r.hull.dekning.some((h) => h.api === api && h.versjon === versjon), `gaps of ${api} ${versjon}`).toBe(true);
    }
  });
});

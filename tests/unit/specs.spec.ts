import { test, expect } from '@playwright/test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContractValidator, formatViolations } from '../../src/contract/index.ts';
import { loadKravOgBetalingerKoder, loadRegelkatalog, loadDasKoder } from '../../src/spec/catalog.ts';
import { loadSpec } from '../../src/spec/document.ts';
import { readDataFile, specsDir } from '../../src/spec/files.ts';
import { API_NAMES, apiVersion, listVersions, type ApiName } from '../../src/spec/versions.ts';

interface ExampleEntry { file: string; api: ApiName; version: string; operationId: string; kind: 'request' | 'response'; status?: number }
const examples = readDataFile(join(specsDir(), 'examples/index.json')) as ExampleEntry[];

test.describe('OpenAPI documents', () => {
  for (const api of API_NAMES) {
    for (const version of listVersions(api)) {
      test(`${api} ${version} is a valid OpenAPI 3.0 document`, async () => {
        const result = await new Validator().validate(readDataFile(apiVersion(api, version).spec) as Parameters<Validator['validate']>[0]);
        expect(result.errors ?? [], JSON.stringify(result.errors, null, 2)).toEqual([]);
        expect(result.valid).toBe(true);
      });

      test(`${api} ${version} documents 401 and 403 and a schema for every error`, () => {
        for (const op of loadSpec(api, version).operations.values()) {
          expect(Object.keys(op.responses), op.operationId).toEqual(expect.arrayContaining(['401', '403']));
          for (const [status, resp] of Object.entries(op.responses)) {
            if (Number(status) >= 400) {
              const schemas = Object.values(resp.content).map((c) => c.schema);
              expect(schemas.length, `${op.operationId} ${status}`).toBeGreaterThan(0);
              expect(schemas.every(Boolean), `${op.operationId} ${status}`).toBe(true);
            }
          }
        }
      });

      test(`${api} ${version}: every schema and response compiles`, () => {
        const v = ContractValidator.forApi(api, version);
        for (const op of v.spec.operations.values()) {
          for (const status of Object.keys(op.responses)) {
            for (const type of Object.keys(op.responses[status].content)) {
              expect(() => v.validateResponse(op.operationId, { status: Number(status), contentType: type, body: {} })).not.toThrow();
            }
          }
        }
      });
    }
  }

  test('the operationIds are exactly the agreed ones', () => {
    const ids = Object.fromEntries(API_NAMES.map((api) => [api, [...loadSpec(api).operations.keys()].sort()]));
    expect(ids).toEqual({
      utleggsbegjaering: ['endreUtleggsbegjaering', 'hentUtleggsbegjaering', 'hentVedlegg', 'lastOppVedlegg', 'sendInnUtleggsbegjaering', 'validerUtleggsbegjaering'],
      trekkpaalegg: ['hentTrekkpaalegg', 'hentTrekkpaaleggVersjon'],
      kravogbetalinger: [
        'hentAapneKrav', 'hentAapneKravForPerson', 'hentInnbetalinger', 'hentInnbetalingerForPerson',
        'hentKrav', 'hentKravForPerson', 'hentUtbetalinger', 'hentUtbetalingerForPerson',
      ],
      statuspaasak: ['hentStatusPaaSak'],
      betjeningskartet: ['hentRegelverk', 'slaaOppRegelverk'],
      innsyntrekk: ['hentInnsynITrekk'],
    });
  });
});

test.describe('official examples validate against the contracts', () => {
  for (const ex of examples) {
    test(`${ex.file} is a valid ${ex.kind} of ${ex.operationId}${ex.status ? ` ${ex.status}` : ''}`, () => {
      const body = readDataFile(join(specsDir(), 'examples', ex.file));
      const v = ContractValidator.forApi(ex.api, ex.version);
      const result = ex.kind === 'request'
        ? v.validateRequest(ex.operationId, body)
        : v.validateResponse(ex.operationId, { status: ex.status!, contentType: 'application/json', body });
      expect(result.valid, formatViolations(result.violations)).toBe(true);
    });
  }

  test('the index covers the seed examples the issue names', () => {
    const covered = examples.map((e) => `${e.operationId}:${e.kind}`);
    expect(covered).toEqual(expect.arrayContaining(['sendInnUtleggsbegjaering:request', 'hentAapneKrav:response', 'hentKrav:response']));
    expect(examples.filter((e) => e.operationId === 'sendInnUtleggsbegjaering').length).toBeGreaterThanOrEqual(2);
  });
});

test.describe('catalogs', () => {
  test('Utleggsbegjæring v1 has the 49 rules of the seed table, 5 of them for changes only', () => {
    const katalog = loadRegelkatalog('v1');
    expect(katalog.regler).toHaveLength(49);
    expect(katalog.regler.filter((r) => r.gjelderKunEndringer).map((r) => r.kode).sort()).toEqual(
      ['UAVKLART_STATUS', 'UGYLDIG_STATUS', 'ULOVLIG_ENDRING_BEGJAERINGSDATO', 'ULOVLIG_ENDRING_INNSENDER', 'ULOVLIG_ENDRING_UNDERSKRIFT'],
    );
    for (const r of katalog.regler) expect(r.kode).toMatch(/^[A-ZÆØÅ0-9_]+$/);
  });

  test('Krav og betalinger has KB-001..KB-009, each with its HTTP status', () => {
    const koder = loadKravOgBetalingerKoder();
    expect(koder.map((k) => k.kode)).toEqual(Array.from({ length: 9 }, (_, i) => `KB-00${i + 1}`));
    expect(Object.fromEntries(koder.map((k) => [k.kode, k.status]))).toMatchObject({ 'KB-003': 404, 'KB-004': 401, 'KB-005': 403, 'KB-006': 400, 'KB-007': 404, 'KB-008': 406, 'KB-009': 404 });
  });

  test('DAS codes are present, DAS-002 is 404', () => {
    const das = loadDasKoder();
    expect(das.find((k) => k.kode === 'DAS-002')?.status).toBe(404);
  });
});

test.describe('bad spec input names the file and the JSON path', () => {
  let dir: string;
  test.beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'specs-'));
    cpSync(specsDir(), dir, { recursive: true });
    process.env.CONFORMANCE_SPECS_DIR = dir;
  });
  test.afterEach(() => {
    delete process.env.CONFORMANCE_SPECS_DIR;
    rmSync(dir, { recursive: true, force: true });
  });

  test('broken YAML', () => {
    writeFileSync(join(dir, 'trekkpaalegg.yaml'), 'openapi: 3.0.3\npaths: [\n');
    expect(() => loadSpec('trekkpaalegg')).toThrow(/trekkpaalegg\.yaml: is not valid YAML/);
  });

  test('an operation without operationId', () => {
    const text = readFileSync(join(dir, 'kravogbetalinger.yaml'), 'utf8').replace('operationId: hentKrav', 'summary2: x');
    writeFileSync(join(dir, 'kravogbetalinger.yaml'), text);
    expect(() => loadSpec('kravogbetalinger')).toThrow(/kravogbetalinger\.yaml at \/paths\/.*\/get\/operationId: is missing/);
  });

  test('a catalog rule without a code', () => {
    const file = join(dir, 'catalogs/utleggsbegjaering-v1.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    delete data.regler[3].kode;
    writeFileSync(file, JSON.stringify(data));
    expect(() => loadRegelkatalog('v1')).toThrow(/utleggsbegjaering-v1\.json at \/regler\/3\/kode: must be a non-empty string/);
  });

  test('an unknown version', () => {
    expect(() => apiVersion('utleggsbegjaering', 'v9')).toThrow(/versions\.json at \/utleggsbegjaering\/versions: has no version "v9"/);
  });

  test('a schema keyword typo is reported with file and location', () => {
    const text = readFileSync(join(dir, 'utleggsbegjaering.yaml'), 'utf8').replace('minItems: 1\n          items: { $ref: \'#/components/schemas/SaksoekerRolle\' }', 'minItemz: 1\n          items: { $ref: \'#/components/schemas/SaksoekerRolle\' }');
    writeFileSync(join(dir, 'utleggsbegjaering.yaml'), text);
    expect(() => ContractValidator.forApi('utleggsbegjaering', 'v1').validateRequest('sendInnUtleggsbegjaering', {})).toThrow(/utleggsbegjaering\.yaml at POST \/utleggsbegjaering requestBody: schema does not compile: .*minItemz/);
  });
});

test.describe('contract validator', () => {
  test('amounts with two decimals pass multipleOf 0.01 exactly (also above 111,848.18, where float division fails), three decimals do not', () => {
    const v = ContractValidator.forApi('kravogbetalinger');
    const base = readDataFile(join(specsDir(), 'examples/kravogbetalinger/v1/krav.200.json')) as any;
    for (const ok of [0.07, 14101.38, 0.29, 1.1, 100, 121673.43, 99999999.99]) {
      base.krav[0].opprinneligBeloep = ok;
      expect(v.validateResponse('hentKrav', { status: 200, contentType: 'application/json', body: base }).valid, String(ok)).toBe(true);
    }
    base.krav[0].opprinneligBeloep = 10.005;
    const bad = v.validateResponse('hentKrav', { status: 200, contentType: 'application/json', body: base });
    expect(bad.violations.map((x) => x.path)).toContain('/krav/0/opprinneligBeloep');
  });

  test('violations name the JSON path, the received and the documented value', () => {
    const v = ContractValidator.forApi('utleggsbegjaering', 'v1');
    const body = readDataFile(join(specsDir(), 'examples/utleggsbegjaering/v1/enkel.json')) as any;
    body.begjaeringsdato = '2025-02-30';
    const result = v.validateRequest('sendInnUtleggsbegjaering', body);
    expect(result.violations).toEqual([expect.objectContaining({ path: '/begjaeringsdato', received: '2025-02-30' })]);
  });

  test('an undocumented status and an undocumented content type are violations', () => {
    const v = ContractValidator.forApi('trekkpaalegg');
    expect(v.validateResponse('hentTrekkpaalegg', { status: 418, contentType: 'application/json', body: [] }).violations[0].kind).toBe('status');
    expect(v.validateResponse('hentTrekkpaalegg', { status: 200, contentType: 'text/html', body: '<p>' }).violations[0].kind).toBe('content-type');
  });
});

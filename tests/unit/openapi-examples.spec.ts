import { test, expect } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { ContractValidator, formatViolations } from '../../src/contract/index.ts';
import type { JsonObject } from '../../src/spec/document.ts';
import { readDataFile, specPath, specsDir } from '../../src/spec/files.ts';
import { apiVersion } from '../../src/spec/versions.ts';
import { dokumenter, eksemplerAv, erBinaer, feilkoderFor, operasjoner, parameterEksempler, seg, Skjemasjekk, type Dokument, type Eksempel } from './openapi-support.ts';

// What Prism, Schemathesis and Postman need from a document to send and expect something real: an example
// on every parameter, request body and response body, valid against its own schema, and the official
// examples of specs/examples carried inline as exact copies (tools read inline `value`s, not files).

interface IndexEntry { file: string; api: string; version: string; operationId: string; kind: 'request' | 'response'; status?: number; gyldig?: boolean }

const index = readDataFile(join(specsDir(), 'examples', 'index.json')) as IndexEntry[];

/** Every offender on its own line, so a failure lists them by file and JSON pointer. */
function expectNone(offenders: string[]): void {
  expect(offenders.length, `${offenders.length} offender(s):\n${offenders.join('\n')}\n`).toBe(0);
}

/** Examples must be inline values: Prism and Schemathesis do not fetch externalValue. */
function inline(where: string, examples: Eksempel[]): string[] {
  return examples.filter((e) => e.value === undefined).map((e) => `${where}/examples/${seg(e.navn)}: no inline value${e.externalValue ? ' (externalValue is not read by the tools)' : ''}`);
}

for (const d of dokumenter()) {
  const file = d.spec.file;
  const validator = () => ContractValidator.forApi(d.api, d.version);
  let skjema: Skjemasjekk | undefined;
  const schemaer = () => (skjema ??= new Skjemasjekk(d));

  test.describe(`${file} (${d.api} ${d.version}) examples`, () => {
    test('every parameter has an example valid against its schema', () => {
      const sjekk = new Skjemasjekk(d);
      const offenders: string[] = [];
      for (const op of operasjoner(d)) {
        for (const p of op.parametre) {
          const where = `${file}${op.peker} parameter ${p.in} "${p.name}"`;
          const examples = parameterEksempler(d, p);
          if (examples.length === 0) offenders.push(`${where}: no example`);
          offenders.push(...inline(where, examples));
          for (const e of examples) {
            if (e.value === undefined || !p.schema) continue;
            for (const v of sjekk.sjekk(p.schema, e.value)) offenders.push(`${where} example ${e.navn}: ${v}`);
          }
        }
      }
      expectNone(offenders);
    });

    test('every request body has examples valid against its schema (files excepted)', () => {
      const offenders: string[] = [];
      for (const op of operasjoner(d)) {
        for (const [type, media] of Object.entries<JsonObject>(op.requestBody?.content ?? {})) {
          const where = `${file}${op.peker}/requestBody/content/${seg(type)}`;
          if (erBinaer(d, media)) continue; // a file has no meaningful inline example; tools send bytes
          const examples = eksemplerAv(d, media);
          if (examples.length === 0) offenders.push(`${where}: no example`);
          offenders.push(...inline(where, examples));
          for (const e of examples) {
            if (e.value === undefined) continue;
            const result = validator().validateRequest(op.operationId, e.value, type);
            if (!result.valid) offenders.push(`${where}/examples/${seg(e.navn)}: ${formatViolations(result.violations)}`);
          }
        }
      }
      expectNone(offenders);
    });

    test('every response with a body has examples valid against its schema', () => {
      const offenders: string[] = [];
      for (const op of operasjoner(d)) {
        for (const [status, response] of Object.entries(op.responses)) {
          for (const [type, media] of Object.entries<JsonObject>(response.content ?? {})) {
            const where = `${file}${op.peker}/responses/${status}/content/${seg(type)}`;
            if (erBinaer(d, media)) continue;
            const examples = eksemplerAv(d, media);
            if (examples.length === 0) offenders.push(`${where}: no example`);
            offenders.push(...inline(where, examples));
            for (const e of examples) {
              if (e.value === undefined) continue;
              if (/xml/.test(type) && typeof e.value === 'object' && e.value !== null && media.schema) {
                // An XML example given as data (what Redocly and Prism read; OpenAPI 3.2 calls it dataValue) must fit the schema the XML is rendered from.
                const brudd = schemaer().sjekk(media.schema, e.value);
                if (brudd.length) offenders.push(`${where}/examples/${seg(e.navn)}: ${brudd.join('; ')}`);
                continue;
              }
              if (!/json/.test(type)) {
                if (typeof e.value !== 'string') offenders.push(`${where}/examples/${seg(e.navn)}: a ${type} example must be the body as text, or (for XML) the data the schema describes`);
                continue;
              }
              const result = validator().validateResponse(op.operationId, { status: Number(status), contentType: type, body: e.value });
              if (!result.valid) offenders.push(`${where}/examples/${seg(e.navn)}: ${formatViolations(result.violations)}`);
            }
          }
        }
      }
      expectNone(offenders);
    });

    test('every inline copy of a specs/examples file (x-eksempelfil) equals the file', () => {
      const offenders: string[] = [];
      const walk = (node: unknown, pointer: string) => {
        if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${pointer}/${i}`));
        if (!node || typeof node !== 'object') return;
        const fil = (node as JsonObject)['x-eksempelfil'];
        if (typeof fil === 'string') {
          const source = join(specsDir(), 'examples', fil);
          if (!existsSync(source)) offenders.push(`${file}${pointer}: x-eksempelfil names ${fil}, which is not in specs/examples`);
          else if (!isDeepStrictEqual((node as JsonObject).value, readDataFile(source))) {
            offenders.push(`${file}${pointer}/value: differs from specs/examples/${fil}; run \`npm run -s examples:inline\``);
          }
        }
        for (const [k, v] of Object.entries(node)) walk(v, `${pointer}/${seg(k)}`);
      };
      walk(d.spec.doc, '#');
      expectNone(offenders);
    });

    test('every example specs/examples/index.json lists for this version is inlined in its operation', () => {
      const offenders: string[] = [];
      const ops = new Map(operasjoner(d).map((op) => [op.operationId, op]));
      for (const entry of index.filter((e) => e.api === d.api && e.version === d.version && e.gyldig !== false)) {
        const op = ops.get(entry.operationId);
        if (!op) {
          offenders.push(`specs/examples/index.json: ${entry.file} belongs to ${entry.operationId}, which ${file} does not have`);
          continue;
        }
        const media = entry.kind === 'request'
          ? op.requestBody?.content?.['application/json']
          : op.responses[String(entry.status)]?.content?.['application/json'];
        const where = entry.kind === 'request' ? `${op.peker}/requestBody` : `${op.peker}/responses/${entry.status}`;
        if (!eksemplerAv(d, media).some((e) => e.fil === entry.file)) {
          offenders.push(`${file}${where}/content/application~1json/examples: no example with x-eksempelfil ${entry.file}`);
        }
      }
      expectNone(offenders);
    });

    test('error examples use codes whose catalog status is the response status, and rule codes of the version\'s catalog', () => {
      const koder = feilkoderFor(d.api);
      const katalog = apiVersion(d.api, d.version).catalog;
      const regler = katalog ? (readDataFile(katalog) as { regler?: Array<{ kode: string }> }).regler : undefined;
      const regelkoder = regler ? new Set(regler.map((r) => r.kode)) : undefined;
      const offenders: string[] = [];
      for (const op of operasjoner(d)) {
        for (const [status, response] of Object.entries(op.responses)) {
          for (const [type, media] of Object.entries<JsonObject>(response.content ?? {})) {
            for (const e of eksemplerAv(d, media)) {
              const where = `${file}${op.peker}/responses/${status}/content/${seg(type)}/examples/${seg(e.navn)}`;
              const body = e.value as JsonObject | undefined;
              const kode = body?.kode;
              if (typeof kode === 'string' && koder.has(kode) && koder.get(kode) !== Number(status)) {
                offenders.push(`${where}: ${kode} is status ${koder.get(kode)} in specs/catalogs, not ${status}`);
              }
              for (const k of Array.isArray(body?.kontrollutslag) ? body.kontrollutslag : []) {
                if (regelkoder && !regelkoder.has(k?.kode)) offenders.push(`${where}: ${k?.kode} is not a rule of ${katalog ? specPath(katalog).replace(`${specsDir()}/`, 'specs/') : 'the catalog'}`);
              }
            }
          }
        }
      }
      expectNone(offenders);
    });
  });
}

test('the documents are found through specs/versions.json, ours among them', () => {
  const files = dokumenter().map((d: Dokument) => d.spec.file);
  expect(files).toEqual(expect.arrayContaining(['specs/utleggsbegjaering.yaml', 'specs/utleggsbegjaering-v2.yaml', 'specs/trekkpaalegg.yaml']));
});

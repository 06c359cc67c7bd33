import { test, expect } from '@playwright/test';
import type { JsonObject } from '../../src/spec/document.ts';
import { dokumenter, operasjoner, resolve, seg, skjemaVed, type Dokument, type Operasjon } from './openapi-support.ts';

// A declared link is only worth something if a tool can follow it: the target operation exists in the same
// document, every parameter it names is one of the target's, every required path parameter is given, and
// each runtime expression points at something the source documents (a property its response schema
// defines, a header it declares, a parameter or body of its request). Following them against the sandbox
// is tests/unit/openapi-sandbox.spec.ts.

/** The links the issue asks for, wherever the source operation is documented. */
const EXPECTED: Array<{ from: string; status: string; to: string }> = [
  { from: 'sendInnUtleggsbegjaering', status: '201', to: 'hentUtleggsbegjaering' },
  { from: 'sendInnUtleggsbegjaering', status: '201', to: 'endreUtleggsbegjaering' },
  { from: 'lastOppVedlegg', status: '201', to: 'hentVedlegg' },
  { from: 'hentTrekkpaalegg', status: '200', to: 'hentTrekkpaaleggVersjon' },
];

function expectNone(offenders: string[]): void {
  expect(offenders.length, `${offenders.length} offender(s):\n${offenders.join('\n')}\n`).toBe(0);
}

/** The target's parameter a link key names: "name" or "in.name" (OpenAPI's qualified form). */
function targetParameter(target: Operasjon, key: string): JsonObject | undefined {
  const m = /^(path|query|header|cookie)\.(.+)$/.exec(key);
  return m ? target.parametre.find((p) => p.in === m[1] && p.name === m[2]) : target.parametre.find((p) => p.name === key);
}

const TYPES_THAT_FIT: Record<string, string[]> = { integer: ['integer'], number: ['number', 'integer'], string: ['string'], boolean: ['boolean'], array: ['array'], object: ['object'] };

/**
 * What a runtime expression points at in the source operation: a schema (for body pointers, parameters and
 * headers), `true` when it is known but has no schema ($url, $method, $statusCode, a whole body), or a
 * reason it points at nothing.
 */
function expressionTarget(d: Dokument, source: Operasjon, status: string, expression: string): { schema?: JsonObject; reason?: string } {
  if (expression === '$url' || expression === '$method' || expression === '$statusCode') return {};
  const response = source.responses[status];
  let m = /^\$response\.body(#.*)?$/.exec(expression);
  if (m) {
    const json = Object.entries<JsonObject>(response?.content ?? {}).filter(([t]) => /json/.test(t));
    if (json.length === 0) return { reason: `response ${status} has no JSON body` };
    if (!m[1]) return {};
    for (const [, media] of json) {
      const schema = skjemaVed(d, media.schema, m[1]);
      if (schema) return { schema };
    }
    return { reason: `the ${status} response schema defines nothing at ${m[1]}` };
  }
  m = /^\$response\.header\.(.+)$/.exec(expression);
  if (m) {
    const name = m[1].toLowerCase();
    const header = Object.entries<JsonObject>(response?.headers ?? {}).find(([h]) => h.toLowerCase() === name)?.[1];
    return header ? { schema: resolve(d, header).schema } : { reason: `response ${status} declares no header ${m[1]}` };
  }
  m = /^\$request\.(path|query|header)\.(.+)$/.exec(expression);
  if (m) {
    const [, where, name] = m;
    const p = source.parametre.find((x) => x.in === where && (where === 'header' ? x.name.toLowerCase() === name.toLowerCase() : x.name === name));
    return p ? { schema: p.schema } : { reason: `${source.operationId} has no ${where} parameter ${name}` };
  }
  m = /^\$request\.body(#.*)?$/.exec(expression);
  if (m) {
    const json = Object.entries<JsonObject>(source.requestBody?.content ?? {}).filter(([t]) => /json/.test(t));
    if (!source.requestBody) return { reason: `${source.operationId} has no request body` };
    if (!m[1]) return {};
    for (const [, media] of json) {
      const schema = skjemaVed(d, media.schema, m[1]);
      if (schema) return { schema };
    }
    return { reason: `the request schema of ${source.operationId} defines nothing at ${m[1]}` };
  }
  return { reason: `"${expression}" is not a runtime expression this check knows` };
}

/** Every way the document's links fail to resolve, one line each with file and pointer. */
function linkOffenders(d: Dokument): string[] {
  const file = d.spec.file;
  const ops = operasjoner(d);
  const byId = new Map(ops.map((op) => [op.operationId, op]));
  const offenders: string[] = [];
  for (const source of ops) {
    for (const [status, response] of Object.entries(source.responses)) {
      for (const [name, raw] of Object.entries<JsonObject>(response.links ?? {})) {
        const link = resolve(d, raw);
        const where = `${file}${source.peker}/responses/${status}/links/${seg(name)}`;
        if (link.operationRef) {
          offenders.push(`${where}: use operationId; operationRef "${link.operationRef}" is not followed by every tool`);
          continue;
        }
        const target = byId.get(link.operationId);
        if (!target) {
          offenders.push(`${where}: operationId "${link.operationId}" is not an operation of ${file}`);
          continue;
        }
        const given = Object.keys(link.parameters ?? {});
        for (const p of target.parametre.filter((x) => x.in === 'path' && x.required)) {
          if (!given.some((k) => targetParameter(target, k) === p)) offenders.push(`${where}: does not give ${target.operationId}'s path parameter ${p.name}`);
        }
        for (const [key, expression] of Object.entries<unknown>(link.parameters ?? {})) {
          const p = targetParameter(target, key);
          if (!p) {
            offenders.push(`${where}/parameters/${seg(key)}: ${target.operationId} has no parameter "${key}"`);
            continue;
          }
          if (typeof expression !== 'string' || !expression.startsWith('$')) continue; // a constant
          const found = expressionTarget(d, source, status, expression);
          if (found.reason) offenders.push(`${where}/parameters/${seg(key)}: ${expression}: ${found.reason}`);
          const from = found.schema ? resolve(d, found.schema).type : undefined;
          const to = p.schema ? resolve(d, p.schema).type : undefined;
          if (from && to && !(TYPES_THAT_FIT[to] ?? [to]).includes(from)) {
            offenders.push(`${where}/parameters/${seg(key)}: ${expression} is ${from}, ${target.operationId}'s ${p.name} is ${to}`);
          }
        }
        if (link.requestBody !== undefined) {
          if (!target.requestBody) offenders.push(`${where}/requestBody: ${target.operationId} takes no request body`);
          if (typeof link.requestBody === 'string' && link.requestBody.startsWith('$')) {
            const found = expressionTarget(d, source, status, link.requestBody);
            if (found.reason) offenders.push(`${where}/requestBody: ${link.requestBody}: ${found.reason}`);
            if (link.requestBody === '$request.body' && source.requestBody && target.requestBody) {
              const shared = Object.keys(source.requestBody.content ?? {}).filter((t) => t in (target.requestBody!.content ?? {}));
              if (shared.length === 0) offenders.push(`${where}/requestBody: ${source.operationId} and ${target.operationId} share no request media type`);
            }
          }
        }
      }
    }
  }
  return offenders;
}

for (const d of dokumenter()) {
  const file = d.spec.file;

  test.describe(`${file} (${d.api} ${d.version}) links`, () => {
    test('every declared link resolves', () => {
      expectNone(linkOffenders(d));
    });

    test('the links the issue names are declared where their operations are', () => {
      const ops = new Map(operasjoner(d).map((op) => [op.operationId, op]));
      const offenders: string[] = [];
      for (const want of EXPECTED) {
        const source = ops.get(want.from);
        if (!source || !ops.has(want.to)) continue;
        const links = Object.values<JsonObject>(source.responses[want.status]?.links ?? {}).map((l) => resolve(d, l));
        if (!links.some((l) => l.operationId === want.to)) offenders.push(`${file}${source.peker}/responses/${want.status}/links: no link to ${want.to}`);
      }
      expectNone(offenders);
    });
  });
}

test('the expression check finds what a schema defines and names what it does not', () => {
  const d = dokumenter().find((x) => x.spec.file === 'specs/trekkpaalegg.yaml')!;
  const source = operasjoner(d).find((op) => op.operationId === 'hentTrekkpaalegg')!;
  expect(expressionTarget(d, source, '200', '$response.body#/0/trekkid').schema?.type).toBe('string');
  expect(expressionTarget(d, source, '200', '$response.body#/0/trekkversjon').schema?.type).toBe('integer');
  expect(expressionTarget(d, source, '200', '$response.body#/0/finnesIkke').reason).toMatch(/defines nothing at #\/0\/finnesIkke/);
  expect(expressionTarget(d, source, '200', '$response.header.Location').reason).toMatch(/declares no header Location/);
  expect(expressionTarget(d, source, '200', '$request.body').reason).toMatch(/has no request body/);
  expect(expressionTarget(d, source, '200', '$request.query.maksAntall').schema?.type).toBe('integer');
  const target = operasjoner(d).find((op) => op.operationId === 'hentTrekkpaaleggVersjon')!;
  expect(targetParameter(target, 'path.trekkid')?.name).toBe('trekkid');
  expect(targetParameter(target, 'query.trekkid')).toBeUndefined();
});

test('broken links are reported with file and pointer (unknown target, missing or unknown parameter, wrong type, body to a GET)', () => {
  const d = dokumenter().find((x) => x.spec.file === 'specs/utleggsbegjaering.yaml')!;
  const doc = structuredClone(d.spec.doc);
  const links = doc.paths['/utleggsbegjaering'].post.responses['201'].links;
  links.hentStatus.operationId = 'hentNoe';
  links.endre.parameters = { versjon: '$response.body#/versjon' };
  doc.paths['/vedlegg'].post.responses['201'].links.hentVedlegg.parameters.vedleggId = '$response.body#/stoerrelse';
  doc.paths['/vedlegg'].post.responses['201'].links.hentVedlegg.requestBody = '$request.body';
  const offenders = linkOffenders({ ...d, spec: { ...d.spec, doc } });
  const at = '#/paths/~1utleggsbegjaering/post/responses/201/links';
  expect(offenders).toEqual(expect.arrayContaining([
    `specs/utleggsbegjaering.yaml${at}/hentStatus: operationId "hentNoe" is not an operation of specs/utleggsbegjaering.yaml`,
    `specs/utleggsbegjaering.yaml${at}/endre: does not give endreUtleggsbegjaering's path parameter begjaeringId`,
    `specs/utleggsbegjaering.yaml${at}/endre/parameters/versjon: endreUtleggsbegjaering has no parameter "versjon"`,
    expect.stringMatching(/links\/hentVedlegg\/parameters\/vedleggId: \$response\.body#\/stoerrelse is integer, hentVedlegg's vedleggId is string$/),
    expect.stringMatching(/links\/hentVedlegg\/requestBody: hentVedlegg takes no request body$/),
  ]));
  expect(offenders).toHaveLength(5);
});

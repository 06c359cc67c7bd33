import { test, expect } from '@playwright/test';
import { Agent, request as httpRequest } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { ValidateFunction } from 'ajv';
import type { Sandbox } from '../../sandbox/server.ts';
import { example, startSandbox } from './sandbox-support.ts';
import { ContractValidator, createAjv } from '../../src/contract/index.ts';
import { loadSpec, type OperationInfo } from '../../src/spec/document.ts';
import { API_NAMES, type ApiName } from '../../src/spec/versions.ts';

// Reproduce a failure with FUZZ_SEED=<the printed seed>.
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const KOMPLEKS = JSON.stringify(example('kompleks'));
const MIB = 1024 * 1024;

/** mulberry32: small, fast, and the whole case list is a function of the seed. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => int(256)));
  return { next, int, pick, bytes };
}
type Rng = ReturnType<typeof prng>;

interface Case {
  label: string;
  api: ApiName;
  /** The operation whose documented responses the answer must match; undefined = the API's general Feil. */
  operationId?: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

const WEIRD_STRINGS = [
  '', ' ', '\u0000', 'a\u0000b', '\ud800', '\udfff', '\ud800\udc00', '\uffff', '\u202e', '\ufeff', '😀'.repeat(50),
  'x'.repeat(8_000), '-1', '0', '1e309', '9'.repeat(40), 'NaN', 'null', 'true', '[]', '{}', '../../etc/passwd', '%00', '%', '%zz', '<a>', "' OR 1=1 --",
];
const WEIRD_VALUES: unknown[] = [null, true, false, 0, -1, 1.5, 1e308, -1e308, '', 'x'.repeat(100_000), [], {}, [null], { a: null }, '\u0000', '\ud800'];

function enc(value: string): string {
  // Lone surrogates cannot be percent-encoded as UTF-8: send their CESU bytes, which are not valid UTF-8.
  try {
    return encodeURIComponent(value);
  } catch {
    return [...value].map((ch) => (/[\ud800-\udfff]/.test(ch) ? '%ED%A0%80' : encodeURIComponent(ch))).join('');
  }
}

function nested(depth: number, open: string, close: string, inner = '1'): Buffer {
  return Buffer.from(open.repeat(depth) + inner + close.repeat(depth));
}

/** Replaces one random node of a JSON value with a weird value (wrong type, null, huge string, …). */
function corrupt(value: unknown, rng: Rng): unknown {
  if (value === null || typeof value !== 'object' || rng.next() < 0.15) return rng.pick(WEIRD_VALUES);
  if (Array.isArray(value)) {
    if (value.length === 0) return [rng.pick(WEIRD_VALUES)];
    const copy = [...value];
    const i = rng.int(copy.length);
    copy[i] = corrupt(copy[i], rng);
    return copy;
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return { [rng.pick(WEIRD_STRINGS)]: rng.pick(WEIRD_VALUES) };
  const key = rng.pick(keys);
  return { ...value, [key]: corrupt((value as Record<string, unknown>)[key], rng) };
}

function fillPath(op: OperationInfo, override: Record<string, string> = {}): string {
  const good: Record<string, string> = {
    begjaeringId: '00000000-0000-4000-8000-000000000000', vedleggId: '00000000-0000-4000-8000-000000000000',
    trekkid: 'T1', trekkversjon: '1', rettighetspakke: 'finans', partIdentifikator: '310478717',
  };
  return op.fullPath.replace(/\{([^}]+)\}/g, (_, name: string) => override[name] ?? enc(good[name] ?? 'x'));
}

function badBodies(rng: Rng): { label: string; body: Buffer }[] {
  const text = KOMPLEKS;
  return [
    { label: 'random bytes', body: rng.bytes(1 + rng.int(2000)) },
    { label: 'truncated JSON', body: Buffer.from(text.slice(0, rng.int(text.length))) },
    { label: 'JSON with a corrupted node', body: Buffer.from(JSON.stringify(corrupt(JSON.parse(text), rng))) },
    { label: 'JSON null', body: Buffer.from('null') },
    { label: 'JSON scalar', body: Buffer.from(rng.pick(['1', '"x"', 'true', '[]', '""'])) },
    { label: 'lone surrogate escapes and NUL', body: Buffer.from(text.replace(/"([A-ZÆØÅ][a-zæøå]+)"/, '"\\ud800\\u0000$1"')) },
    { label: 'invalid UTF-8 in a string', body: Buffer.concat([Buffer.from(text.slice(0, 20)), Buffer.from([0xed, 0xa0, 0x80, 0xc3, 0x28]), Buffer.from(text.slice(20))]) },
    { label: 'duplicate keys', body: Buffer.from(`{"innsenderReferanse":"a","innsenderReferanse":${JSON.stringify(rng.pick(WEIRD_VALUES))}}`) },
  ];
}

function buildCases(seed: number, tokens: Record<ApiName, string>): Case[] {
  const rng = prng(seed);
  const cases: Case[] = [];
  const auth = (api: ApiName) => ({ authorization: `Bearer ${tokens[api]}` });
  for (const api of API_NAMES) {
    for (const op of loadSpec(api).operations.values()) {
      const method = op.method.toUpperCase();
      const base = { api, operationId: op.operationId, method, path: fillPath(op) };
      const types = Object.keys(op.requestBody?.content ?? {});
      const jsonBody = types.includes('application/json');
      // Bad bodies, many rounds, each with fresh random content.
      if (op.requestBody) {
        for (let round = 0; round < 60; round++) {
          for (const b of badBodies(rng)) {
            const contentType = jsonBody ? 'application/json' : rng.pick(types);
            cases.push({ ...base, label: `${op.operationId} ${b.label}`, headers: { ...auth(api), 'content-type': contentType }, body: b.body, path: jsonBody ? base.path : `${base.path}?filnavn=f.pdf&innsenderReferanse=r` });
          }
        }
        cases.push({ ...base, label: `${op.operationId} 100k nested arrays`, headers: { ...auth(api), 'content-type': 'application/json' }, body: nested(100_000, '[', ']') });
        cases.push({ ...base, label: `${op.operationId} 100k nested objects`, headers: { ...auth(api), 'content-type': 'application/json' }, body: nested(100_000, '{"a":', '}') });
        cases.push({ ...base, label: `${op.operationId} 4 MiB string`, headers: { ...auth(api), 'content-type': 'application/json' }, body: Buffer.from(JSON.stringify({ ...JSON.parse(KOMPLEKS), innsenderReferanse: 'x'.repeat(4 * MIB) })) });
        cases.push({ ...base, label: `${op.operationId} body over the limit`, headers: { ...auth(api), 'content-type': types[0] }, body: Buffer.alloc(26 * MIB, 0x20) });
        for (const ct of ['text/plain', 'application/xml', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'application/json; charset=latin1', '', 'application/', ';;;']) {
          const headers: Record<string, string> = { ...auth(api) };
          if (ct) headers['content-type'] = ct;
          cases.push({ ...base, label: `${op.operationId} content type "${ct}"`, headers, body: Buffer.from(KOMPLEKS) });
        }
      } else {
        // A body where none is documented.
        cases.push({ ...base, label: `${op.operationId} unexpected body`, headers: { ...auth(api), 'content-type': 'application/json' }, body: Buffer.from(KOMPLEKS) });
      }
      // Bad values for every query parameter and every path parameter.
      for (const p of op.parameters as { name: string; in: string }[]) {
        for (let round = 0; round < 3; round++) {
          for (const value of WEIRD_STRINGS) {
            if (p.in === 'query') {
              const sep = base.path.includes('?') ? '&' : '?';
              cases.push({ ...base, label: `${op.operationId} query ${p.name}=${JSON.stringify(value).slice(0, 20)}`, headers: { ...auth(api), ...(op.requestBody ? { 'content-type': types[0] } : {}) }, path: `${base.path}${sep}${p.name}=${enc(value)}`, body: op.requestBody ? Buffer.from('%PDF-1.4 x') : undefined });
            } else if (p.in === 'path') {
              cases.push({ ...base, label: `${op.operationId} path ${p.name}=${JSON.stringify(value).slice(0, 20)}`, headers: auth(api), path: fillPath(op, { [p.name]: enc(value) || '%20' }), body: undefined });
            } else if (p.in === 'header' && round === 0) {
              const safe = value.replace(/[^\x20-\x7e]/g, '?').slice(0, 8000);
              cases.push({ ...base, label: `${op.operationId} header ${p.name}`, headers: { ...auth(api), [p.name.toLowerCase()]: safe, ...(op.requestBody ? { 'content-type': types[0] } : {}) }, body: op.requestBody ? Buffer.from(KOMPLEKS) : undefined });
            }
          }
        }
      }
      // Wrong methods on the operation's path, and tokens that are not tokens.
      for (const m of ['DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND', method === 'GET' ? 'POST' : 'GET']) {
        cases.push({ api, method: m, path: base.path, label: `${m} on ${op.operationId}'s path`, headers: auth(api) });
      }
      for (const bad of ['', 'Bearer', 'Bearer ', 'Basic dXNlcjpwYXNz', `Bearer ${'a'.repeat(9000)}`, 'Bearer a.b.c', `Bearer ${tokens[api]}x`, `bearer ${tokens[api]}`]) {
        cases.push({ ...base, label: `${op.operationId} authorization "${bad.slice(0, 15)}"`, headers: { authorization: bad, ...(op.requestBody ? { 'content-type': types[0] } : {}) }, body: op.requestBody ? Buffer.from(KOMPLEKS) : undefined });
      }
    }
  }
  // A request line over Node's 16 KiB header limit: refused by the HTTP layer (431), before the API runs.
  cases.push({ api: 'trekkpaalegg', method: 'GET', path: `${loadSpec('trekkpaalegg').basePath}/?fraSekvensnummer=${'9'.repeat(20_000)}`, label: 'request line over the header limit', headers: auth('trekkpaalegg') });
  // Unknown paths, inside and outside the APIs.
  for (let i = 0; i < 100; i++) {
    const api = rng.pick(API_NAMES);
    const root = rng.pick([loadSpec(api).basePath, loadSpec(api).basePath.replace(/\/v\d+$/, '/v9'), '/api', '', '/maskinporten']);
    // Under an API's family the answer is that API's general error; elsewhere the sandbox's (DAS, as Utleggsbegjæring's).
    const owner: ApiName = root.startsWith('/api/') ? api : 'utleggsbegjaering';
    cases.push({ api: owner, method: rng.pick(['GET', 'POST', 'PUT']), path: `${root}/${enc(rng.pick(WEIRD_STRINGS)) || 'x'}/${rng.int(1000)}`, label: 'unknown path', headers: auth(api) });
  }
  return cases;
}

const agent = new Agent({ keepAlive: true, maxSockets: 16 });

function send(origin: URL, c: Case): Promise<{ status: number; contentType: string; text: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { ...c.headers };
    if (c.body) headers['content-length'] = c.body.length;
    const req = httpRequest({ host: origin.hostname, port: origin.port, method: c.method, path: c.path || '/', headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (d: Buffer) => chunks.push(d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    // The server may answer (413) and close before a big body is written: that is a valid answer.
    req.on('error', (err: NodeJS.ErrnoException) => (err.code === 'EPIPE' || err.code === 'ECONNRESET' ? resolve({ status: -1, contentType: '', text: err.code }) : reject(err)));
    req.end(c.body);
  });
}

/** The API's general error schema (`Feil`), for answers no operation documents (unknown path, wrong method). */
function feilValidators(): Record<ApiName, ValidateFunction> {
  const out = {} as Record<ApiName, ValidateFunction>;
  for (const api of API_NAMES) {
    const spec = loadSpec(api);
    const id = `urn:fuzz:${api}`;
    const rewrite = (n: unknown): unknown => (Array.isArray(n) ? n.map(rewrite) : n && typeof n === 'object'
      ? Object.fromEntries(Object.entries(n).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' ? v.replace('#/components/schemas/', `${id}#/$defs/`) : rewrite(v)]))
      : n);
    const ajv = createAjv();
    ajv.addSchema({ $id: id, $defs: rewrite(spec.doc.components?.schemas ?? {}) as object });
    out[api] = ajv.compile({ $ref: `${id}#/$defs/Feil` });
  }
  return out;
}

function parseBody(contentType: string, text: string): unknown {
  if (text === '') return undefined;
  if (!/json/.test(contentType)) return text;
  try {
    return JSON.parse(text);
  } catch {
    return Symbol('not JSON');
  }
}

let sandbox: Sandbox;
let tokens: Record<ApiName, string>;

test.beforeAll(async () => {
  const running = await startSandbox();
  sandbox = running.sandbox;
  tokens = {} as Record<ApiName, string>;
  for (const api of API_NAMES) tokens[api] = await running.token(api);
});

test.afterAll(async () => {
  agent.destroy();
  await sandbox?.close();
});

test('thousands of bad requests: no 5xx, no crash, every answer documented, memory bounded', async () => {
  test.setTimeout(300_000);
  console.log(`fuzz seed ${SEED} (rerun with FUZZ_SEED=${SEED})`);
  test.info().annotations.push({ type: 'seed', description: String(SEED) });
  const cases = buildCases(SEED, tokens);
  expect(cases.length).toBeGreaterThan(2000);
  const feil = feilValidators();
  const origin = new URL(sandbox.url);
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const problems: string[] = [];
  let heapAfterWarmup = 0;
  let done = 0;

  async function run(list: Case[]): Promise<void> {
    let next = 0;
    const worker = async () => {
      while (next < list.length) await check(list[next++]);
    };
    await Promise.all(Array.from({ length: 16 }, worker));
  }

  async function check(c: Case): Promise<void> {
    {
      const r = await send(origin, c);
      done++;
      if (r.status === -1) return;
      if (r.status === 431 && c.label === 'request line over the header limit') return;
      const where = `${c.label} (${c.method} ${c.path.slice(0, 120)})`;
      if (r.status >= 500) problems.push(`${where}: ${r.status} ${r.text.slice(0, 200)}`);
      if (/\n\s+at /.test(r.text)) problems.push(`${where}: a stack trace in the body`);
      const body = parseBody(r.contentType, r.text);
      if (typeof body === 'symbol') {
        problems.push(`${where}: ${r.contentType} body is not JSON: ${r.text.slice(0, 120)}`);
        return;
      }
      const validator = c.operationId ? ContractValidator.forOperation(c.operationId) : undefined;
      const documented = c.operationId ? validator!.documentedResponse(c.operationId, r.status) : undefined;
      if (documented) {
        const result = validator!.validateResponse(c.operationId!, { status: r.status, contentType: r.contentType, body });
        if (!result.valid) problems.push(`${where}: ${r.status} not as documented: ${result.violations.map((v) => `${v.path} ${v.message}`).join('; ').slice(0, 300)}`);
      } else if (c.path.startsWith('/maskinporten')) {
        // Not one of our APIs: the local Maskinporten answers in OAuth's error format.
        if (r.status !== 404 && r.status !== 405 && r.status !== 400) problems.push(`${where}: Maskinporten answered ${r.status}`);
        else if (typeof (body as { error?: unknown })?.error !== 'string') problems.push(`${where}: not an OAuth error body: ${r.text.slice(0, 200)}`);
      } else if (r.status >= 400 && /json/.test(r.contentType)) {
        if (!feil[c.api](body)) problems.push(`${where}: ${r.status} body is not the general Feil: ${r.text.slice(0, 200)}`);
      } else if (c.operationId) {
        problems.push(`${where}: status ${r.status} is not documented for ${c.operationId}`);
      }
    }
  }
  // Warm up on a first slice, then measure the heap from there to the end.
  await run(cases.slice(0, 300));
  gc();
  heapAfterWarmup = process.memoryUsage().heapUsed;
  await run(cases.slice(300));

  // The server still answers a good request.
  const after = await fetch(`${sandbox.url}${loadSpec('trekkpaalegg').basePath}/`, { headers: { authorization: `Bearer ${tokens.trekkpaalegg}` } });
  expect(after.status).toBe(200);
  gc();
  const growth = process.memoryUsage().heapUsed - heapAfterWarmup;
  console.log(`${done} requests, ${problems.length} problems, heap growth ${(growth / MIB).toFixed(1)} MiB`);
  // One line per kind of problem (label and status), with a count, so one bug does not hide the others.
  const kinds = new Map<string, { n: number; first: string }>();
  for (const p of problems) {
    const key = p.replace(/ \(.*?\): /, ': ').replace(/"[^"]*"/g, '…').replace(/[0-9a-f-]{36}/g, '…').slice(0, 90);
    const k = kinds.get(key);
    if (k) k.n++;
    else kinds.set(key, { n: 1, first: p });
  }
  const summary = [...kinds.values()].map((k) => `${k.n}× ${k.first.slice(0, 400)}`);
  expect(summary, `seed ${SEED}: ${problems.length} problems of ${kinds.size} kinds`).toEqual([]);
  expect(growth, `heap grew ${(growth / MIB).toFixed(1)} MiB over ${done} requests`).toBeLessThan(64 * MIB);
});

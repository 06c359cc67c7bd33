import { readFileSync } from 'node:fs';
import { createRandom } from '../generators/index.ts';
import { invalidFor } from '../generators/invalid/index.ts';
import { SANDBOX_CLIENT } from '../src/config/environment.ts';
import { MaskinportenClient } from '../src/maskinporten/index.ts';
import { join } from 'node:path';
import { loadSpec } from '../src/spec/document.ts';
import { readDataFile, specsDir } from '../src/spec/files.ts';
import { apiVersion, listVersions } from '../src/spec/versions.ts';
import { measureInterleaved, type LoadOptions, type LoadResult, type LoadTarget } from './lib/load.ts';
import { freePort, waitForHttp } from './lib/ports.ts';
import { startServer, type Started } from './lib/process.ts';
import { atLeast, atMost, ratio, type BenchSection, type Comparison } from './lib/types.ts';

const VALIDER = '/utleggsbegjaering/valider';

/** A version's complex example petition (specs/examples/index.json: the request example named kompleks). */
function kompleks(version: string): unknown {
  const index = readDataFile(join(specsDir(), 'examples', 'index.json')) as { file: string; api: string; version: string }[];
  const entry = index.find((e) => e.api === 'utleggsbegjaering' && e.version === version && /\/kompleks\.json$/.test(e.file));
  if (!entry) throw new Error(`specs/examples/index.json has no kompleks.json example of utleggsbegjaering ${version}`);
  return readDataFile(join(specsDir(), 'examples', entry.file));
}

/** The complex example with its KID broken by the generators: schema-valid, one rule (UGYLDIG_KID) broken. */
function petition422(version: string): string {
  const variant = invalidFor('UGYLDIG_KID', kompleks(version) as never, createRandom(422), version);
  if (variant.kind !== 'request') throw new Error('UGYLDIG_KID unexpectedly needs a scenario');
  return JSON.stringify(variant.body);
}

async function expectStatus(target: LoadTarget, status: number, who: string): Promise<void> {
  const r = await fetch(target.url, { method: target.method, headers: target.headers, body: target.body });
  const text = await r.text();
  if (r.status !== status) throw new Error(`${who} answered ${r.status} instead of ${status} before measuring: ${text.slice(0, 300)}`);
}

function latency(r: LoadResult) {
  return { requestsPerSecond: Math.round(r.requestsPerSecond), p50Ms: r.p50Ms, p99Ms: r.p99Ms, requests: r.total, statuses: r.statuses, errors: r.errors, slices: r.slices };
}

/**
 * Sandbox (auth + schema + rules) vs a bare node:http + ajv server (the ceiling) vs Prism mocking the same
 * document, each in its own process, driven by the same autocannon settings one after the other.
 * Both paths use POST /utleggsbegjaering/valider, which stores nothing, so every request is the same work:
 * 204 with the seed's complex petition, 422 with that petition's KID broken.
 */
export async function benchSandbox(load: LoadOptions): Promise<BenchSection & { raw: Record<string, unknown> }> {
  const sections = [];
  for (const version of listVersions('utleggsbegjaering')) sections.push(await benchSandboxVersion(load, version));
  return {
    comparisons: sections.flatMap((s) => s.comparisons),
    targets: sections.flatMap((s) => s.targets),
    notes: [...new Set(sections.flatMap((s) => s.notes))],
    raw: Object.fromEntries(sections.flatMap((s) => Object.entries(s.raw))),
  };
}

async function benchSandboxVersion(load: LoadOptions, version: string): Promise<BenchSection & { raw: Record<string, unknown> }> {
  const started: Started[] = [];
  const spec = apiVersion('utleggsbegjaering', version);
  const label = `${version}${spec.datamodell ? ` (${spec.datamodell})` : ''}`;
  try {
    const node = process.execPath;
    const sandbox = await startServer(node, ['--import', 'tsx', 'bin/sandbox.ts', '--port', '0'], /Sandbox listening on (\S+)/);
    started.push(sandbox);
    const ceiling = await startServer(node, ['--import', 'tsx', 'bench/lib/ceiling-server.ts', version], /listening on (\S+)/);
    started.push(ceiling);
    const prismPort = await freePort();
    const prismBin = 'node_modules/@stoplight/prism-cli/dist/index.js';
    const prism = await startServer(node, [prismBin, 'mock', spec.spec, '-p', String(prismPort), '-v', 'silent'], null);
    started.push(prism);
    const prismUrl = `http://127.0.0.1:${prismPort}`;
    await waitForHttp(prismUrl, 60_000);

    const jwk = JSON.parse(readFileSync(SANDBOX_CLIENT.keyFile, 'utf8'));
    const client = new MaskinportenClient({ clientId: SANDBOX_CLIENT.clientId, key: jwk, wellKnownUrl: `${sandbox.url}/maskinporten/.well-known/oauth-authorization-server` });
    const token = await client.getToken({ scope: spec.scope });
    const base = loadSpec('utleggsbegjaering', version).basePath;
    const json = { 'content-type': 'application/json' };
    const bodies = { 204: JSON.stringify(kompleks(version)), 422: petition422(version) };

    const raw: Record<string, unknown> = {};
    const comparisons: Comparison[] = [];
    const targets = [];
    for (const status of [204, 422] as const) {
      const body = bodies[status];
      const sandboxTarget: LoadTarget = { url: `${sandbox.url}${base}${VALIDER}`, method: 'POST', headers: { ...json, authorization: `Bearer ${token}` }, body };
      const ceilingTarget: LoadTarget = { url: `${ceiling.url}${VALIDER}`, method: 'POST', headers: json, body };
      // Prism wants some bearer token; for the 422 path it is asked for its documented 422 example.
      const prismTarget: LoadTarget = { url: `${prismUrl}${VALIDER}`, method: 'POST', headers: { ...json, authorization: 'Bearer x', ...(status === 422 ? { prefer: 'code=422' } : {}) }, body };
      await expectStatus(sandboxTarget, status, 'the sandbox');
      await expectStatus(ceilingTarget, 204, 'the ceiling server');
      await expectStatus(prismTarget, status, 'Prism');
      const [s, c, p] = await measureInterleaved([sandboxTarget, ceilingTarget, prismTarget], load, 3);
      raw[`${version} valider${status}`] = { sandbox: latency(s), ceiling: latency(c), prism: latency(p), bodyBytes: Buffer.byteLength(body) };
      const details = { sandbox: latency(s), ceiling: latency(c), prism: latency(p) };
      comparisons.push(
        { benchmark: `sandbox ${label} ${status}`, subject: 'sandbox req/s', subjectValue: s.requestsPerSecond, baseline: 'node:http + ajv (ceiling)', baselineValue: c.requestsPerSecond, unit: 'req/s', ratio: ratio(s.requestsPerSecond, c.requestsPerSecond), details },
        { benchmark: `sandbox ${label} ${status}`, subject: 'sandbox req/s', subjectValue: s.requestsPerSecond, baseline: 'Prism -v silent', baselineValue: p.requestsPerSecond, unit: 'req/s', ratio: ratio(s.requestsPerSecond, p.requestsPerSecond) },
      );
      const times = (n: number) => `${n.toFixed(2)}×`;
      const pct = (n: number) => `${(n * 100).toFixed(0)}%`;
      const ms = (n: number) => `${n.toFixed(1)} ms`;
      targets.push(
        atLeast(`sandbox ${label} ${status}: throughput vs Prism`, ratio(s.requestsPerSecond, p.requestsPerSecond), 2.5, times),
        atLeast(`sandbox ${label} ${status}: share of the node:http + ajv ceiling`, ratio(s.requestsPerSecond, c.requestsPerSecond), 0.5, pct),
        atMost(`sandbox ${label} ${status}: p99 latency at ${load.connections} connections`, s.p99Ms, 10, ms),
      );
    }
    const notes = [
      `Load: autocannon, ${load.connections} connections, ${load.warmupSeconds} s warm-up per server, then ${load.durationSeconds} s per server measured in 3 alternating slices (sandbox, ceiling, Prism, …; medians), one server at a time, each in its own process.`,
      'Both paths POST /utleggsbegjaering/valider of each version (stores nothing, so identical requests stay valid): 204 = the version\'s complex example petition (v1: the seed\'s; v2: specs/examples/utleggsbegjaering/v2/kompleks.json), 422 = the same with its KID check digit broken (UGYLDIG_KID).',
      'The sandbox does token verification + schema + all rules; the ceiling does JSON.parse + the same ajv request schema only (answers 204 on both paths); Prism validates the request and answers its documented example (the 422 path asks it for the 422 example with Prefer: code=422).',
      'Little\'s law: mean latency = connections / throughput, so p99 ≤ 10 ms at 32 connections needs well over 3,200 req/s; compare the ceiling\'s own p99.',
    ];
    return { comparisons, targets, notes, raw };
  } finally {
    await Promise.all(started.map((s) => s.stop()));
  }
}

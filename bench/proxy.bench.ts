import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { SANDBOX_CLIENT } from '../src/config/environment.ts';
import { MaskinportenClient } from '../src/maskinporten/index.ts';
import { readDataFile, specsDir } from '../src/spec/files.ts';
import { freePort } from './lib/ports.ts';
import { startServer, type Started } from './lib/process.ts';
import { atMost, ratio, type BenchSection, type Comparison } from './lib/types.ts';

interface Kall { navn: string; method: string; path: string; body?: string; status: number; scope: string }

/** What a supplier's system sends most: a page of the feed, a validation of a complex petition, a status poll. */
function kall(): Kall[] {
  const index = readDataFile(join(specsDir(), 'examples', 'index.json')) as { file: string; api: string; version: string }[];
  const kompleks = index.find((e) => e.api === 'utleggsbegjaering' && e.version === 'v2' && /\/kompleks\.json$/.test(e.file));
  if (!kompleks) throw new Error('specs/examples/index.json has no v2 kompleks.json example');
  return [
    { navn: 'hentTrekkpaalegg (10 orders)', method: 'GET', path: '/api/trekkpaalegg/v1?fraSekvensnummer=0&maksAntall=10', status: 200, scope: 'skatteetaten:trekkpaalegg' },
    { navn: 'validerUtleggsbegjaering (complex v2)', method: 'POST', path: '/api/utleggsbegjaering/v2/utleggsbegjaering/valider', body: JSON.stringify(readDataFile(join(specsDir(), 'examples', kompleks.file))), status: 204, scope: 'skatteetaten:utleggsbegjaering' },
    { navn: 'hentStatusPaaSak', method: 'GET', path: '/api/utleggsbegjaering-status-paa-sak/v1/saker/TEST_SAK_BESLUTTET', status: 200, scope: 'skatteetaten:utleggsbegjaering' },
  ];
}

/** One exchange, timed from the first byte written to the last byte read, on a kept-alive connection. */
function en(base: URL, agent: Agent, k: Kall, token: string): Promise<{ ms: number; status: number }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, korrelasjonsid: randomUUID(), accept: 'application/json' };
    if (k.body) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = String(Buffer.byteLength(k.body));
    }
    const req = request({ hostname: base.hostname, port: base.port, path: k.path, method: k.method, headers, agent }, (res) => {
      res.on('data', () => {});
      res.on('end', () => resolve({ ms: performance.now() - start, status: res.statusCode! }));
    });
    req.on('error', reject);
    req.end(k.body);
  });
}

const kvantil = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const ms = (n: number) => `${n.toFixed(2)} ms`;
const avrund = (n: number) => Math.round(n * 1000) / 1000;

/**
 * The proxy (bin/proxy.ts, its own process, recording and judging every exchange) in front of the
 * sandbox (its own process) against the same calls straight to the sandbox, one at a time, alternating
 * direct and proxied call by call so drift hits both alike. The figure is the median added latency.
 */
export async function benchProxy(per = 1000, oppvarming = 200): Promise<BenchSection & { raw: Record<string, unknown> }> {
  const mappe = mkdtempSync(join(tmpdir(), 'proxy-bench-'));
  let sandbox: Started | undefined;
  let proxy: Started | undefined;
  try {
    sandbox = await startServer(process.execPath, ['--import', 'tsx', 'bin/sandbox.ts', '--port', String(await freePort())], /Sandbox listening on (http:\/\/\S+)/);
    proxy = await startServer(process.execPath, ['--import', 'tsx', 'bin/proxy.ts', '--target', sandbox.url, '--port', String(await freePort()), '--record', mappe, '--statusintervall', '0'], /Proxy listening on (http:\/\/\S+)/);
    const mp = new MaskinportenClient({ clientId: SANDBOX_CLIENT.clientId, key: JSON.parse(readFileSync(SANDBOX_CLIENT.keyFile, 'utf8')), wellKnownUrl: `${sandbox.url}/maskinporten/.well-known/oauth-authorization-server` });
    const direkte = { url: new URL(sandbox.url), agent: new Agent({ keepAlive: true, maxSockets: 1 }) };
    const viaProxy = { url: new URL(proxy.url), agent: new Agent({ keepAlive: true, maxSockets: 1 }) };
    const comparisons: Comparison[] = [];
    const alleD: number[] = [];
    const alleP: number[] = [];
    const raw: Record<string, unknown> = {};
    for (const k of kall()) {
      const token = await mp.getToken({ scope: k.scope });
      const d: number[] = [];
      const p: number[] = [];
      for (let i = 0; i < oppvarming + per; i++) {
        // Which goes first alternates too, so neither side always finds the sandbox's caches warm.
        const rekkefoelge = i % 2 === 0 ? [direkte, viaProxy] : [viaProxy, direkte];
        for (const side of rekkefoelge) {
          const r = await en(side.url, side.agent, k, token);
          if (r.status !== k.status) throw new Error(`${k.navn} answered ${r.status} ${side === viaProxy ? 'through the proxy' : 'directly'}, expected ${k.status}`);
          if (i >= oppvarming) (side === viaProxy ? p : d).push(r.ms);
        }
      }
      alleD.push(...d);
      alleP.push(...p);
      const md = kvantil(d, 0.5);
      const mpx = kvantil(p, 0.5);
      raw[k.navn] = { direct: { p50Ms: avrund(md), p99Ms: avrund(kvantil(d, 0.99)) }, proxy: { p50Ms: avrund(mpx), p99Ms: avrund(kvantil(p, 0.99)) }, exchanges: per };
      comparisons.push({
        benchmark: `proxy ${k.navn}`, subject: 'through the proxy', subjectValue: mpx, baseline: 'direct', baselineValue: md, unit: 'ms at the median', ratio: ratio(mpx, md),
        details: { addedMsAtMedian: avrund(mpx - md), p99: { proxy: avrund(kvantil(p, 0.99)), direct: avrund(kvantil(d, 0.99)), ratio: avrund(kvantil(p, 0.99) / kvantil(d, 0.99)) }, exchanges: per },
      });
    }
    direkte.agent.destroy();
    viaProxy.agent.destroy();
    const lagt = kvantil(alleP, 0.5) - kvantil(alleD, 0.5);
    const p99 = kvantil(alleP, 0.99) / kvantil(alleD, 0.99);
    comparisons.push({
      benchmark: 'proxy all calls', subject: 'through the proxy', subjectValue: kvantil(alleP, 0.5), baseline: 'direct', baselineValue: kvantil(alleD, 0.5), unit: 'ms at the median', ratio: ratio(kvantil(alleP, 0.5), kvantil(alleD, 0.5)),
      details: { addedMsAtMedian: avrund(lagt), p99Ratio: avrund(p99), exchanges: alleP.length },
    });
    return {
      comparisons,
      targets: [atMost('proxy: latency added at the median per exchange (loopback)', lagt, 2, ms)],
      notes: [
        `proxy: ${alleP.length} exchanges each way, one at a time on kept-alive loopback connections, sandbox and proxy in their own processes; the proxy recorded and judged every one (request schema, rules, answer). p99 through the proxy was ${p99.toFixed(2)}× the direct p99.`,
      ],
      raw,
    };
  } finally {
    await proxy?.stop();
    await sandbox?.stop();
    rmSync(mappe, { recursive: true, force: true });
  }
}

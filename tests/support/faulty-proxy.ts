import { createServer, type IncomingMessage, type Server } from 'node:http';
import { feilMedId } from './faults/catalog.ts';
import type { Feil, Foresporsel, ProxyVerktoey, Svar } from './faults/types.ts';

export { FEILKATALOG, feilMedId } from './faults/catalog.ts';
export type { Feil } from './faults/types.ts';

/**
 * A proxy in front of a correct sandbox that injects one fault of tests/support/faults/catalog.ts, so the
 * fault-detection tests and the mutation run (npm run mutation) can prove the suite notices each defect.
 * With no fault it forwards everything unchanged: the control run.
 */

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

// Hop-by-hop and length headers are the proxy's own business; the rest goes through as it came.
const EGNE = new Set(['host', 'content-length', 'connection', 'keep-alive', 'transfer-encoding', 'content-encoding']);

async function forward(upstream: string, req: Foresporsel): Promise<Svar> {
  const url = new URL(req.url.pathname + req.url.search, upstream);
  const res = await fetch(url, { method: req.method, headers: req.headers, body: req.body?.length ? (req.body as unknown as BodyInit) : undefined });
  const headers: Record<string, string> = {};
  res.headers.forEach((v, k) => { if (!EGNE.has(k)) headers[k] = v; });
  const text = await res.text();
  let json: unknown;
  if (/json/.test(headers['content-type'] ?? '') && text) {
    try {
      json = JSON.parse(text);
    } catch {
      // not JSON after all: passed on as text
    }
  }
  return { status: res.status, headers, text, json };
}

export interface FaultyProxy { url: string; close(): Promise<void> }

/** Starts the proxy on a free loopback port in front of `upstream`, injecting `fault` (a catalogue id, or 'none'). */
export async function startFaultyProxy(upstream: string, fault: string | Feil, gyldigToken: (pathname: string) => Promise<string>): Promise<FaultyProxy> {
  const feil = fault === 'none' ? undefined : typeof fault === 'string' ? feilMedId(fault) : fault;
  const verktoey: ProxyVerktoey = { upstream: (r) => forward(upstream, r), gyldigToken, minne: new Map() };
  const server: Server = createServer(async (req, res) => {
    try {
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string' && !EGNE.has(k)) headers[k] = v;
      const foresporsel: Foresporsel = { method: req.method ?? 'GET', url: new URL(req.url ?? '/', upstream), headers };
      if (req.method !== 'GET' && req.method !== 'HEAD') foresporsel.body = await readBody(req);
      const svar = (await feil?.foer?.(foresporsel, verktoey)) ?? (await forward(upstream, foresporsel));
      const foer = svar.json === undefined ? undefined : JSON.stringify(svar.json);
      await feil?.etter?.(foresporsel, svar, verktoey);
      // Re-serialised only when a fault touched the body, so an untouched answer goes through byte for byte.
      const etter = svar.json === undefined ? undefined : JSON.stringify(svar.json);
      const text = etter !== undefined && etter !== foer ? etter : svar.text;
      res.writeHead(svar.status, svar.headers).end(text);
    } catch (err) {
      res.writeHead(502, { 'content-type': 'text/plain' }).end(`proxy error: ${(err as Error).message}`);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((r) => { server.close(() => r()); server.closeAllConnections(); }),
  };
}

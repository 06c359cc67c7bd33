import { createServer, type IncomingMessage, type Server } from 'node:http';

/**
 * Faults a broken server could have. The proxy sits in front of a correct sandbox and injects one,
 * so the fault-detection tests can prove that the suite notices each kind of defect.
 */
export const FAULTS = {
  none: 'forwards everything unchanged (the control run)',
  'wrong-status': 'answers 200 instead of 201 to a successful submission',
  'wrong-rule-code': 'renames the first rule code of every 422 answer',
  'missing-rule-code': 'drops the last rule code of every 422 answer',
  'schema-break': 'removes trekkid from every Trekkpålegg in a list',
  'broken-paging': 'ignores fraSekvensnummer and skips the first order of every page after the first',
  'lets-bad-token-through': 'serves a request refused with 401/403 again with a valid token',
} as const;
export type Fault = keyof typeof FAULTS;

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

function mutateJson(fault: Fault, method: string, url: URL, status: number, body: any): { status: number; body: any } {
  if (fault === 'wrong-status' && method === 'POST' && /\/utleggsbegjaering$/.test(url.pathname) && status === 201) return { status: 200, body };
  if (status === 422 && Array.isArray(body?.kontrollutslag) && body.kontrollutslag.length > 0) {
    if (fault === 'wrong-rule-code') body.kontrollutslag[0].kode = `${body.kontrollutslag[0].kode}_X`;
    if (fault === 'missing-rule-code') body.kontrollutslag.pop();
    if (fault === 'missing-rule-code' && body.kontrollutslag.length === 0) body.kontrollutslag.push({ kode: 'UKJENT', melding: 'ukjent' });
  }
  if (Array.isArray(body) && /\/api\/trekkpaalegg\/v1\/?$/.test(url.pathname)) {
    if (fault === 'schema-break') for (const item of body) delete item.trekkid;
    if (fault === 'broken-paging' && Number(url.searchParams.get('fraSekvensnummer') ?? 0) > 0) body.shift();
  }
  return { status, body };
}

export interface FaultyProxy { url: string; close(): Promise<void> }

/** Starts the proxy on a free loopback port in front of `upstream`. */
export async function startFaultyProxy(upstream: string, fault: Fault, validToken?: (pathname: string) => Promise<string>): Promise<FaultyProxy> {
  const server: Server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', upstream);
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string' && k !== 'host' && k !== 'content-length') headers[k] = v;
      const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await readBody(req);
      let upstreamRes = await fetch(url, { method: req.method, headers, body: body as BodyInit | undefined });
      if (fault === 'lets-bad-token-through' && validToken && url.pathname.startsWith('/api/') && (upstreamRes.status === 401 || upstreamRes.status === 403)) {
        // The defect: whatever the client presented, the request is served as if it carried a good token.
        headers.authorization = `Bearer ${await validToken(url.pathname)}`;
        upstreamRes = await fetch(url, { method: req.method, headers, body: body as BodyInit | undefined });
      }
      let status = upstreamRes.status;
      let text = await upstreamRes.text();
      const type = upstreamRes.headers.get('content-type') ?? '';
      if (/json/.test(type) && text) {
        const mutated = mutateJson(fault, req.method ?? 'GET', url, status, JSON.parse(text));
        status = mutated.status;
        text = JSON.stringify(mutated.body);
      }
      const out: Record<string, string> = {};
      upstreamRes.headers.forEach((v, k) => { if (k !== 'content-length' && k !== 'content-encoding' && k !== 'transfer-encoding') out[k] = v; });
      res.writeHead(status, out).end(text);
    } catch (err) {
      res.writeHead(502, { 'content-type': 'text/plain' }).end(`proxy error: ${(err as Error).message}`);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

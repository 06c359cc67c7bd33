import { randomUUID } from 'node:crypto';
import { Agent as HttpAgent, createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Opptak } from '../leverandoer/opptak.ts';
import { flateHeaders, leses, Tapp } from '../leverandoer/raa.ts';
import { videresendbare } from './hop.ts';
import type { Maal } from './maal.ts';

export interface ProxyValg {
  maal: Maal;
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** Where each exchange goes once it is over; null records nothing (the bench's baseline does not use this). */
  opptak: Opptak | null;
  /** Lines about the proxy itself (a request that is not HTTP, a target that cannot be reached); default stderr. */
  logg?: (linje: string) => void;
  /** How long to wait for the target's answer, default 60 s. */
  tidsavbruddMs?: number;
}

export interface Proxy {
  url: string;
  port: number;
  close(): Promise<void>;
}

function origin(host: string, port: number): string {
  const h = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  return `http://${h.includes(':') ? `[${h}]` : h}:${port}`;
}

/** The proxy's own answer when the target gave none: never dressed up as the target's. */
function egetSvar(res: ServerResponse, status: number, melding: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = JSON.stringify({ kode: `PROXY-${status}`, melding, korrelasjonsid: randomUUID() });
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), 'x-innkreving-proxy': 'eget-svar' });
  res.end(body);
}

/**
 * A validating proxy in front of an environment: forwards the supplier's requests as they came (method,
 * path, query, every header but the hop-by-hop ones, the body streamed as it arrives) and the target's
 * answers the same way back, keeping only a tee of each stream for the recorder, which judges both
 * directions once the answer is through. Nothing is added, removed or reordered on the way.
 */
export async function createProxy(valg: ProxyValg): Promise<Proxy> {
  const { maal } = valg;
  const https = maal.url.protocol === 'https:';
  const agent = https ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true });
  const request = https ? httpsRequest : httpRequest;
  const logg = valg.logg ?? ((l: string) => process.stderr.write(`${l}\n`));
  const tidsavbrudd = valg.tidsavbruddMs ?? 60_000;

  function videresend(req: IncomingMessage, res: ServerResponse): void {
    const start = Date.now();
    const opptak = valg.opptak;
    const inn = opptak ? new Tapp(leses(req.headers['content-type'])) : undefined;
    let svar: { status: number; headers: Record<string, string> } | undefined;
    let svarTapp: Tapp | undefined;
    let avbrudd: string | undefined;
    let levert = false;
    const lever = () => {
      if (levert || !opptak) return;
      levert = true;
      opptak.observer({
        start, slutt: Date.now(), metode: req.method ?? 'GET', url: req.url ?? '/', origin: maal.origin,
        foresporselHeaders: flateHeaders(req.headers), inn: inn!.ferdig(),
        ...(svar ? { svar: { ...svar, kropp: svarTapp!.ferdig() } } : {}),
        ...(avbrudd ? { avbrudd } : {}),
      });
    };

    const opp = request({
      protocol: maal.url.protocol, hostname: maal.url.hostname, port: maal.url.port || undefined,
      method: req.method, path: req.url, headers: videresendbare(req.rawHeaders, maal.url.host), agent, setHost: false,
    });
    opp.setTimeout(tidsavbrudd, () => opp.destroy(new Error(`no answer within ${tidsavbrudd} ms`)));
    opp.on('response', (oppSvar) => {
      const headers = flateHeaders(oppSvar.headers);
      svar = { status: oppSvar.statusCode ?? 502, headers };
      if (opptak) svarTapp = new Tapp(leses(headers['content-type']));
      res.sendDate = false; // the target's Date, or none, as it sent it
      res.writeHead(oppSvar.statusCode ?? 502, oppSvar.statusMessage, videresendbare(oppSvar.rawHeaders));
      if (svarTapp) oppSvar.on('data', (c: Buffer) => svarTapp!.skriv(c));
      oppSvar.pipe(res);
      oppSvar.on('error', (err) => {
        avbrudd = `the target's answer broke off: ${err.message}`;
        res.destroy();
      });
      oppSvar.on('aborted', () => {
        avbrudd = 'the target closed the connection before its answer was complete';
      });
    });
    opp.on('error', (err) => {
      if (!svar) {
        avbrudd = `the target ${maal.origin} could not be reached: ${(err as NodeJS.ErrnoException).code ?? err.message}`;
        logg(`proxy: ${req.method} ${(req.url ?? '/').split('?')[0]}: ${avbrudd}`);
        egetSvar(res, 502, avbrudd);
        svar = undefined;
        lever();
      } else {
        avbrudd ??= `the target's answer broke off: ${err.message}`;
        res.destroy();
      }
    });
    if (inn) req.on('data', (c: Buffer) => inn.skriv(c));
    req.pipe(opp);
    req.on('error', () => opp.destroy());
    res.once('finish', lever);
    res.once('close', () => {
      if (!res.writableFinished) {
        avbrudd ??= 'the client closed the connection before the answer was complete';
        opp.destroy();
      }
      lever();
    });
  }

  const server = createServer((req, res) => {
    try {
      videresend(req, res);
    } catch (err) {
      // A header value Node refuses to send on, or the like: the client hears it from us, not a crash.
      logg(`proxy: could not forward ${req.method} ${(req.url ?? '/').split('?')[0]}: ${(err as Error).message.split('\n')[0]}`);
      egetSvar(res, 502, `the proxy could not forward the request: ${(err as Error).message.split('\n')[0]}`);
    }
  });
  server.keepAliveTimeout = 10_000;
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    // Not HTTP (or not parseable): nothing to forward or record as an exchange, but said, and answered.
    if (err.code !== 'ECONNRESET') logg(`proxy: refused a request that is not valid HTTP (${err.code ?? err.message}); it was not forwarded`);
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });
  const host = valg.host ?? '127.0.0.1';
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(valg.port ?? 0, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
  return {
    url: origin(host, port),
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
        agent.destroy();
      }),
  };
}

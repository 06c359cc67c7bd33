import type { IncomingMessage, ServerResponse } from 'node:http';
import { korrelasjonsidFor } from './correlation.ts';

/** One request/response pair as the handlers see it, with what the server learnt before routing. */
export interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  korrelasjonsid: string;
  /** Media type of the request body ('' when none was declared). */
  contentType: string;
  /** Raw body bytes for POST/PUT, undefined for other methods. */
  raw?: Buffer;
  /** Set when the body was declared JSON but did not parse. */
  jsonError?: string;
}

export function createExchange(req: IncomingMessage, res: ServerResponse, contentType: string): Exchange {
  return { req, res, korrelasjonsid: korrelasjonsidFor(req), contentType };
}

export interface Detalj {
  felt: string;
  melding: string;
}

/** Skatteetaten's general error body. */
export interface Feil {
  kode: string;
  melding: string;
  korrelasjonsid: string;
  detaljer?: Detalj[];
}

function write(ex: Exchange, status: number, contentType: string | undefined, payload: string | undefined, headers?: Record<string, string>): void {
  const { res } = ex;
  if (res.headersSent || res.writableEnded) return;
  // Korrelasjonsid is already set on the response (server.ts), for every answer including Maskinporten's.
  const out: Record<string, string> = { ...headers };
  if (payload !== undefined && contentType) {
    out['content-type'] = contentType;
    out['content-length'] = String(Buffer.byteLength(payload));
  } else if (status !== 204 && status !== 304) out['content-length'] = '0'; // RFC 9110: 204 carries no Content-Length
  res.writeHead(status, out);
  res.end(payload);
}

export function sendJson(ex: Exchange, status: number, body: unknown, headers?: Record<string, string>, mediaType = 'application/json'): void {
  write(ex, status, `${mediaType}; charset=utf-8`, JSON.stringify(body), headers);
}

export function sendText(ex: Exchange, status: number, contentType: string, text: string, headers?: Record<string, string>): void {
  write(ex, status, contentType, text, headers);
}

export function sendEmpty(ex: Exchange, status: number, headers?: Record<string, string>): void {
  write(ex, status, undefined, undefined, headers);
}

export function sendFeil(ex: Exchange, status: number, kode: string, melding: string, detaljer?: Detalj[], headers?: Record<string, string>): void {
  const body: Feil = { kode, melding, korrelasjonsid: ex.korrelasjonsid };
  if (detaljer && detaljer.length > 0) body.detaljer = detaljer;
  sendJson(ex, status, body, headers);
}

import { randomUUID } from 'node:crypto';
import type { ApiResponse, Exchange } from './exchange.ts';
import { IkkeSyntetiskeDataError, kontrollerForespoersel, type SyntetiskKontroll } from './syntetisk-kontroll.ts';

export interface RequestOptions {
  method: string;
  /** Path below the origin, e.g. /api/trekkpaalegg/v1?maksAntall=3 */
  path: string;
  operationId: string;
  query?: Record<string, string | number | undefined>;
  headers?: Record<string, string>;
  json?: unknown;
  /** Raw body (attachments, or deliberately malformed JSON). */
  raw?: { data: string | Uint8Array; contentType: string };
  /** Bearer token; null sends no Authorization header at all. */
  token?: string | null;
  /** Where the body came from (an example file, a generator and its seed), for the synthetic-data check's findings. */
  opphav?: string;
}

export interface HttpClientOptions {
  baseUrl: string;
  /** Called after every exchange, e.g. to attach it to the running test. */
  onExchange?: (exchange: Exchange) => void;
  timeoutMs?: number;
  /**
   * Check every request for real-looking identifiers before it is sent; one that holds a real-looking
   * fødselsnummer or D-nummer throws IkkeSyntetiskeDataError and is never sent. For every environment
   * but the embedded sandbox.
   */
  syntetiskKontroll?: SyntetiskKontroll;
}

/** Uploads up to this size are recorded whole (base64) in the exchange; larger ones by their size only. */
export const MAX_RECORDED_BINARY = 1024 * 1024;

/** A thin fetch wrapper: every call yields an ApiResponse tagged with its operationId, never throws on status. */
export class HttpClient {
  constructor(private readonly options: HttpClientOptions) {}

  get baseUrl(): string {
    return this.options.baseUrl;
  }

  async send(req: RequestOptions): Promise<ApiResponse> {
    const url = new URL(req.path, this.options.baseUrl);
    for (const [k, v] of Object.entries(req.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    const headers: Record<string, string> = { Accept: 'application/json', Korrelasjonsid: randomUUID(), Klientid: 'innkreving-conformance', ...req.headers };
    let body: string | Uint8Array | undefined;
    if (req.json !== undefined) {
      body = JSON.stringify(req.json);
      headers['Content-Type'] ??= 'application/json';
    } else if (req.raw) {
      body = req.raw.data;
      headers['Content-Type'] = req.raw.contentType;
    }
    if (req.token) headers.Authorization = `Bearer ${req.token}`;
    if (this.options.syntetiskKontroll) {
      const kontroll = kontrollerForespoersel({ method: req.method, url, json: req.json, raw: req.raw, opphav: req.opphav }, this.options.syntetiskKontroll);
      this.options.syntetiskKontroll.etterKontroll?.(kontroll);
      if (kontroll.stopp.length) throw new IkkeSyntetiskeDataError(kontroll);
    }

    const started = performance.now();
    const res = await fetch(url, { method: req.method, headers, body: body as BodyInit | undefined, signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000) });
    const text = await res.text();
    const durationMs = performance.now() - started;
    const contentType = res.headers.get('content-type') ?? '';
    let parsed: unknown;
    if (/json/i.test(contentType) && text.length > 0) {
      try { parsed = JSON.parse(text); } catch { parsed = undefined; }
    }
    const responseHeaders: Record<string, string> = {};
    res.headers.forEach((value, name) => (responseHeaders[name] = value));
    const response: ApiResponse = { operationId: req.operationId, status: res.status, headers: responseHeaders, contentType, body: parsed, text };
    const exchange: Exchange = {
      request: {
        method: req.method,
        url: url.toString(),
        headers,
        body: typeof body === 'string' ? body : undefined,
        bodyBytes: body instanceof Uint8Array ? body.byteLength : undefined,
        bodyBase64: body instanceof Uint8Array && body.byteLength <= MAX_RECORDED_BINARY ? Buffer.from(body).toString('base64') : undefined,
      },
      response,
      durationMs,
    };
    response.exchange = exchange;
    this.options.onExchange?.(exchange);
    return response;
  }
}

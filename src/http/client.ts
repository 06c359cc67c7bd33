import { randomUUID } from 'node:crypto';
import type { ApiResponse, Exchange } from './exchange.ts';

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
}

export interface HttpClientOptions {
  baseUrl: string;
  /** Called after every exchange, e.g. to attach it to the running test. */
  onExchange?: (exchange: Exchange) => void;
  timeoutMs?: number;
}

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
      },
      response,
      durationMs,
    };
    response.exchange = exchange;
    this.options.onExchange?.(exchange);
    return response;
  }
}

import { loadSpec, type OperationInfo } from '../spec/document.ts';
import type { ApiName } from '../spec/versions.ts';
import type { HttpClient, RequestOptions } from '../http/client.ts';
import type { ApiResponse } from '../http/exchange.ts';

export type TokenProvider = () => Promise<string | null>;

export interface CallOptions {
  params?: Record<string, string | number>;
  query?: Record<string, string | number | undefined>;
  headers?: Record<string, string>;
  json?: unknown;
  raw?: RequestOptions['raw'];
  /** Overrides the client's token for this call: a string, or null for no Authorization header. */
  token?: string | null;
}

/** Calls operations by operationId; method and path come from the API's document, never from code. */
export class OperationClient {
  readonly api: ApiName;
  /** The version of the API's document this client calls (the run's choice when not given). */
  readonly version: string;
  constructor(
    api: ApiName,
    private readonly http: HttpClient,
    private readonly token: TokenProvider,
    version?: string,
  ) {
    this.api = api;
    this.version = loadSpec(api, version).version;
  }

  operation(operationId: string): OperationInfo {
    const op = loadSpec(this.api, this.version).operations.get(operationId);
    if (!op) throw new Error(`${this.api} has no operation "${operationId}"`);
    return op;
  }

  async call(operationId: string, options: CallOptions = {}): Promise<ApiResponse> {
    const op = this.operation(operationId);
    const path = op.fullPath.replace(/\{([^}]+)\}/g, (_, name: string) => {
      const value = options.params?.[name];
      if (value === undefined) throw new Error(`${operationId} needs path parameter "${name}"`);
      return encodeURIComponent(String(value));
    });
    const token = options.token !== undefined ? options.token : await this.token();
    const response = await this.http.send({ method: op.method, path, operationId, query: options.query, headers: options.headers, json: options.json, raw: options.raw, token });
    response.api = op.api;
    response.version = op.version;
    return response;
  }

  /**
   * Follows a link the server handed out (a 201's Location) to the operation it must name: the URL is
   * resolved against the environment's base URL, must lie on the same origin and match the operation's
   * documented path, and its path parameters are read out of it — so a Location that points elsewhere is
   * a finding, not a request to some other resource.
   */
  async follow(location: string | undefined, operationId: string, options: Omit<CallOptions, 'params'> = {}): Promise<{ response?: ApiResponse; params?: Record<string, string>; problem?: string }> {
    if (!location) return { problem: 'the response has no Location header' };
    const base = new URL(this.http.baseUrl);
    let url: URL;
    try {
      url = new URL(location, base);
    } catch {
      return { problem: `Location ${JSON.stringify(location)} is not a URL` };
    }
    if (url.origin !== base.origin) return { problem: `Location ${location} leaves the environment (${base.origin})` };
    const op = this.operation(operationId);
    const names: string[] = [];
    // Regex specials escaped (braces are not among them), then each {name} becomes one path segment.
    const pattern = op.fullPath.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_m, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    const match = new RegExp(`^${pattern}$`).exec(url.pathname);
    if (!match) return { problem: `Location ${location} does not name ${operationId} (${op.method} ${op.fullPath})` };
    const params = Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(match[i + 1])]));
    const query = { ...Object.fromEntries(url.searchParams), ...options.query };
    const response = await this.call(operationId, { ...options, params, query });
    return { response, params };
  }
}

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
}

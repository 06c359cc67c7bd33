import type { ApiName } from '../spec/versions.ts';
/** One request and its response, as the suite's reports and the contract matcher see them. */
export interface Exchange {
  /** A binary body (an upload) is kept as base64 up to MAX_RECORDED_BINARY bytes, so a report can replay it. */
  request: { method: string; url: string; headers: Record<string, string>; body?: string; bodyBytes?: number; bodyBase64?: string };
  response: ApiResponse;
  durationMs: number;
}

export interface ApiResponse {
  /** The operation the client called; the matcher validates against it. */
  operationId: string;
  /** The API and version of the document the operation came from, when a versioned client called it. */
  api?: ApiName;
  version?: string;
  status: number;
  headers: Record<string, string>;
  contentType: string;
  /** Parsed JSON when the body is JSON, else undefined. */
  body: unknown;
  text: string;
  /** The exchange, for reports (credentials still in place: redact before writing anywhere). */
  exchange?: Exchange;
}

/** A JWT anywhere in a text: three base64url segments, the first starting like a JSON header ("ey"). */
const JWT_LIKE = /ey[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*/g;

/** Removes anything token-shaped, so neither an access token nor a grant ends up in a message. */
export function withoutTokens(text: string): string {
  return text.replace(JWT_LIKE, '[redacted]');
}

/**
 * A failed token request. `error` and `errorDescription` are Maskinporten's own answer when there was
 * one; otherwise `error` says what failed on our side (network_error, invalid_response, discovery_failed).
 */
export class MaskinportenError extends Error {
  readonly status: number | undefined;
  readonly error: string;
  readonly errorDescription: string | undefined;

  constructor(error: string, errorDescription: string | undefined, status?: number) {
    const safeDescription = errorDescription === undefined ? undefined : withoutTokens(errorDescription).slice(0, 500);
    const where = status === undefined ? '' : ` (HTTP ${status})`;
    super(`Maskinporten: ${error}${safeDescription ? `: ${safeDescription}` : ''}${where}`);
    this.name = 'MaskinportenError';
    this.status = status;
    this.error = error;
    this.errorDescription = safeDescription;
  }
}

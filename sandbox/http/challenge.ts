/**
 * The WWW-Authenticate challenge of a refused request, as RFC 6750 § 3 has it: no error attribute when
 * the request carried no Bearer token at all (the client has not tried), `invalid_request` for a Bearer
 * header without a token, `invalid_token` for one that is expired, forged or from another issuer, and
 * `insufficient_scope` (on the 403) for a good token without the API's scope. HTTP clients use the
 * attribute to tell "fetch a new token" from "this client may never call this".
 */
export function bearerChallenge(authorization: string | undefined, refusal: { status: 401 | 403; reason: string }, scope: string): string {
  if (refusal.status === 403) return `Bearer error="insufficient_scope", error_description="${quoted(refusal.reason)}", scope="${quoted(scope)}"`;
  const header = authorization?.trim() ?? '';
  if (!/^bearer(\s|$)/i.test(header)) return 'Bearer';
  if (/^bearer\s*$/i.test(header)) return 'Bearer error="invalid_request", error_description="the Authorization header names Bearer but carries no token"';
  return `Bearer error="invalid_token", error_description="${quoted(refusal.reason)}"`;
}

/** A quoted-string's content: printable ASCII without quote or backslash (RFC 6750 limits error_description to that). */
function quoted(text: string): string {
  return text.replace(/[^\x20-\x21\x23-\x5b\x5d-\x7e]/g, '?');
}

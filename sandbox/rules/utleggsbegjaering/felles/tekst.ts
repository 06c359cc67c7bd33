/** A string with something other than whitespace in it: what "utfylt" means for the rules. */
export function utfylt(s: unknown): s is string {
  if (typeof s !== 'string' || s.length === 0) return false;
  // A printable ASCII character first (what nearly every value starts with) settles it without trim().
  const c = s.charCodeAt(0);
  return (c > 32 && c < 127) || s.trim() !== '';
}

/**
 * Arrays the schema allows to be absent; anything that is not an array reads as empty. Generic over
 * the array type, so a field that is a list of one model's type or the other's keeps both.
 */
export function liste<A extends readonly unknown[]>(v: A | undefined): A {
  return (Array.isArray(v) ? v : TOM) as A;
}
const TOM: never[] = [];

/** Deep equality of JSON values, key order ignored, undefined-valued keys treated as absent. */
export function likeVerdier(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => likeVerdier(v, bb[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const ak = Object.keys(ao).filter((k) => ao[k] !== undefined);
  const bk = Object.keys(bo).filter((k) => bo[k] !== undefined);
  return ak.length === bk.length && ak.every((k) => Object.hasOwn(bo, k) && likeVerdier(ao[k], bo[k]));
}

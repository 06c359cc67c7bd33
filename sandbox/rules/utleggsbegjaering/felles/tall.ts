/**
 * Below this magnitude n * 100 rounds to an integer under 2^50, so the float check in
 * harMaksToDesimaler is exact (see there); larger non-integers go to the string check.
 */
const RASK_GRENSE = 1e13;

/**
 * True when a JSON number has at most two decimals, judged on the number's shortest round-trip string
 * (String(n)): that is exactly what the client wrote for any decimal literal a double can hold.
 * Naive float arithmetic (n * 100 % 1) misjudges values such as 1.15 or 0.29; the hot path instead
 * asks whether n is the double nearest to k/100 for k = round(n * 100). Division of two exact
 * integers is correctly rounded, so `k / 100 === n` holds exactly when some decimal with two places
 * reads back as n, and then the shortest string has no more places than that decimal.
 */
export function harMaksToDesimaler(n: number): boolean {
  if (!Number.isFinite(n)) return false;
  if (Number.isInteger(n)) return true;
  if (n < RASK_GRENSE && n > -RASK_GRENSE) return Math.round(n * 100) / 100 === n;
  return harMaksToDesimalerEksakt(n);
}

/** The reference check on String(n), exponent form included; exported for the equivalence test. */
export function harMaksToDesimalerEksakt(n: number): boolean {
  if (!Number.isFinite(n)) return false;
  const s = String(n);
  const e = s.indexOf('e');
  const mantisse = e < 0 ? s : s.slice(0, e);
  const eksponent = e < 0 ? 0 : Number(s.slice(e + 1));
  const punkt = mantisse.indexOf('.');
  const desimaler = punkt < 0 ? 0 : mantisse.length - punkt - 1;
  return desimaler - eksponent <= 2;
}

/**
 * The amount and rate rules' failing case: a number that is negative or has more than two decimals.
 * Anything that is not a number is the schema's concern, not theirs.
 */
export function erUgyldigToDesimaler(n: unknown): n is number {
  return typeof n === 'number' && !(n >= 0 && harMaksToDesimaler(n));
}

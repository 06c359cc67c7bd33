/**
 * True when a JSON number has at most two decimals. Works on the number's shortest round-trip string
 * (String(n)), which is exactly what the client wrote for any decimal literal a double can hold; float
 * arithmetic (n * 100 % 1) would misjudge values such as 1.15 or 0.29.
 */
export function harMaksToDesimaler(n: number): boolean {
  if (!Number.isFinite(n)) return false;
  const s = String(n);
  const e = s.indexOf('e');
  const mantisse = e < 0 ? s : s.slice(0, e);
  const eksponent = e < 0 ? 0 : Number(s.slice(e + 1));
  const punkt = mantisse.indexOf('.');
  const desimaler = punkt < 0 ? 0 : mantisse.length - punkt - 1;
  return desimaler - eksponent <= 2;
}

/** Amount and rate rules: a number with at most two decimals that is not negative. */
export function erGyldigToDesimaler(n: unknown): boolean {
  return typeof n !== 'number' || (n >= 0 && harMaksToDesimaler(n));
}

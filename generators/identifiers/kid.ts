import { type RandomSource, toFaker } from '../random.ts';
import { type CheckResult, describe, firstNonDigit, luhn, mod11Kid, randomDigits } from './checksum.ts';

// KID (kundeidentifikasjon): 2–25 characters, the last one a MOD10 (Luhn) or MOD11 check digit.
// MOD11 writes a remainder of 10 as '-'.
export type KidAlgorithm = 'MOD10' | 'MOD11';

export const KID_MIN_LENGTH = 2;
export const KID_MAX_LENGTH = 25;

export interface KidInfo {
  /** The algorithms whose check digit matches; a short KID can satisfy both. */
  algorithms: KidAlgorithm[];
}

export interface KidOptions {
  /** Default MOD10, the common one in Norwegian invoicing. */
  algorithm?: KidAlgorithm;
  /** Total length including the check digit, 2–25. Default: random 6–15. */
  length?: number;
  /** Allow a MOD11 KID ending in '-'. Default false, since many payers' systems reject it. */
  allowDash?: boolean;
}

export function mod10CheckDigit(payload: string): string {
  return String(luhn(payload));
}

export function mod11CheckDigit(payload: string): string {
  const k = mod11Kid(payload);
  return k === 10 ? '-' : String(k);
}

export function generateKid(random: RandomSource, options: KidOptions = {}): string {
  const faker = toFaker(random);
  const algorithm = options.algorithm ?? 'MOD10';
  const length = options.length ?? faker.number.int({ min: 6, max: 15 });
  if (!Number.isInteger(length) || length < KID_MIN_LENGTH || length > KID_MAX_LENGTH) {
    throw new RangeError(`KID length must be ${KID_MIN_LENGTH}–${KID_MAX_LENGTH}, got ${length}`);
  }
  for (;;) {
    const payload = randomDigits(faker, length - 1);
    if (algorithm === 'MOD10') return payload + mod10CheckDigit(payload);
    const k = mod11CheckDigit(payload);
    if (k !== '-' || options.allowDash) return payload + k;
  }
}

/**
 * Checks a KID against one algorithm, or, without `algorithm`, against either.
 * A valid answer lists every algorithm the KID satisfies.
 */
export function checkKid(value: string, algorithm?: KidAlgorithm): CheckResult<KidInfo> {
  if (typeof value !== 'string') return { valid: false, reason: `must be a string of digits, got ${describe(value)}` };
  if (value.length < KID_MIN_LENGTH || value.length > KID_MAX_LENGTH) {
    return { valid: false, reason: `must be ${KID_MIN_LENGTH}–${KID_MAX_LENGTH} characters, got ${value.length}` };
  }
  const payload = value.slice(0, -1);
  const check = value[value.length - 1];
  const bad = firstNonDigit(payload);
  if (bad >= 0) return { valid: false, reason: `must contain digits only, found ${JSON.stringify(value[bad])} at position ${bad + 1}` };
  if (check !== '-' && firstNonDigit(check) >= 0) {
    return { valid: false, reason: `check digit must be a digit (or '-' for MOD11), found ${JSON.stringify(check)}` };
  }
  const expected10 = mod10CheckDigit(payload);
  const expected11 = mod11CheckDigit(payload);
  const algorithms: KidAlgorithm[] = [];
  if (check === expected10 && algorithm !== 'MOD11') algorithms.push('MOD10');
  if (check === expected11 && algorithm !== 'MOD10') algorithms.push('MOD11');
  if (algorithms.length > 0) return { valid: true, algorithms };
  if (algorithm === 'MOD10') return { valid: false, reason: `check digit is ${check}, expected ${expected10} (MOD10)` };
  if (algorithm === 'MOD11') return { valid: false, reason: `check digit is ${check}, expected ${expected11} (MOD11)` };
  return {
    valid: false,
    reason: `check digit is ${check}, expected ${expected10} (MOD10) or ${expected11} (MOD11)`,
  };
}

import type { Faker } from '@faker-js/faker';

// Check-digit arithmetic shared by the identifier kinds. Inputs are assumed to be digit
// strings already; the callers check that first so that they can say what was wrong.

export type CheckResult<T extends object = object> = ({ valid: true } & T) | { valid: false; reason: string };

/**
 * MOD11 with explicit weights, left to right: 11 - (sum mod 11), where 11 becomes 0.
 * Returns 10 when the remainder leaves no single check digit; callers decide what that means.
 */
export function mod11(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits.charCodeAt(i) - 48) * weights[i];
  const k = 11 - (sum % 11);
  return k === 11 ? 0 : k;
}

/** MOD11 as used for KID: weights 2,3,4,5,6,7 repeating from the rightmost payload digit. */
export function mod11Kid(payload: string): number {
  let sum = 0;
  let weight = 2;
  for (let i = payload.length - 1; i >= 0; i--) {
    sum += (payload.charCodeAt(i) - 48) * weight;
    weight = weight === 7 ? 2 : weight + 1;
  }
  const k = 11 - (sum % 11);
  return k === 11 ? 0 : k;
}

/** MOD10 (Luhn): double every second digit starting with the rightmost payload digit. */
export function luhn(payload: string): number {
  let sum = 0;
  let double = true;
  for (let i = payload.length - 1; i >= 0; i--) {
    let d = payload.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * Shape checks common to all identifiers: a string of exactly `length` digits.
 * Returns a reason, or null when the shape is fine. Never throws, whatever it is given.
 */
export function digitsProblem(value: unknown, length: number): string | null {
  if (typeof value !== 'string') return `must be a string of ${length} digits, got ${describe(value)}`;
  const bad = firstNonDigit(value);
  if (bad >= 0) return `must contain digits only, found ${JSON.stringify(value[bad])} at position ${bad + 1}`;
  if (value.length !== length) return `must be ${length} digits, got ${value.length}`;
  return null;
}

export function firstNonDigit(value: string, end = value.length): number {
  for (let i = 0; i < end; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return i;
  }
  return -1;
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? JSON.stringify(value) : typeof value;
}

/** `count` random digits as a string; one call per digit keeps it cheap and seed-stable. */
export function randomDigits(faker: Faker, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += String.fromCharCode(48 + faker.number.int(9));
  return out;
}

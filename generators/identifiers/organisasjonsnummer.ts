import { type RandomSource, toFaker } from '../random.ts';
import { type CheckResult, digitsProblem, mod11, randomDigits } from './checksum.ts';

const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

export interface OrganisasjonsnummerInfo {
  /**
   * Brønnøysundregistrene issues numbers starting with 8 or 9; Tenor's test organisations
   * start with 2 or 3 (310478717, 212201782). Both pass, this only tells them apart.
   */
  synthetic: boolean;
}

export interface OrganisasjonsnummerOptions {
  /** Default: 2 or 3, like Tenor's test organisations. */
  firstDigit?: number;
}

export function generateOrganisasjonsnummer(random: RandomSource, options: OrganisasjonsnummerOptions = {}): string {
  const faker = toFaker(random);
  const { firstDigit } = options;
  if (firstDigit !== undefined && !(Number.isInteger(firstDigit) && firstDigit >= 1 && firstDigit <= 9)) {
    throw new RangeError(`firstDigit must be a digit 1–9, got ${firstDigit}`);
  }
  for (;;) {
    const first = firstDigit ?? (faker.number.int(1) === 0 ? 2 : 3);
    const eight = first + randomDigits(faker, 7);
    const k = mod11(eight, WEIGHTS);
    // One prefix in eleven has no valid check digit; such numbers are never issued.
    if (k !== 10) return eight + k;
  }
}

export function checkOrganisasjonsnummer(value: string): CheckResult<OrganisasjonsnummerInfo> {
  const shape = digitsProblem(value, 9);
  if (shape) return { valid: false, reason: shape };
  const k = mod11(value, WEIGHTS);
  if (k === 10) return { valid: false, reason: 'no check digit exists for these eight digits (MOD11 gives 10)' };
  if (value.charCodeAt(8) - 48 !== k) return { valid: false, reason: `check digit is ${value[8]}, expected ${k}` };
  return { valid: true, synthetic: value[0] !== '8' && value[0] !== '9' };
}

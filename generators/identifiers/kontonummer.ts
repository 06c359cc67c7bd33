import { type RandomSource, toFaker } from '../random.ts';
import { type CheckResult, digitsProblem, mod11, randomDigits } from './checksum.ts';

// Norwegian account number: 4-digit bank register number, 2-digit account group,
// 4-digit account number, MOD11 check digit.
const WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

export interface KontonummerInfo {
  bankregisternummer: string;
}

export function generateKontonummer(random: RandomSource): string {
  const faker = toFaker(random);
  for (;;) {
    // Register numbers start at 1000; a leading zero would look like a truncated number.
    const ten = String(faker.number.int({ min: 1, max: 9 })) + randomDigits(faker, 9);
    const k = mod11(ten, WEIGHTS);
    if (k !== 10) return ten + k;
  }
}

export function checkKontonummer(value: string): CheckResult<KontonummerInfo> {
  const shape = digitsProblem(value, 11);
  if (shape) return { valid: false, reason: shape };
  const k = mod11(value, WEIGHTS);
  if (k === 10) return { valid: false, reason: 'no check digit exists for these ten digits (MOD11 gives 10)' };
  if (value.charCodeAt(10) - 48 !== k) return { valid: false, reason: `check digit is ${value[10]}, expected ${k}` };
  return { valid: true, bankregisternummer: value.slice(0, 4) };
}

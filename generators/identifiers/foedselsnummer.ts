import type { Faker } from '@faker-js/faker';
import { type RandomSource, toFaker } from '../random.ts';
import { type CheckResult, digitsProblem, mod11 } from './checksum.ts';

// Fødselsnummer and D-nummer: DDMMYY III K1 K2.
// D-nummer adds 4 to the first digit of the day; Tenor's synthetic numbers add 80 to the month.
const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

export type PersonidentifikatorKind = 'fnr' | 'dnr';

export interface PersonidentifikatorInfo {
  kind: PersonidentifikatorKind;
  /** Tenor/Test-Norge form (month + 80). */
  synthetic: boolean;
  /** YYYY-MM-DD */
  birthDate: string;
}

export interface PersonidentifikatorOptions {
  /** YYYY-MM-DD between 1854 and 2039; random adult (born 1940–2006) when left out. */
  birthDate?: string;
  /** Tenor's synthetic form (month + 80). Default true: this suite only handles test data. */
  synthetic?: boolean;
}

/** Individnummer ranges and the centuries they encode (Skatteetaten's allocation rules). */
function centuryOf(individ: number, yy: number): number | null {
  if (individ <= 499) return 1900;
  if (individ <= 749 && yy >= 54) return 1800;
  if (individ >= 900 && yy >= 40) return 1900;
  if (yy <= 39) return 2000;
  return null;
}

function individRangeFor(year: number): [number, number][] {
  if (year >= 1854 && year <= 1899) return [[500, 749]];
  if (year >= 1900 && year <= 1939) return [[0, 499]];
  if (year >= 1940 && year <= 1999) return [[0, 499], [900, 999]];
  if (year >= 2000 && year <= 2039) return [[500, 999]];
  throw new RangeError(`birthDate year ${year} cannot be encoded in a fødselsnummer (1854–2039)`);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;
const pad3 = (n: number): string => (n < 10 ? '00' : n < 100 ? '0' : '') + n;

/** A random birth date of an adult, as YYYY-MM-DD. */
export function generateBirthDate(random: RandomSource, fromYear = 1940, toYear = 2006): string {
  const faker = toFaker(random);
  const year = faker.number.int({ min: fromYear, max: toYear });
  const month = faker.number.int({ min: 1, max: 12 });
  const day = faker.number.int({ min: 1, max: daysInMonth(year, month) });
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

function parseBirthDate(birthDate: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  if (!m || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`birthDate must be a calendar date as YYYY-MM-DD, got ${JSON.stringify(birthDate)}`);
  }
  return [year, month, day];
}

function generate(faker: Faker, kind: PersonidentifikatorKind, options: PersonidentifikatorOptions): string {
  const birthDate = options.birthDate ?? generateBirthDate(faker);
  const [year, month, day] = parseBirthDate(birthDate);
  const ranges = individRangeFor(year);
  const dd = pad2(kind === 'dnr' ? day + 40 : day);
  const mm = pad2(options.synthetic === false ? month : month + 80);
  const prefix = dd + mm + pad2(year % 100);
  // About one individnummer in six gives a check digit of 10; draw again until both fit.
  // Every date has hundreds of usable individnummer, so this ends after a few draws.
  for (;;) {
    const [min, max] = ranges.length === 1 ? ranges[0] : faker.helpers.arrayElement(ranges);
    const nine = prefix + pad3(faker.number.int({ min, max }));
    const k1 = mod11(nine, K1_WEIGHTS);
    if (k1 === 10) continue;
    const ten = nine + k1;
    const k2 = mod11(ten, K2_WEIGHTS);
    if (k2 === 10) continue;
    return ten + k2;
  }
}

export function generateFoedselsnummer(random: RandomSource, options: PersonidentifikatorOptions = {}): string {
  const faker = toFaker(random);
  return generate(faker, 'fnr', options);
}

export function generateDNummer(random: RandomSource, options: PersonidentifikatorOptions = {}): string {
  const faker = toFaker(random);
  return generate(faker, 'dnr', options);
}

/** Checks a fødselsnummer or D-nummer, real or synthetic, and says which it is. */
export function checkPersonidentifikator(value: string): CheckResult<PersonidentifikatorInfo> {
  const shape = digitsProblem(value, 11);
  if (shape) return { valid: false, reason: shape };
  const dd = Number(value.slice(0, 2));
  const mm = Number(value.slice(2, 4));
  const yy = Number(value.slice(4, 6));
  const individ = Number(value.slice(6, 9));

  const kind: PersonidentifikatorKind = dd >= 41 ? 'dnr' : 'fnr';
  const day = kind === 'dnr' ? dd - 40 : dd;
  if (day < 1 || day > 31) {
    return { valid: false, reason: `day ${value.slice(0, 2)} is not a day (01–31, or 41–71 for a D-nummer)` };
  }
  const synthetic = mm >= 81;
  const month = synthetic ? mm - 80 : mm;
  if (month < 1 || month > 12) {
    return {
      valid: false,
      reason: `month ${value.slice(2, 4)} is not a month (01–12, or 81–92 for Tenor synthetic numbers)`,
    };
  }
  const century = centuryOf(individ, yy);
  if (century === null) {
    return { valid: false, reason: `individnummer ${value.slice(6, 9)} is not issued for year ${value.slice(4, 6)}` };
  }
  const year = century + yy;
  if (day > daysInMonth(year, month)) {
    return { valid: false, reason: `${year}-${pad2(month)} has no day ${day}` };
  }

  const k1 = mod11(value, K1_WEIGHTS);
  if (k1 === 10) return { valid: false, reason: 'first check digit cannot exist for these nine digits (MOD11 gives 10)' };
  if (value.charCodeAt(9) - 48 !== k1) {
    return { valid: false, reason: `first check digit is ${value[9]}, expected ${k1}` };
  }
  const k2 = mod11(value, K2_WEIGHTS);
  if (k2 === 10) return { valid: false, reason: 'second check digit cannot exist for these ten digits (MOD11 gives 10)' };
  if (value.charCodeAt(10) - 48 !== k2) {
    return { valid: false, reason: `second check digit is ${value[10]}, expected ${k2}` };
  }
  return { valid: true, kind, synthetic, birthDate: `${year}-${pad2(month)}-${pad2(day)}` };
}

/** Like checkPersonidentifikator, but a D-nummer is not accepted. */
export function checkFoedselsnummer(value: string): CheckResult<PersonidentifikatorInfo> {
  const result = checkPersonidentifikator(value);
  if (result.valid && result.kind !== 'fnr') return { valid: false, reason: 'is a D-nummer, not a fødselsnummer' };
  return result;
}

/** Like checkPersonidentifikator, but only a D-nummer is accepted. */
export function checkDNummer(value: string): CheckResult<PersonidentifikatorInfo> {
  const result = checkPersonidentifikator(value);
  if (result.valid && result.kind !== 'dnr') return { valid: false, reason: 'is a fødselsnummer, not a D-nummer' };
  return result;
}

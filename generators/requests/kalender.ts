import type { Faker } from '@faker-js/faker';

// Dates as whole days since 1970-01-01 so that ordering them is integer arithmetic. Formatting goes
// through a table built once: Date-based formatting in the hot path costs more than the rest of a claim.
const FIRST = Date.UTC(2000, 0, 1) / 86_400_000;
const LAST = Date.UTC(2040, 0, 1) / 86_400_000;
const TABLE: string[] = [];
for (let d = FIRST; d < LAST; d++) TABLE.push(new Date(d * 86_400_000).toISOString().slice(0, 10));

/** Day number of an ISO date (YYYY-MM-DD). */
export function dag(iso: string): number {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(ms)) throw new RangeError(`not a date (YYYY-MM-DD): ${JSON.stringify(iso)}`);
  return ms / 86_400_000;
}

/** ISO date of a day number. */
export function dato(day: number): string {
  const s = TABLE[day - FIRST];
  if (s === undefined) throw new RangeError(`day ${day} is outside the generators' calendar (2000–2039)`);
  return s;
}

// The draws below use faker.number.float(), a third of the cost of faker.number.int({ min, max }) with
// its argument checks; a complex petition makes a few hundred draws, so this halves its cost.

/** A uniformly drawn integer in [min, max]. */
export function heltall(faker: Faker, min: number, max: number): number {
  return min + Math.floor(faker.number.float() * (max - min + 1));
}

export function velg<T>(faker: Faker, values: readonly T[]): T {
  return values[Math.floor(faker.number.float() * values.length)];
}

/** True with probability p. */
export function sjanse(faker: Faker, p: number): boolean {
  return faker.number.float() < p;
}

/** Decimal digits as a string, up to six per draw (a draw carries 32 random bits). */
export function siffer(faker: Faker, count: number): string {
  let out = '';
  for (let left = count; left > 0; left -= 6) {
    const n = Math.min(6, left);
    out += String(Math.floor(faker.number.float() * 10 ** n)).padStart(n, '0');
  }
  return out;
}

/** Kroner from integer øre: n/100 is the double nearest to the two-decimal amount, so JSON prints ≤ 2 decimals. */
export const kroner = (oere: number): number => oere / 100;

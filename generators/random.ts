import { Faker, base, en, nb_NO } from '@faker-js/faker';

/** Every generator accepts either a ready Faker (to share one random stream) or a seed. */
export type RandomSource = Faker | number;

// faker.date.* measures from "now" unless a reference date is fixed; pinning it keeps
// date-based output byte-identical between runs on different days.
const REFERENCE_DATE = '2025-01-01T00:00:00.000Z';

/** A Faker instance whose whole output is a function of `seed`. */
export function createRandom(seed: number): Faker {
  if (!Number.isSafeInteger(seed)) {
    throw new TypeError(`seed must be an integer, got ${String(seed)}`);
  }
  const faker = new Faker({ locale: [nb_NO, en, base] });
  faker.seed(seed);
  faker.setDefaultRefDate(REFERENCE_DATE);
  return faker;
}

export function toFaker(source: RandomSource): Faker {
  return typeof source === 'number' ? createRandom(source) : source;
}

export type { Faker };

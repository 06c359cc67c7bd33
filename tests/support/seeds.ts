import { createRandom, type Faker } from '../../generators/random.ts';

/**
 * The base seed of a run: fixed by default so runs are reproducible, overridable with CONFORMANCE_SEED.
 * Tests derive their own seed from it and their title, so adding a test does not shift the others' data.
 */
export const RUN_SEED = Number(process.env.CONFORMANCE_SEED ?? 20251125);

export function seedFor(title: string): number {
  let h = RUN_SEED | 0;
  for (let i = 0; i < title.length; i++) h = (Math.imul(h, 31) + title.charCodeAt(i)) | 0;
  return Math.abs(h);
}

export function fakerFor(title: string): Faker {
  return createRandom(seedFor(title));
}

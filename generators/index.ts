// The generators' public API: everything a supplier or a test imports comes from here.
export { createRandom, toFaker, type RandomSource, type Faker } from './random.ts';
export * from './identifiers/index.ts';
export * from './parties/index.ts';
export { SANDBOX_VEDLEGG_POOL } from './data/vedlegg.ts';
export * from './requests/index.ts';
export * from './feeds/index.ts';
export * from './invalid/index.ts';

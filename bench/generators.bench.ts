import { createPartyRegistry, createRandom, generateTrekkpaalegg, generateUtleggsbegjaering } from '../generators/index.ts';
import { atLeast, ratio, type BenchSection } from './lib/types.ts';

/** Calls of `fn` per second over a window of `ms` milliseconds, checking the clock every 20 calls. */
function rate(fn: () => unknown, ms: number): number {
  let n = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (let i = 0; i < 20; i++) fn();
    n += 20;
    now = performance.now();
  }
  return (n * 1000) / (now - start);
}

/**
 * Complex petitions per second beside raw faker calls per second (a name and a number, the cheapest
 * useful thing faker does), in the same process and run: the ratio says how many faker-call pairs one
 * whole coherent petition costs. Warm-up first, then a fixed window for each side.
 */
export async function benchGenerators(windowMs = 1500, warmupMs = 500): Promise<BenchSection> {
  const registry = createPartyRegistry({ seed: 4242 });
  const petitionFaker = createRandom(4242);
  const rawFaker = createRandom(4242);
  const feedFaker = createRandom(4242);
  const petition = () => generateUtleggsbegjaering(petitionFaker, { registry, kompleksitet: 'kompleks' });
  const raw = () => rawFaker.person.fullName() + rawFaker.number.int(1_000_000);
  const orders = () => generateTrekkpaalegg(feedFaker, { trekkpliktig: '313367002', count: 10, registry });

  rate(petition, warmupMs);
  rate(raw, warmupMs);
  rate(orders, warmupMs);
  const petitions = rate(petition, windowMs);
  const fakerPairs = rate(raw, windowMs);
  const orderRate = rate(orders, windowMs) * 10;

  const sample = Array.from({ length: 200 }, petition);
  const bytes = sample.reduce((n, b) => n + JSON.stringify(b).length, 0) / sample.length;
  const krav = sample.reduce((n, b) => n + (b.kravTilInnkreving?.length ?? 0), 0) / sample.length;
  const baseline = 'faker.person.fullName() + faker.number.int()';
  return {
    comparisons: [
      {
        benchmark: 'generators', subject: 'complex utleggsbegjæring', subjectValue: petitions, baseline, baselineValue: fakerPairs,
        unit: 'per s', ratio: ratio(petitions, fakerPairs),
        details: { meanPetitionBytes: Math.round(bytes), meanKravPerPetition: Math.round(krav * 10) / 10, windowMs, warmupMs },
      },
      {
        benchmark: 'generators', subject: 'trekkpålegg orders', subjectValue: orderRate, baseline, baselineValue: fakerPairs,
        unit: 'per s', ratio: ratio(orderRate, fakerPairs), details: { batch: 10, windowMs },
      },
    ],
    targets: [atLeast('generators: complex petitions per second', petitions, 5_000, (n) => `${Math.round(n).toLocaleString('en')}/s`)],
    notes: [
      `Generators: complex petitions (mean ${Math.round(bytes)} bytes, ${krav.toFixed(1)} krav) and raw faker calls, ` +
        `${warmupMs} ms warm-up then ${windowMs} ms each, one process.`,
    ],
  };
}

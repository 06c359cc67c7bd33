import { expect, test } from '@playwright/test';
import { harMaksToDesimaler, harMaksToDesimalerEksakt } from '../../sandbox/rules/utleggsbegjaering/felles/tall.ts';

// The fast decimal check must agree with the string-based reference on every double, not only on the
// table in rules.spec.ts. A seeded generator keeps a failure reproducible.
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** The next double above x (towards +Infinity). */
function nesteOpp(x: number): number {
  const f = new Float64Array([x]);
  const i = new BigInt64Array(f.buffer);
  if (x === 0) return Number.MIN_VALUE;
  i[0] += x > 0 ? 1n : -1n;
  return f[0];
}

function nesteNed(x: number): number {
  return -nesteOpp(-x);
}

function kandidater(): number[] {
  const r = lcg(20240611);
  const ut: number[] = [0, -0, 0.1, 0.01, 0.005, 1.15, 0.29, 0.125, 0.1 + 0.2, 1e-7, 1.5e-2, 1e21, 1.5e21, 1e13, -1e13, 9999999999999.99, 10000000000000.01,
    Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE, Number.EPSILON, NaN, Infinity, -Infinity];
  for (let n = 0; n < 40000; n++) {
    const skala = 10 ** Math.floor(r() * 16);
    const k = Math.floor(r() * skala) * (r() < 0.2 ? -1 : 1);
    const to = k / 100;
    ut.push(to, nesteOpp(to), nesteNed(to), k / 1000, k / 10, k / 3, (k + r()) / 100, to * (1 + Number.EPSILON));
    ut.push((r() - 0.5) * 10 ** (Math.floor(r() * 40) - 20));
    const bits = new BigInt64Array(1);
    bits[0] = BigInt.asIntN(64, (BigInt(Math.floor(r() * 2 ** 32)) << 32n) | BigInt(Math.floor(r() * 2 ** 32)));
    ut.push(new Float64Array(bits.buffer)[0]);
  }
  return ut;
}

test('harMaksToDesimaler agrees with the String(n) reference over random and edge-case doubles', () => {
  const avvik: string[] = [];
  let toDesimaler = 0;
  for (const x of kandidater()) {
    const eksakt = harMaksToDesimalerEksakt(x);
    if (eksakt) toDesimaler++;
    if (harMaksToDesimaler(x) !== eksakt) avvik.push(`${String(x)}: fast ${!eksakt}, exact ${eksakt}`);
  }
  expect(avvik.slice(0, 20)).toEqual([]);
  // Both answers must occur often, or the comparison proves little.
  expect(toDesimaler).toBeGreaterThan(50000);
});

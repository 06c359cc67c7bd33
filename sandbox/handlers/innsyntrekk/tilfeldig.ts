// The synthetic part of a trekk is drawn from a stream seeded by the debtor's number, so the same
// question gives the same answer without storing anything (a reset has nothing to forget). A faker
// instance per request would cost more than the whole answer; mulberry32 is enough for amounts and dates.

/** FNV-1a over the parts, separated so ("ab", "c") and ("a", "bc") differ. */
export function seedAv(...deler: string[]): number {
  let h = 0x811c9dc5;
  for (const del of deler) {
    for (let i = 0; i < del.length; i++) h = Math.imul(h ^ del.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x1f, 0x01000193);
  }
  return h >>> 0;
}

export interface Stroem {
  /** A number in [0, 1). */
  tall(): number;
  /** An integer in [min, max]. */
  heltall(min: number, max: number): number;
  velg<T>(xs: readonly T[]): T;
  sjanse(p: number): boolean;
}

export function stroem(seed: number): Stroem {
  let a = seed >>> 0;
  const tall = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const heltall = (min: number, max: number) => min + Math.floor(tall() * (max - min + 1));
  return { tall, heltall, velg: (xs) => xs[Math.floor(tall() * xs.length)], sjanse: (p) => tall() < p };
}

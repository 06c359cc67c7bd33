import type { KeywordDefinition } from 'ajv';

/** Digits after the decimal point in a number's shortest round-trip form (1e-7 → 7, 12.5 → 1). */
function decimals(x: number): number {
  const [mantissa, exponent] = String(x).toLowerCase().split('e');
  const frac = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, frac - Number(exponent ?? 0));
}

/**
 * An exact `multipleOf` for decimal divisors. Floating-point division (ajv's default, even with
 * multipleOfPrecision) rejects correct amounts such as 121673.43 against 0.01, so the value and the
 * divisor are scaled to integers by their decimal digits, as written in JSON, and compared there.
 */
export const exactMultipleOf: KeywordDefinition = {
  keyword: 'multipleOf',
  type: 'number',
  schemaType: 'number',
  error: { message: ({ schema }) => `must be a multiple of ${schema}` as never, params: ({ schema }) => ({ multipleOf: schema }) as never },
  validate: (divisor: number, value: number) => {
    if (!Number.isFinite(value)) return false;
    const k = Math.max(decimals(divisor), decimals(value));
    if (k > 15) return false;
    const scaled = BigInt(Math.round(value * 10 ** k));
    const unit = BigInt(Math.round(divisor * 10 ** k));
    return unit !== 0n && scaled % unit === 0n;
  },
};

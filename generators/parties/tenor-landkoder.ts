import { base } from '@faker-js/faker';
import { isLandkode } from '../data/landkoder.ts';
import type { UtenlandskLandkode } from './types.ts';

// Folkeregisteret writes countries as ISO 3166-1 alpha-3 (SWE), Enhetsregisteret and our parties as
// alpha-2 (SE). faker's base locale carries the official pairs, so no second copy of the table is kept.

const ALPHA3 = new Map<string, string>(base.location!.country_code!.map((c: { alpha2: string; alpha3: string }) => [c.alpha3, c.alpha2]));

/** The alpha-2 code of an alpha-3 or alpha-2 country code other than Norway, or undefined when unknown. */
export function utenlandskLandkode(kode: string): UtenlandskLandkode | undefined {
  const upper = kode.trim().toUpperCase();
  const alpha2 = upper.length === 3 ? ALPHA3.get(upper) : upper;
  return alpha2 !== undefined && alpha2 !== 'NO' && isLandkode(alpha2) ? (alpha2 as UtenlandskLandkode) : undefined;
}

/** Norway in either form. */
export const erNorge = (kode: string): boolean => ['NO', 'NOR'].includes(kode.trim().toUpperCase());

/** The alpha-3 code Folkeregisteret writes for an alpha-2 one (the local Tenor writes FREG documents). */
export function alpha3(alpha2: string): string | undefined {
  for (const [a3, a2] of ALPHA3) if (a2 === alpha2) return a3;
  return undefined;
}

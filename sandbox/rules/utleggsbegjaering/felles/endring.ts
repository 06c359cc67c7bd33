import { identitet } from './aktoer.ts';
import type { Aktoer } from './modell.ts';
import { likeVerdier } from './tekst.ts';

/**
 * The indexes of the entries in `naa` that describe no party in `foer`: compared by identitet
 * (identifier, else name), and an entry too thin for that by equal content. A party whose address or
 * name spelling was corrected is still the same party when its identifier is.
 */
export function nyeParter(naa: readonly (Aktoer | undefined)[], foer: readonly (Aktoer | undefined)[]): number[] {
  const kjente = new Set<string>();
  for (const a of foer) { const id = identitet(a); if (id !== undefined) kjente.add(id); }
  const nye: number[] = [];
  naa.forEach((a, i) => {
    const id = identitet(a);
    if (id !== undefined ? !kjente.has(id) : !foer.some((f) => likeVerdier(f, a))) nye.push(i);
  });
  return nye;
}

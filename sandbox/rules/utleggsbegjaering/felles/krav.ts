import type { Utleggsbegjaering } from '../../../../src/model/utleggsbegjaering.ts';
import { liste, utfylt } from './tekst.ts';

/** kravreferanse → index of the first krav carrying it. */
export function kravIndeks(b: Utleggsbegjaering): Map<string, number> {
  const m = new Map<string, number>();
  liste(b.kravTilInnkreving).forEach((k, i) => {
    if (utfylt(k?.kravreferanse) && !m.has(k.kravreferanse)) m.set(k.kravreferanse, i);
  });
  return m;
}

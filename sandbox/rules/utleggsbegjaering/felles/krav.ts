import type { Utleggsbegjaering } from '../../../../src/model/utleggsbegjaering.ts';
import { husket } from './minne.ts';
import { liste, utfylt } from './tekst.ts';

function byggKravIndeks(b: Utleggsbegjaering): Map<string, number> {
  const m = new Map<string, number>();
  const krav = liste(b.kravTilInnkreving);
  for (let i = 0; i < krav.length; i++) {
    const ref = krav[i]?.kravreferanse;
    if (utfylt(ref) && !m.has(ref)) m.set(ref, i);
  }
  return m;
}

/** kravreferanse → index of the first krav carrying it (built once per evaluate()). */
export function kravIndeks(b: Utleggsbegjaering): ReadonlyMap<string, number> {
  return husket(b, byggKravIndeks);
}

function byggTvangsgrunnlagIndeks(b: Utleggsbegjaering): Map<string, number> {
  const m = new Map<string, number>();
  const tg = liste(b.begjaeringensTvangsgrunnlag);
  for (let i = 0; i < tg.length; i++) {
    for (const ref of liste(tg[i]?.innsendersKravreferanse)) if (!m.has(ref)) m.set(ref, i);
  }
  return m;
}

/** innsendersKravreferanse → index of the first tvangsgrunnlag listing it (built once per evaluate()). */
export function tvangsgrunnlagIndeks(b: Utleggsbegjaering): ReadonlyMap<string, number> {
  return husket(b, byggTvangsgrunnlagIndeks);
}

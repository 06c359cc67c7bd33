import type { Begjaering } from '../../types.ts';
import { liste, utfylt } from './tekst.ts';

/**
 * How the status messages name the case: its tvangsgrunnlag's external case references (deprecated in
 * 2.1, still accepted), else the innsender's reference.
 */
export function saksreferanse(b: Begjaering): string | undefined {
  const refer = [...new Set(liste(b.begjaeringensTvangsgrunnlag).map((t) => t?.eksternSaksreferanse).filter(utfylt))];
  return refer.length > 0 ? refer.join(', ') : b.innsenderReferanse;
}

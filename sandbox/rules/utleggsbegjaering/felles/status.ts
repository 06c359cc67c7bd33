import type { Utleggsbegjaering } from '../../../../src/model/utleggsbegjaering.ts';
import { liste, utfylt } from './tekst.ts';

/** How the status messages name the case: its tvangsgrunnlag's external case references, else the innsender's reference. */
export function saksreferanse(b: Utleggsbegjaering): string | undefined {
  const refer = [...new Set(liste(b.begjaeringensTvangsgrunnlag).map((t) => t?.eksternSaksreferanse).filter(utfylt))];
  return refer.length > 0 ? refer.join(', ') : b.innsenderReferanse;
}

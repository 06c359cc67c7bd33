import type { Utleggsbegjaering, VedleggType } from '../../../../src/model/utleggsbegjaering.ts';
import type { Rapporter } from '../../types.ts';
import { besoekVedlegg, type Vedleggsfelt } from './vedlegg.ts';

/** Reports each reference in one of `felter` whose type is not `type`; the message names the file. */
export function sjekkVedleggstype(b: Utleggsbegjaering, felter: readonly Vedleggsfelt[], type: VedleggType, rapporter: Rapporter): void {
  besoekVedlegg(b, (v, sti, felt) => {
    if (felter.includes(felt) && v.type !== type) rapporter({ filnavn: v.filnavn }, `${sti}/type`);
  });
}

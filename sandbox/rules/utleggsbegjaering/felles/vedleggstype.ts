import type { Utleggsbegjaering, VedleggType } from '../../../../src/model/utleggsbegjaering.ts';
import type { Rapporter } from '../../types.ts';
import { besoekVedlegg, vedleggssti, type Vedleggsfelt } from './vedlegg.ts';

/** Reports each reference in field `felt` whose type is not `type`; the message names the file. */
export function sjekkVedleggstype(b: Utleggsbegjaering, felt: Vedleggsfelt, type: VedleggType, rapporter: Rapporter): void {
  besoekVedlegg(b, (v, f, i, j) => {
    if (v.type !== type) rapporter({ filnavn: v.filnavn }, `${vedleggssti(f, i, j)}/type`);
  }, felt);
}

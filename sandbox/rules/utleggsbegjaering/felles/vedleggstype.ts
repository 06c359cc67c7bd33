import type { Begjaering, Rapporter } from '../../types.ts';
import type { Vedlegg } from './modell.ts';
import { besoekVedlegg, vedleggssti, type Vedleggsfelt } from './vedlegg.ts';

/** Reports each reference in field `felt` whose type is not `type`; the message names the file. */
export function sjekkVedleggstype(b: Begjaering, felt: Exclude<Vedleggsfelt, 'vedlegg'>, type: Vedlegg['type'], rapporter: Rapporter): void {
  besoekVedlegg(b, (v, _felt, sted, i, j) => {
    if (v.type !== type) rapporter({ filnavn: v.filnavn }, `${vedleggssti(sted, i, j)}/type`);
  }, felt);
}

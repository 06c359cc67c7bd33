import type { Begjaering, Rapporter } from '../../types.ts';
import type { Vedlegg } from './modell.ts';
import { vedleggsliste, vedleggssti, type Vedleggsfelt } from './vedlegg.ts';

/** Reports each reference in field `felt` whose type is not `type`; the message names the file. */
export function sjekkVedleggstype(b: Begjaering, felt: Exclude<Vedleggsfelt, 'vedlegg'>, type: Vedlegg['type'], rapporter: Rapporter): void {
  const l = vedleggsliste(b);
  for (let k = 0; k < l.felt.length; k++) {
    if (l.felt[k] !== felt) continue;
    const v = l.vedlegg[k];
    if (v.type !== type) rapporter({ filnavn: v.filnavn }, `${vedleggssti(l.sted[k], l.i[k], l.j[k])}/type`);
  }
}

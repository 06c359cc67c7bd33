import { regel } from '../modul.ts';
import { utfylt } from './felles/tekst.ts';
import { vedleggsliste, vedleggssti } from './felles/vedlegg.ts';

export default regel(import.meta.url, 'VEDLEGG_SKAL_HA_UUID', (b, _ktx, rapporter) => {
  const l = vedleggsliste(b);
  for (let k = 0; k < l.vedlegg.length; k++) {
    const v = l.vedlegg[k];
    if (!utfylt(v.uuid)) rapporter([v.filnavn], vedleggssti(l.sted[k], l.i[k], l.j[k]));
  }
});

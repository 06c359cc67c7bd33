import { regel } from '../modul.ts';
import { utfylt } from './felles/tekst.ts';
import { besoekVedlegg, vedleggssti } from './felles/vedlegg.ts';

export default regel(import.meta.url, 'VEDLEGG_SKAL_HA_UUID', (b, _ktx, rapporter) => {
  besoekVedlegg(b, (v, _felt, sted, i, j) => {
    if (!utfylt(v.uuid)) rapporter([v.filnavn], vedleggssti(sted, i, j));
  });
});

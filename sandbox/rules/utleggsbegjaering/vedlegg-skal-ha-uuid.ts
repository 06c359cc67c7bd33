import { regel } from '../modul.ts';
import { utfylt } from './felles/tekst.ts';
import { besoekVedlegg, vedleggssti } from './felles/vedlegg.ts';

export default regel(import.meta.url, 'VEDLEGG_SKAL_HA_UUID', (b, _ktx, rapporter) => {
  besoekVedlegg(b, (v, felt, i, j) => {
    if (!utfylt(v.uuid)) rapporter([v.filnavn], vedleggssti(felt, i, j));
  });
});

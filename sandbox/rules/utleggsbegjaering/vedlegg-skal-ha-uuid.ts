import { regel } from '../modul.ts';
import { besoekVedlegg } from './felles/vedlegg.ts';
import { utfylt } from './felles/tekst.ts';

export default regel(import.meta.url, 'VEDLEGG_SKAL_HA_UUID', (b, _ktx, rapporter) => {
  besoekVedlegg(b, (v, sti) => {
    if (!utfylt(v.uuid)) rapporter([v.filnavn], sti);
  });
});

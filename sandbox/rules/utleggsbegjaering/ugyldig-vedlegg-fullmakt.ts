import { regel } from '../modul.ts';
import { sjekkVedleggstype } from './felles/vedleggstype.ts';

// Both places a power of attorney can sit: a saksøker's and the prosessfullmektig's.
export default regel(import.meta.url, 'UGYLDIG_VEDLEGG_FULLMAKT', (b, _ktx, rapporter) => {
  sjekkVedleggstype(b, 'fullmakt', 'fullmakt', rapporter);
});

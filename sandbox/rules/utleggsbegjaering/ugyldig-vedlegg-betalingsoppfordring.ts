import { regel } from '../modul.ts';
import { sjekkVedleggstype } from './felles/vedleggstype.ts';

export default regel(import.meta.url, 'UGYLDIG_VEDLEGG_BETALINGSOPPFORDRING', (b, _ktx, rapporter) => {
  sjekkVedleggstype(b, 'betalingsoppfordring', 'betalingsoppfordring', rapporter);
});

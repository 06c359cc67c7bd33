import { regel } from '../modul.ts';
import { innsenderOrgnr } from './felles/aktoer.ts';
import { utfylt } from './felles/tekst.ts';

// A change ('endre') replaces the earlier submission with the same date and reference by design,
// so only new submissions and validations are compared with what is stored.
export default regel(import.meta.url, 'DUPLIKAT_INNSENDING', (b, ktx, rapporter) => {
  if (!ktx.erDuplikat || ktx.modus === 'endre') return;
  const orgnr = innsenderOrgnr(b);
  if (!orgnr || !utfylt(b.begjaeringsdato) || !utfylt(b.innsenderReferanse)) return;
  if (ktx.erDuplikat(orgnr, b.begjaeringsdato, b.innsenderReferanse)) {
    rapporter({ 'begjæringsdato': b.begjaeringsdato, innsenderReferanse: b.innsenderReferanse }, '/innsenderReferanse');
  }
}, { trenger: ['innsendinger'] });

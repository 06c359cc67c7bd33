import { regel } from '../modul.ts';
import { utfylt } from './felles/tekst.ts';

// Payment details are optional, but when given, each account must hold at least one value and the
// block must hold at least one account ("Konto må inneholde minst en verdi").
export default regel(import.meta.url, 'MANGELFULLE_KONTOOPPLYSNINGER', (b, _ktx, rapporter) => {
  const info = b.betalingsinformasjon;
  if (!info) return;
  const { norskKonto: norsk, utenlandskKonto: utenlandsk } = info;
  if (!norsk && !utenlandsk) return rapporter(undefined, '/betalingsinformasjon');
  if (norsk && !utfylt(norsk.kontonummer) && !utfylt(norsk.kidnummer)) rapporter(undefined, '/betalingsinformasjon/norskKonto');
  if (utenlandsk && !utfylt(utenlandsk.iban) && !utfylt(utenlandsk.swiftBic)) rapporter(undefined, '/betalingsinformasjon/utenlandskKonto');
});

import { checkKontonummer } from '../../../generators/identifiers/index.ts';
import { regel } from '../modul.ts';

export default regel(import.meta.url, 'UGYLDIG_KONTONR', (b, _ktx, rapporter) => {
  const nr = b.betalingsinformasjon?.norskKonto?.kontonummer;
  if (typeof nr === 'string' && nr !== '' && !checkKontonummer(nr).valid) rapporter({ kontonummer: nr }, '/betalingsinformasjon/norskKonto/kontonummer');
});

import { checkKontonummer } from '../../../generators/identifiers/index.ts';
import { regel } from '../modul.ts';
import { betalingsinformasjon, norskKontonummer, norskKontonummerSti } from './felles/modell.ts';

export default regel(import.meta.url, 'UGYLDIG_KONTONR', (b, _ktx, rapporter) => {
  const info = betalingsinformasjon(b);
  if (!info) return;
  const nr = norskKontonummer(info);
  if (typeof nr === 'string' && nr !== '' && !checkKontonummer(nr).valid) rapporter({ kontonummer: nr }, norskKontonummerSti(info));
});

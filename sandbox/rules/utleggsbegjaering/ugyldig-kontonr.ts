import { regel } from '../modul.ts';
import { gyldigKontonummer } from './felles/kontrollsiffer.ts';
import { betalingsinformasjon, norskKontonummer, norskKontonummerSti } from './felles/modell.ts';

export default regel(import.meta.url, 'UGYLDIG_KONTONR', (b, _ktx, rapporter) => {
  const info = betalingsinformasjon(b);
  if (!info) return;
  const nr = norskKontonummer(info);
  if (typeof nr === 'string' && nr !== '' && !gyldigKontonummer(nr)) rapporter({ kontonummer: nr }, norskKontonummerSti(info));
});

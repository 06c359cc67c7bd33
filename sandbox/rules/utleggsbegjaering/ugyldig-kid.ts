import { regel } from '../modul.ts';
import { gyldigKid } from './felles/kontrollsiffer.ts';
import { betalingsinformasjon, kidnummer, kidnummerSti } from './felles/modell.ts';

// The schema already holds the KID to digits (and a final '-'); this checks the MOD10/MOD11 check digit.
export default regel(import.meta.url, 'UGYLDIG_KID', (b, _ktx, rapporter) => {
  const info = betalingsinformasjon(b);
  if (!info) return;
  const kid = kidnummer(info);
  if (typeof kid === 'string' && kid !== '' && !gyldigKid(kid)) rapporter({ kidnummer: kid }, kidnummerSti(info));
});

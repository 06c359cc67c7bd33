import { checkKid } from '../../../generators/identifiers/index.ts';
import { regel } from '../modul.ts';

// The schema already holds the KID to digits (and a final '-'); this checks the MOD10/MOD11 check digit.
export default regel(import.meta.url, 'UGYLDIG_KID', (b, _ktx, rapporter) => {
  const kid = b.betalingsinformasjon?.norskKonto?.kidnummer;
  if (typeof kid === 'string' && kid !== '' && !checkKid(kid).valid) rapporter({ kidnummer: kid }, '/betalingsinformasjon/norskKonto/kidnummer');
});

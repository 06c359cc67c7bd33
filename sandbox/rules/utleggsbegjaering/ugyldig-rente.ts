import { regel } from '../modul.ts';
import { renteopplysning, renteopplysningFelt, rentekravdel, rentekravdelFelt } from './felles/modell.ts';
import { erUgyldigToDesimaler } from './felles/tall.ts';
import { liste } from './felles/tekst.ts';

// The agreed rate of an interest-bearing claim (0.9 renteOpplysning, 2.1 rentebaerendeKrav) and, in
// 2.1, the rate an interest claim was computed with (rentekrav.beregnetMedAvtaltRentesats).
export default regel(import.meta.url, 'UGYLDIG_RENTE', (b, _ktx, rapporter) => {
  const krav = liste(b.kravTilInnkreving);
  for (let i = 0; i < krav.length; i++) {
    const k = krav[i];
    const sats = renteopplysning(k)?.avtaltRentesats;
    if (erUgyldigToDesimaler(sats)) rapporter({ rentesats: sats }, `/kravTilInnkreving/${i}/${renteopplysningFelt(k)}/avtaltRentesats`);
    const beregnet = k?.rentekrav === undefined ? undefined : rentekravdel(k)?.beregnetMedAvtaltRentesats;
    if (erUgyldigToDesimaler(beregnet)) rapporter({ rentesats: beregnet }, `/kravTilInnkreving/${i}/${rentekravdelFelt(k)}/beregnetMedAvtaltRentesats`);
  }
});

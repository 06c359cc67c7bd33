import { regel } from '../modul.ts';
import { kravtype } from './felles/krav.ts';
import { renteopplysning, renteopplysningFelt } from './felles/modell.ts';
import { liste } from './felles/tekst.ts';

// Renteopplysninger (0.9 renteOpplysning, 2.1 rentebaerendeKrav) say that a claim bears interest; an
// interest claim bears none of its own.
export default regel(import.meta.url, 'RENTEKRAV_KAN_IKKE_HA_RENTEOPPLYSNINGER', (b, _ktx, rapporter) => {
  const krav = liste(b.kravTilInnkreving);
  for (let i = 0; i < krav.length; i++) {
    const k = krav[i];
    if (renteopplysning(k) !== undefined && kravtype(k) === 'rentekrav') rapporter(undefined, `/kravTilInnkreving/${i}/${renteopplysningFelt(k)}`);
  }
});

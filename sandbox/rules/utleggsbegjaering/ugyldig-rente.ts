import { regel } from '../modul.ts';
import { erGyldigToDesimaler } from './felles/tall.ts';
import { liste } from './felles/tekst.ts';

export default regel(import.meta.url, 'UGYLDIG_RENTE', (b, _ktx, rapporter) => {
  const krav = liste(b.kravTilInnkreving);
  for (let i = 0; i < krav.length; i++) {
    const sats = krav[i]?.renteOpplysning?.avtaltRentesats;
    if (!erGyldigToDesimaler(sats)) rapporter({ rentesats: sats }, `/kravTilInnkreving/${i}/renteOpplysning/avtaltRentesats`);
  }
});

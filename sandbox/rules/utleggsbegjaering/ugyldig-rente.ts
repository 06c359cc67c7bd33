import { regel } from '../modul.ts';
import { erGyldigToDesimaler } from './felles/tall.ts';
import { liste } from './felles/tekst.ts';

export default regel(import.meta.url, 'UGYLDIG_RENTE', (b, _ktx, rapporter) => {
  liste(b.kravTilInnkreving).forEach((k, i) => {
    const sats = k?.renteOpplysning?.avtaltRentesats;
    if (!erGyldigToDesimaler(sats)) rapporter({ rentesats: sats }, `/kravTilInnkreving/${i}/renteOpplysning/avtaltRentesats`);
  });
});

import { regel } from '../modul.ts';
import { kravIndeks, kravtype } from './felles/krav.ts';
import { liste } from './felles/tekst.ts';

// An interest claim relates to the claim that bears the interest, never to another interest claim
// (interest on interest). A claim pointing at itself is RELATERTE_KRAV_KAN_IKKE_PEKE_PÅ_SEG_SELV's.
export default regel(import.meta.url, 'RENTEKRAV_KAN_IKKE_HA_RENTEKRAV', (b, _ktx, rapporter) => {
  const krav = liste(b.kravTilInnkreving);
  for (let i = 0; i < krav.length; i++) {
    const k = krav[i];
    const relaterte = liste(k?.relatertKrav);
    if (relaterte.length === 0 || kravtype(k) !== 'rentekrav') continue;
    const indeks = kravIndeks(b);
    for (let j = 0; j < relaterte.length; j++) {
      const maal = indeks.get(relaterte[j]);
      if (maal !== undefined && maal !== i && kravtype(krav[maal]) === 'rentekrav') rapporter(undefined, `/kravTilInnkreving/${i}/relatertKrav/${j}`);
    }
  }
});

import { regel } from '../modul.ts';
import { kravIndeks, kravtype } from './felles/krav.ts';
import { liste } from './felles/tekst.ts';

// A cost or fee (kravdetaljer UtenrettsligeKostnader, TidligereRettsligeSakskostnader,
// SakskostnaderForSkriving, or any code naming a kostnad or gebyr) belongs to the main claim it arose
// from. Our reading of the title "Uriktig eller manglende relasjon til hovedstol": it must relate to
// one, and only to claims with kravdetaljer Hovedkrav. References to no claim or to itself are
// RELATERTE_KRAV_UGYLDIGE_KRAVREFERANSER's and RELATERTE_KRAV_KAN_IKKE_PEKE_PÅ_SEG_SELV's.
export default regel(import.meta.url, 'GEBYR_ELLER_SAKSKOSTNAD_HAR_ET_RELATERTKRAV_SOM_IKKE_ER_HOVEDSTOL', (b, _ktx, rapporter) => {
  const krav = liste(b.kravTilInnkreving);
  for (let i = 0; i < krav.length; i++) {
    const k = krav[i];
    if (kravtype(k) !== 'kostnad') continue;
    const relaterte = liste(k.relatertKrav);
    if (relaterte.length === 0) {
      rapporter(undefined, `/kravTilInnkreving/${i}/relatertKrav`);
      continue;
    }
    const indeks = kravIndeks(b);
    for (let j = 0; j < relaterte.length; j++) {
      const maal = indeks.get(relaterte[j]);
      if (maal !== undefined && maal !== i && kravtype(krav[maal]) !== 'hovedkrav') rapporter(undefined, `/kravTilInnkreving/${i}/relatertKrav/${j}`);
    }
  }
});

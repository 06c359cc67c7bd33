import { regel } from '../modul.ts';
import { kravnavn, kravtyper } from './felles/krav.ts';
import { erObjekt } from './felles/modell.ts';
import { liste, utfylt } from './felles/tekst.ts';

// SakskostnaderForSkriving and Rentekrav are given without kravforfall/forfallsdato (an interest claim
// runs over its rentePeriode, not to a due date). %forfallsdato names the claim, so the message reads
// "Rentekrav R-1 skal oppgis uten forfallsdato".
export default regel(import.meta.url, 'KRAV_OPPGIS_UTEN_FORFALLSDATO', (b, _ktx, rapporter) => {
  const { forfall: forfallskrav } = kravtyper(b);
  const krav = liste(b.kravTilInnkreving);
  for (let i = 0; i < forfallskrav.length; i++) {
    if (forfallskrav[i] !== 'utelates') continue;
    const k = krav[i];
    const forfall: unknown = k.kravforfall;
    if (!erObjekt(forfall) || !utfylt(forfall.forfallsdato)) continue;
    rapporter({ forfallsdato: kravnavn(k, i) }, `/kravTilInnkreving/${i}/kravforfall/forfallsdato`);
  }
});

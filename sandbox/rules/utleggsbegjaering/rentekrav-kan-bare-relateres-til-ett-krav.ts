import { regel } from '../modul.ts';
import { kravtype } from './felles/krav.ts';
import { liste } from './felles/tekst.ts';

// "Ett og bare ett relatert krav": an interest claim relating to two or more different claims breaks
// this rule (the same reference twice is one claim). No relation at all is RENTE_MAA_HA_RELATERT_KRAV's
// and a relation to another interest claim RENTEKRAV_KAN_IKKE_HA_RENTEKRAV's, so each fault is reported once.
export default regel(import.meta.url, 'RENTEKRAV_KAN_BARE_RELATERES_TIL_ETT_KRAV', (b, _ktx, rapporter) => {
  const krav = liste(b.kravTilInnkreving);
  for (let i = 0; i < krav.length; i++) {
    const k = krav[i];
    const relaterte = liste(k?.relatertKrav);
    if (relaterte.length < 2 || kravtype(k) !== 'rentekrav') continue;
    let ulike = false;
    for (let j = 1; j < relaterte.length && !ulike; j++) ulike = relaterte[j] !== relaterte[0];
    if (ulike) rapporter(undefined, `/kravTilInnkreving/${i}/relatertKrav`);
  }
});

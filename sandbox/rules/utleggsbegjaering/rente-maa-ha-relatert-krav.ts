import { regel } from '../modul.ts';
import { kravoversikt, kravtyper } from './felles/krav.ts';

// An interest claim must say which claim the interest is on (relatertKrav). Our reading: that it has a
// relation at all; which claims may bear it, and how many, is for RENTEKRAV_KAN_IKKE_HA_RENTEKRAV and
// RENTEKRAV_KAN_BARE_RELATERES_TIL_ETT_KRAV.
export default regel(import.meta.url, 'RENTE_MAA_HA_RELATERT_KRAV', (b, _ktx, rapporter) => {
  const { relaterte } = kravoversikt(b);
  const { typer } = kravtyper(b);
  for (let i = 0; i < typer.length; i++) {
    if (typer[i] === 'rentekrav' && relaterte[i].length === 0) rapporter(undefined, `/kravTilInnkreving/${i}/relatertKrav`);
  }
});

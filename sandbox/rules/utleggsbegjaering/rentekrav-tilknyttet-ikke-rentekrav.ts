import { regel } from '../modul.ts';
import { kravtyper } from './felles/krav.ts';
import { rentekravdel, rentekravdelFelt } from './felles/modell.ts';
import { liste } from './felles/tekst.ts';

// The Rentekrav block (0.9 erRentekrav, 2.1 rentekrav: period, basis, how the interest was computed)
// describes an interest claim; it belongs only on a claim with kravdetaljer Rentekrav.
export default regel(import.meta.url, 'RENTEKRAV_TILKNYTTET_IKKE_RENTEKRAV', (b, _ktx, rapporter) => {
  const { typer } = kravtyper(b);
  const krav = liste(b.kravTilInnkreving);
  for (let i = 0; i < typer.length; i++) {
    if (typer[i] === 'rentekrav') continue;
    const k = krav[i];
    if (rentekravdel(k) !== undefined) rapporter(undefined, `/kravTilInnkreving/${i}/${rentekravdelFelt(k)}`);
  }
});

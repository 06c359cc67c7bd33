import { regel } from '../modul.ts';
import { kravtyper } from './felles/krav.ts';
import { renteopplysning, renteopplysningFelt } from './felles/modell.ts';
import { liste } from './felles/tekst.ts';

// Renteopplysninger (0.9 renteOpplysning, 2.1 rentebaerendeKrav) say that a claim bears interest; an
// interest claim bears none of its own.
export default regel(import.meta.url, 'RENTEKRAV_KAN_IKKE_HA_RENTEOPPLYSNINGER', (b, _ktx, rapporter) => {
  const { typer } = kravtyper(b);
  const krav = liste(b.kravTilInnkreving);
  for (let i = 0; i < typer.length; i++) {
    if (typer[i] !== 'rentekrav') continue;
    const k = krav[i];
    if (renteopplysning(k) !== undefined) rapporter(undefined, `/kravTilInnkreving/${i}/${renteopplysningFelt(k)}`);
  }
});

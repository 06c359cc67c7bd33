import { regel } from '../modul.ts';
import { kravoversikt, kravtyper } from './felles/krav.ts';

// The hovedstol (kravdetaljer Hovedkrav) is what interest and costs relate to; it relates to nothing
// itself. An empty relatertKrav says nothing and passes.
export default regel(import.meta.url, 'HOVEDSTOL_SKAL_IKKE_HA_ET_RELATERT_KRAV', (b, _ktx, rapporter) => {
  const { relaterte, relasjoner } = kravoversikt(b);
  if (!relasjoner) return;
  const { typer } = kravtyper(b);
  for (let i = 0; i < typer.length; i++) {
    if (relaterte[i].length > 0 && typer[i] === 'hovedkrav') rapporter(undefined, `/kravTilInnkreving/${i}/relatertKrav`);
  }
});

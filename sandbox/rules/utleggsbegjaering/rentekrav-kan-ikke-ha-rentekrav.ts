import { regel } from '../modul.ts';
import { kravoversikt, kravtyper } from './felles/krav.ts';

// An interest claim relates to the claim that bears the interest, never to another interest claim
// (interest on interest). A claim pointing at itself is RELATERTE_KRAV_KAN_IKKE_PEKE_PÅ_SEG_SELV's.
export default regel(import.meta.url, 'RENTEKRAV_KAN_IKKE_HA_RENTEKRAV', (b, _ktx, rapporter) => {
  const { relaterte, relasjoner, indeks } = kravoversikt(b);
  if (!relasjoner) return;
  const { typer } = kravtyper(b);
  for (let i = 0; i < typer.length; i++) {
    const rel = relaterte[i];
    if (rel.length === 0 || typer[i] !== 'rentekrav') continue;
    for (let j = 0; j < rel.length; j++) {
      const maal = indeks.get(rel[j]);
      if (maal !== undefined && maal !== i && typer[maal] === 'rentekrav') rapporter(undefined, `/kravTilInnkreving/${i}/relatertKrav/${j}`);
    }
  }
});

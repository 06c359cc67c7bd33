import { regel } from '../modul.ts';
import { kravoversikt, kravtyper } from './felles/krav.ts';

// A cost or fee (kravdetaljer UtenrettsligeKostnader, TidligereRettsligeSakskostnader,
// SakskostnaderForSkriving, or any code naming a kostnad or gebyr) belongs to the main claim it arose
// from. Our reading of the title "Uriktig eller manglende relasjon til hovedstol": it must relate to
// one, and only to claims with kravdetaljer Hovedkrav. References to no claim or to itself are
// RELATERTE_KRAV_UGYLDIGE_KRAVREFERANSER's and RELATERTE_KRAV_KAN_IKKE_PEKE_PÅ_SEG_SELV's.
export default regel(import.meta.url, 'GEBYR_ELLER_SAKSKOSTNAD_HAR_ET_RELATERTKRAV_SOM_IKKE_ER_HOVEDSTOL', (b, _ktx, rapporter) => {
  const { relaterte, indeks } = kravoversikt(b);
  const { typer } = kravtyper(b);
  for (let i = 0; i < typer.length; i++) {
    if (typer[i] !== 'kostnad') continue;
    const rel = relaterte[i];
    if (rel.length === 0) {
      rapporter(undefined, `/kravTilInnkreving/${i}/relatertKrav`);
      continue;
    }
    for (let j = 0; j < rel.length; j++) {
      const maal = indeks.get(rel[j]);
      if (maal !== undefined && maal !== i && typer[maal] !== 'hovedkrav') rapporter(undefined, `/kravTilInnkreving/${i}/relatertKrav/${j}`);
    }
  }
});

import { regel } from '../modul.ts';
import { kravoversikt, kravtyper } from './felles/krav.ts';

// "Ett og bare ett relatert krav": an interest claim relating to two or more different claims breaks
// this rule (the same reference twice is one claim). No relation at all is RENTE_MAA_HA_RELATERT_KRAV's
// and a relation to another interest claim RENTEKRAV_KAN_IKKE_HA_RENTEKRAV's, so each fault is reported once.
export default regel(import.meta.url, 'RENTEKRAV_KAN_BARE_RELATERES_TIL_ETT_KRAV', (b, _ktx, rapporter) => {
  const { relaterte, relasjoner } = kravoversikt(b);
  if (!relasjoner) return;
  const { typer } = kravtyper(b);
  for (let i = 0; i < typer.length; i++) {
    const rel = relaterte[i];
    if (rel.length < 2 || typer[i] !== 'rentekrav') continue;
    let ulike = false;
    for (let j = 1; j < rel.length && !ulike; j++) ulike = rel[j] !== rel[0];
    if (ulike) rapporter(undefined, `/kravTilInnkreving/${i}/relatertKrav`);
  }
});

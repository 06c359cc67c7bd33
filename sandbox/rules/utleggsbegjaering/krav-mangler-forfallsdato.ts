import { regel } from '../modul.ts';
import { kravnavn, kravtyper } from './felles/krav.ts';
import { erObjekt } from './felles/modell.ts';
import { liste, utfylt } from './felles/tekst.ts';

// kravforfall/forfallsdato must be given for Hovedkrav, TidligereRettsligeSakskostnader and
// UtenrettsligeKostnader (1.1 made kravforfall optional for the other kinds). %forfallsdato names the
// claim: its kravdetaljer and reference.
export default regel(import.meta.url, 'KRAV_MANGLER_FORFALLSDATO', (b, _ktx, rapporter) => {
  const { forfall: forfallskrav } = kravtyper(b);
  const krav = liste(b.kravTilInnkreving);
  for (let i = 0; i < forfallskrav.length; i++) {
    if (forfallskrav[i] !== 'paakrevd') continue;
    const k = krav[i];
    const forfall: unknown = k.kravforfall;
    if (erObjekt(forfall) && utfylt(forfall.forfallsdato)) continue;
    rapporter({ forfallsdato: kravnavn(k, i) }, `/kravTilInnkreving/${i}/kravforfall${forfall === undefined ? '' : '/forfallsdato'}`);
  }
});

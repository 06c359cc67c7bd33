import { regel } from '../modul.ts';
import { kravtype } from './felles/krav.ts';
import { liste } from './felles/tekst.ts';

// The hovedstol (kravdetaljer Hovedkrav) is what interest and costs relate to; it relates to nothing
// itself. An empty relatertKrav says nothing and passes.
export default regel(import.meta.url, 'HOVEDSTOL_SKAL_IKKE_HA_ET_RELATERT_KRAV', (b, _ktx, rapporter) => {
  const krav = liste(b.kravTilInnkreving);
  for (let i = 0; i < krav.length; i++) {
    const k = krav[i];
    if (liste(k?.relatertKrav).length > 0 && kravtype(k) === 'hovedkrav') rapporter(undefined, `/kravTilInnkreving/${i}/relatertKrav`);
  }
});

import { regel } from '../modul.ts';
import { kravref } from './felles/modell.ts';
import { liste, utfylt } from './felles/tekst.ts';

export default regel(import.meta.url, 'RELATERTE_KRAV_KAN_IKKE_PEKE_PÅ_SEG_SELV', (b, _ktx, rapporter) => {
  const krav = liste(b.kravTilInnkreving);
  for (let i = 0; i < krav.length; i++) {
    const relaterte = liste(krav[i]?.relatertKrav);
    if (relaterte.length === 0) continue;
    const ref = kravref(krav[i]);
    if (!utfylt(ref)) continue;
    for (let j = 0; j < relaterte.length; j++) {
      if (relaterte[j] === ref) rapporter(undefined, `/kravTilInnkreving/${i}/relatertKrav/${j}`);
    }
  }
});

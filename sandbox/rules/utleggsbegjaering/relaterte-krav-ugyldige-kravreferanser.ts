import { regel } from '../modul.ts';
import { kravIndeks } from './felles/krav.ts';
import { kravref } from './felles/modell.ts';
import { liste } from './felles/tekst.ts';

export default regel(import.meta.url, 'RELATERTE_KRAV_UGYLDIGE_KRAVREFERANSER', (b, _ktx, rapporter) => {
  const krav = liste(b.kravTilInnkreving);
  if (krav.length === 0) return;
  const indeks = kravIndeks(b);
  krav.forEach((k, i) => {
    liste(k?.relatertKrav).forEach((rel, j) => {
      if (!indeks.has(rel)) rapporter({ hovedkravRef: kravref(k), relatertKravRef: rel }, `/kravTilInnkreving/${i}/relatertKrav/${j}`);
    });
  });
});

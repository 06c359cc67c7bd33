import { regel } from '../modul.ts';
import { kravoversikt } from './felles/krav.ts';

export default regel(import.meta.url, 'RELATERTE_KRAV_UGYLDIGE_KRAVREFERANSER', (b, _ktx, rapporter) => {
  const { refs, relaterte, relasjoner, indeks } = kravoversikt(b);
  if (!relasjoner) return;
  for (let i = 0; i < refs.length; i++) {
    const rel = relaterte[i];
    for (let j = 0; j < rel.length; j++) {
      if (!indeks.has(rel[j])) rapporter({ hovedkravRef: refs[i], relatertKravRef: rel[j] }, `/kravTilInnkreving/${i}/relatertKrav/${j}`);
    }
  }
});

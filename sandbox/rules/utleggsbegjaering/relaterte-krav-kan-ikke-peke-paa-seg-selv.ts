import { regel } from '../modul.ts';
import { kravoversikt } from './felles/krav.ts';
import { utfylt } from './felles/tekst.ts';

export default regel(import.meta.url, 'RELATERTE_KRAV_KAN_IKKE_PEKE_PÅ_SEG_SELV', (b, _ktx, rapporter) => {
  const { refs, relaterte, relasjoner } = kravoversikt(b);
  if (!relasjoner) return;
  for (let i = 0; i < refs.length; i++) {
    const rel = relaterte[i];
    if (rel.length === 0) continue;
    const ref = refs[i];
    if (!utfylt(ref)) continue;
    for (let j = 0; j < rel.length; j++) {
      if (rel[j] === ref) rapporter(undefined, `/kravTilInnkreving/${i}/relatertKrav/${j}`);
    }
  }
});

import { regel } from '../modul.ts';
import { kravoversikt, tvangsgrunnlagIndeks } from './felles/krav.ts';

export default regel(import.meta.url, 'KRAV_IKKE_BENYTTET', (b, _ktx, rapporter) => {
  const { refs } = kravoversikt(b);
  if (refs.length === 0) return;
  const brukt = tvangsgrunnlagIndeks(b);
  for (let i = 0; i < refs.length; i++) {
    const ref = refs[i];
    if (ref === undefined || !brukt.has(ref)) rapporter({ kravreferanse: ref }, `/kravTilInnkreving/${i}`);
  }
});

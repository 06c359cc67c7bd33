import { regel } from '../modul.ts';
import { tvangsgrunnlagIndeks } from './felles/krav.ts';
import { kravref } from './felles/modell.ts';
import { liste } from './felles/tekst.ts';

export default regel(import.meta.url, 'KRAV_IKKE_BENYTTET', (b, _ktx, rapporter) => {
  const krav = liste(b.kravTilInnkreving);
  if (krav.length === 0) return;
  const brukt = tvangsgrunnlagIndeks(b);
  for (let i = 0; i < krav.length; i++) {
    const ref = kravref(krav[i]);
    if (ref === undefined || !brukt.has(ref)) rapporter({ kravreferanse: ref }, `/kravTilInnkreving/${i}`);
  }
});

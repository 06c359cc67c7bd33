import { regel } from '../modul.ts';
import { kravIndeks } from './felles/krav.ts';
import { liste } from './felles/tekst.ts';

export default regel(import.meta.url, 'TVANGSGRUNNLAG_UGYLDIGE_KRAVREFERANSER', (b, _ktx, rapporter) => {
  const tg = liste(b.begjaeringensTvangsgrunnlag);
  if (tg.length === 0) return;
  const indeks = kravIndeks(b);
  for (let i = 0; i < tg.length; i++) {
    const refs = liste(tg[i]?.innsendersKravreferanse);
    for (let j = 0; j < refs.length; j++) {
      if (!indeks.has(refs[j])) rapporter({ kravreferanse: refs[j] }, `/begjaeringensTvangsgrunnlag/${i}/innsendersKravreferanse/${j}`);
    }
  }
});

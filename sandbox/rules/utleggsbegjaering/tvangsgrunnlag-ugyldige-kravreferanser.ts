import { regel } from '../modul.ts';
import { kravIndeks } from './felles/krav.ts';
import { liste } from './felles/tekst.ts';

export default regel(import.meta.url, 'TVANGSGRUNNLAG_UGYLDIGE_KRAVREFERANSER', (b, _ktx, rapporter) => {
  const indeks = kravIndeks(b);
  liste(b.begjaeringensTvangsgrunnlag).forEach((t, i) => {
    liste(t?.innsendersKravreferanse).forEach((ref, j) => {
      if (!indeks.has(ref)) rapporter({ kravreferanse: ref }, `/begjaeringensTvangsgrunnlag/${i}/innsendersKravreferanse/${j}`);
    });
  });
});

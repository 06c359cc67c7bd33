import { regel } from '../modul.ts';
import { liste } from './felles/tekst.ts';

// The same reference twice in one tvangsgrunnlag is untidy but still one tvangsgrunnlag; only a
// reference listed by two different tvangsgrunnlag breaks this rule (reported once, where it reappears).
export default regel(import.meta.url, 'KRAV_I_FLERE_TVANGSGRUNNLAG', (b, _ktx, rapporter) => {
  const eier = new Map<string, number>();
  const rapportert = new Set<string>();
  liste(b.begjaeringensTvangsgrunnlag).forEach((t, i) => {
    liste(t?.innsendersKravreferanse).forEach((ref, j) => {
      const forste = eier.get(ref);
      if (forste === undefined) eier.set(ref, i);
      else if (forste !== i && !rapportert.has(ref)) {
        rapportert.add(ref);
        rapporter({ kravreferanse: ref }, `/begjaeringensTvangsgrunnlag/${i}/innsendersKravreferanse/${j}`);
      }
    });
  });
});

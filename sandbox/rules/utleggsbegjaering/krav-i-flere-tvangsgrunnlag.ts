import { regel } from '../modul.ts';
import { tvangsgrunnlagoversikt } from './felles/krav.ts';
import { liste } from './felles/tekst.ts';

// The same reference twice in one tvangsgrunnlag is untidy but still one tvangsgrunnlag; only a
// reference listed by two different tvangsgrunnlag breaks this rule (reported once, where it reappears).
export default regel(import.meta.url, 'KRAV_I_FLERE_TVANGSGRUNNLAG', (b, _ktx, rapporter) => {
  const { indeks: eier, iFlere } = tvangsgrunnlagoversikt(b);
  if (!iFlere) return;
  let rapportert: Set<string> | undefined;
  const tg = liste(b.begjaeringensTvangsgrunnlag);
  for (let i = 0; i < tg.length; i++) {
    const refs = liste(tg[i]?.innsendersKravreferanse);
    for (let j = 0; j < refs.length; j++) {
      const ref = refs[j];
      if (eier.get(ref) === i || rapportert?.has(ref)) continue;
      (rapportert ??= new Set()).add(ref);
      rapporter({ kravreferanse: ref }, `/begjaeringensTvangsgrunnlag/${i}/innsendersKravreferanse/${j}`);
    }
  }
});

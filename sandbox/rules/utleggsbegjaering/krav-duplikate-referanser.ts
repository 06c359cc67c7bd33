import { regel } from '../modul.ts';
import { kravoversikt } from './felles/krav.ts';
import { kravrefFelt } from './felles/modell.ts';
import { liste, utfylt } from './felles/tekst.ts';

// A krav whose reference an earlier krav already carries is a duplicate; each reference is reported once.
export default regel(import.meta.url, 'KRAV_DUPLIKATE_REFERANSER', (b, _ktx, rapporter) => {
  const krav = liste(b.kravTilInnkreving);
  if (krav.length < 2) return;
  const { refs, indeks: forste, duplikater } = kravoversikt(b);
  if (!duplikater) return;
  let rapportert: Set<string> | undefined;
  for (let i = 0; i < krav.length; i++) {
    const ref = refs[i];
    if (!utfylt(ref) || forste.get(ref) === i || rapportert?.has(ref)) continue;
    (rapportert ??= new Set()).add(ref);
    rapporter({ kravreferanse: ref }, `/kravTilInnkreving/${i}/${kravrefFelt(krav[i])}`);
  }
});

import { regel } from '../modul.ts';
import { harPrioritet, noenKravHarPrioritet } from './felles/krav.ts';
import { liste } from './felles/tekst.ts';

// "Prioritet" is prioritetISak of the claims (the kravsposter): once one claim gives it, every claim
// must. The priorities of the court fee and of future interest have rules of their own. A 0.9 petition
// has no prioritetISak, so this never fires on one.
export default regel(import.meta.url, 'PRIORITET_MANGLER', (b, _ktx, rapporter) => {
  const krav = liste(b.kravTilInnkreving);
  if (krav.length < 2 || !noenKravHarPrioritet(b)) return;
  for (let i = 0; i < krav.length; i++) {
    if (!harPrioritet(krav[i]?.prioritetISak)) rapporter(undefined, `/kravTilInnkreving/${i}/prioritetISak`);
  }
});

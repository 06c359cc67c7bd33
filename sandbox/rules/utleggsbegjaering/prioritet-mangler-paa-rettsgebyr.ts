import { regel } from '../modul.ts';
import { harPrioritet, noenKravHarPrioritet } from './felles/krav.ts';
import { erObjekt } from './felles/modell.ts';

// When the saksøkte is to pay the court fee (kreverRettsgebyrErstattet.kreverRettsgebyrErstattet true)
// and some claim gives prioritetISak, the fee needs its priority too (prioritetISakRettsgebyr). The
// priority of interest on the fee is not asked for: neither text names it. 0.9's
// kreverRettsgebyrErstattet is a bare yes/no with no priorities and finds nothing here.
export default regel(import.meta.url, 'PRIORITET_MANGLER_PÅ_RETTSGEBYR', (b, _ktx, rapporter) => {
  const gebyr: unknown = b.kreverRettsgebyrErstattet;
  if (!erObjekt(gebyr) || gebyr.kreverRettsgebyrErstattet !== true || harPrioritet(gebyr.prioritetISakRettsgebyr)) return;
  if (noenKravHarPrioritet(b)) rapporter(undefined, '/kreverRettsgebyrErstattet/prioritetISakRettsgebyr');
});

import { regel } from '../modul.ts';
import { harPrioritet, noenKravHarPrioritet } from './felles/krav.ts';
import { renteopplysning, renteopplysningFelt } from './felles/modell.ts';
import { liste } from './felles/tekst.ts';

// Once some claim gives prioritetISak, each interest-bearing claim (one with renteopplysninger: 2.1
// rentebaerendeKrav) must give the priority of the interest still to accrue, claim by claim
// (rentebaerendeKrav.prioritetISakFremtidigRentekrav).
export default regel(import.meta.url, 'PRIORITET_MANGLER_PÅ_RENTEOPPLYSNINGER', (b, _ktx, rapporter) => {
  if (!noenKravHarPrioritet(b)) return;
  const krav = liste(b.kravTilInnkreving);
  for (let i = 0; i < krav.length; i++) {
    const k = krav[i];
    const r = renteopplysning(k);
    if (r && !harPrioritet(r.prioritetISakFremtidigRentekrav)) {
      rapporter(undefined, `/kravTilInnkreving/${i}/${renteopplysningFelt(k)}/prioritetISakFremtidigRentekrav`);
    }
  }
});

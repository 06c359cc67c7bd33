import { krev } from '../../felles.ts';
import type { Mutasjon } from '../../types.ts';
import { alleKrav, medFullPrioritet, type Utleggsbegjaering } from '../felles.ts';

// Priorities are all or nothing: the petition first gets every priority the rules ask for, then loses
// exactly one, so a base with priorities and one without break the same single rule.

type M = Mutasjon<Utleggsbegjaering>;

export const prioritet: Record<string, M> = {
  PRIORITET_MANGLER: (b) => {
    medFullPrioritet(b);
    const krav = alleKrav(b);
    krev(krav.length > 1, 'PRIORITET_MANGLER', 'second claim (priority on some claims needs two)');
    delete krav[krav.length - 1].prioritetISak;
  },
  PRIORITET_MANGLER_PÅ_RENTEOPPLYSNINGER: (b) => {
    medFullPrioritet(b);
    const k = krev(alleKrav(b).find((x) => x.rentebaerendeKrav), 'PRIORITET_MANGLER_PÅ_RENTEOPPLYSNINGER', 'interest-bearing claim');
    delete k.rentebaerendeKrav!.prioritetISakFremtidigRentekrav;
  },
  // The court fee is claimed from the saksøkte, without a priority for it.
  PRIORITET_MANGLER_PÅ_RETTSGEBYR: (b) => {
    b.kreverRettsgebyrErstattet = { ...b.kreverRettsgebyrErstattet, kreverRettsgebyrErstattet: true };
    medFullPrioritet(b);
    delete b.kreverRettsgebyrErstattet.prioritetISakRettsgebyr;
  },
};

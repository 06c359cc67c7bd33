import type { Rapporter } from '../../types.ts';
import { identitet } from './aktoer.ts';
import type { Aktoer } from './modell.ts';

/** Reports each entry that describes a party already listed earlier in the same role. */
export function rapporterDuplikater(aktoerer: (Aktoer | undefined)[], rolle: string, rapporter: Rapporter): void {
  const sett = new Set<string>();
  aktoerer.forEach((a, i) => {
    const id = identitet(a);
    if (id === undefined) return;
    if (sett.has(id)) rapporter(undefined, `/${rolle}/${i}`);
    else sett.add(id);
  });
}

import type { Begjaering, Rapporter } from '../../types.ts';
import { identitet } from './aktoer.ts';
import { minne } from './minne.ts';
import type { Aktoer } from './modell.ts';
import { liste } from './tekst.ts';

/** Up to this many entries comparing each with the ones before it beats building a Set. */
const FAA = 16;

/** The index of an entry before `i` with identity `id`, else -1. */
function tidligere(ider: readonly (string | undefined)[], i: number, id: string): number {
  for (let k = 0; k < i; k++) if (ider[k] === id) return k;
  return -1;
}

/** Reports each entry whose identity (identitet; undefined = too thin to compare) an earlier entry already has. */
export function rapporterDupliserteIdentiteter(ider: readonly (string | undefined)[], rolle: string, rapporter: Rapporter): void {
  if (ider.length > FAA) {
    const sett = new Set<string>();
    for (let i = 0; i < ider.length; i++) {
      const id = ider[i];
      if (id === undefined) continue;
      if (sett.has(id)) rapporter(undefined, `/${rolle}/${i}`);
      else sett.add(id);
    }
    return;
  }
  for (let i = 1; i < ider.length; i++) {
    const id = ider[i];
    if (id !== undefined && tidligere(ider, i, id) >= 0) rapporter(undefined, `/${rolle}/${i}`);
  }
}

/** Reports each entry that describes a party already listed earlier in the same role. */
export function rapporterDuplikater(aktoerer: (Aktoer | undefined)[], rolle: string, rapporter: Rapporter): void {
  rapporterDupliserteIdentiteter(aktoerer.map(identitet), rolle, rapporter);
}

/** identitet() of each saksøker and saksøkt entry, by index. */
export interface Partsidentiteter {
  saksoeker: (string | undefined)[];
  saksoekt: (string | undefined)[];
}

function byggPartsidentiteter(b: Begjaering): Partsidentiteter {
  const saksoekere = liste(b.saksoeker);
  const saksoekte = liste(b.saksoekt);
  const saksoeker: (string | undefined)[] = [];
  const saksoekt: (string | undefined)[] = [];
  for (let i = 0; i < saksoekere.length; i++) saksoeker.push(identitet(saksoekere[i]?.saksoeker));
  for (let i = 0; i < saksoekte.length; i++) saksoekt.push(identitet(saksoekte[i]?.saksoekt));
  return { saksoeker, saksoekt };
}

/** The parties' identities, worked out once per evaluate() for the duplicate rules. */
export const partsidentiteter: (b: Begjaering) => Partsidentiteter = minne(byggPartsidentiteter);

import type { Rapporter } from '../../types.ts';
import { beskriv } from './aktoer.ts';
import { type Adresse, type Aktoer, harAdressetekst, innlandsfelter, poststedUtland, utlandsfelter } from './modell.ts';
import { liste, utfylt } from './tekst.ts';

/** A domestic address needs adressetekst and postnummer. */
export function innlandMangler(a: Adresse): boolean {
  const f = innlandsfelter(a);
  if (f === undefined) return false;
  return !harAdressetekst(f?.adressetekst) || !utfylt(f?.postnummer);
}

/** A foreign address needs poststed and landkode. */
export function utlandMangler(a: Adresse): boolean {
  const f = utlandsfelter(a);
  if (f === undefined) return false;
  return !f || !utfylt(poststedUtland(f)) || !utfylt(f.landkode);
}

/** Reports each address of the parties in one role that fails `mangler`; the message names the party. */
export function sjekkAdresser(
  parter: (Aktoer | undefined)[], rolle: string, plass: string, mangler: (a: Adresse) => boolean, rapporter: Rapporter,
): void {
  parter.forEach((p, i) => {
    liste(p?.adresse).forEach((a, j) => {
      if (mangler(a)) rapporter({ [plass]: beskriv(p, `nr. ${i + 1}`) }, `/${rolle}/${i}/${rolle}/adresse/${j}`);
    });
  });
}

import { regel } from '../modul.ts';
import type { Rapporter } from '../types.ts';
import { kravIndeks } from './felles/krav.ts';
import type { Krav } from './felles/modell.ts';
import { liste } from './felles/tekst.ts';

// Up to this many references a linear search beats building a Set per tvangsgrunnlag.
const LITEN_LISTE = 16;

/** Reports the related claims of krav `i` that exist but are not among the tvangsgrunnlag's own. */
function sjekkRelaterte(krav: readonly Krav[], i: number, indeks: ReadonlyMap<string, number>, egne: readonly string[] | Set<string>, rapporter: Rapporter): void {
  const relaterte = liste(krav[i].relatertKrav);
  for (let j = 0; j < relaterte.length; j++) {
    const rel = relaterte[j];
    if (indeks.has(rel) && !(Array.isArray(egne) ? egne.includes(rel) : (egne as Set<string>).has(rel))) {
      rapporter(undefined, `/kravTilInnkreving/${i}/relatertKrav/${j}`);
    }
  }
}

// A related claim (interest on a main claim, costs of it) must be documented by the same tvangsgrunnlag
// as the claim pointing at it. References to claims that do not exist at all are
// RELATERTE_KRAV_UGYLDIGE_KRAVREFERANSER's; claims no tvangsgrunnlag lists are KRAV_IKKE_BENYTTET's.
// Each distinct reference of a tvangsgrunnlag is checked once, in the order of its first listing.
export default regel(import.meta.url, 'RELATERTE_KRAV_MÅ_FINNES', (b, _ktx, rapporter) => {
  const krav = liste(b.kravTilInnkreving);
  if (krav.length === 0) return;
  const indeks = kravIndeks(b);
  for (const t of liste(b.begjaeringensTvangsgrunnlag)) {
    const refs = liste(t?.innsendersKravreferanse);
    if (refs.length > LITEN_LISTE) {
      const egne = new Set(refs);
      for (const ref of egne) {
        const i = indeks.get(ref);
        if (i !== undefined) sjekkRelaterte(krav, i, indeks, egne, rapporter);
      }
      continue;
    }
    for (let r = 0; r < refs.length; r++) {
      const i = indeks.get(refs[r]);
      if (i !== undefined && refs.indexOf(refs[r]) === r) sjekkRelaterte(krav, i, indeks, refs, rapporter);
    }
  }
});

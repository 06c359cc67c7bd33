import { regel } from '../modul.ts';
import type { Rapporter } from '../types.ts';
import { kravoversikt } from './felles/krav.ts';
import { liste } from './felles/tekst.ts';

// Up to this many references a linear search beats building a Set per tvangsgrunnlag.
const LITEN_LISTE = 16;

/** Reports the related claims of krav `i` that exist but are not among the tvangsgrunnlag's own. */
function sjekkRelaterte(relaterte: readonly string[], i: number, indeks: ReadonlyMap<string, number>, egne: readonly string[] | Set<string>, rapporter: Rapporter): void {
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
  // Without any relatertKrav there is nothing to check (no claims at all included).
  const { indeks, relaterte, relasjoner } = kravoversikt(b);
  if (!relasjoner) return;
  const tg = liste(b.begjaeringensTvangsgrunnlag);
  for (let t = 0; t < tg.length; t++) {
    const refs = liste(tg[t]?.innsendersKravreferanse);
    if (refs.length > LITEN_LISTE) {
      const egne = new Set(refs);
      for (const ref of egne) {
        const i = indeks.get(ref);
        if (i !== undefined && relaterte[i].length > 0) sjekkRelaterte(relaterte[i], i, indeks, egne, rapporter);
      }
      continue;
    }
    for (let r = 0; r < refs.length; r++) {
      const i = indeks.get(refs[r]);
      if (i !== undefined && relaterte[i].length > 0 && refs.indexOf(refs[r]) === r) sjekkRelaterte(relaterte[i], i, indeks, refs, rapporter);
    }
  }
});

import { regel } from '../modul.ts';
import { kravIndeks } from './felles/krav.ts';
import { liste } from './felles/tekst.ts';

// A related claim (interest on a main claim, costs of it) must be documented by the same tvangsgrunnlag
// as the claim pointing at it. References to claims that do not exist at all are
// RELATERTE_KRAV_UGYLDIGE_KRAVREFERANSER's; claims no tvangsgrunnlag lists are KRAV_IKKE_BENYTTET's.
export default regel(import.meta.url, 'RELATERTE_KRAV_MÅ_FINNES', (b, _ktx, rapporter) => {
  const krav = liste(b.kravTilInnkreving);
  if (krav.length === 0) return;
  const indeks = kravIndeks(b);
  liste(b.begjaeringensTvangsgrunnlag).forEach((t) => {
    const egne = new Set(liste(t?.innsendersKravreferanse));
    for (const ref of egne) {
      const i = indeks.get(ref);
      if (i === undefined) continue;
      liste(krav[i].relatertKrav).forEach((rel, j) => {
        if (indeks.has(rel) && !egne.has(rel)) rapporter(undefined, `/kravTilInnkreving/${i}/relatertKrav/${j}`);
      });
    }
  });
});

import { regel } from '../modul.ts';
import type { Rapporter } from '../types.ts';
import { erObjekt, rentekravdel, rentekravdelFelt } from './felles/modell.ts';
import { erUgyldigToDesimaler } from './felles/tall.ts';
import { liste } from './felles/tekst.ts';

/** Checks the `beloep` of each BeløpValuta in a list field of a krav (2.1: innbetaling, kravEndring, transporterklaering). */
function sjekkListe(poster: unknown, i: number, felt: string, under: string, rapporter: Rapporter): void {
  if (!Array.isArray(poster)) return;
  for (let j = 0; j < poster.length; j++) {
    const post: unknown = poster[j];
    const bv = erObjekt(post) ? post[under] : undefined;
    const beloep = erObjekt(bv) ? bv.beloep : undefined;
    if (erUgyldigToDesimaler(beloep)) rapporter({ 'beløp': beloep }, `/kravTilInnkreving/${i}/${felt}/${j}/${under}/beloep`);
  }
}

// Every amount of the models: each krav's original and remaining amount, each særlig tvangsgrunnlag's
// face value (0.9); in 2.1 also each payment, reduction and transfer on a krav and the interest claim's
// basis. Paths are built only for an amount that fails.
export default regel(import.meta.url, 'UGYLDIG_BELOEP', (b, _ktx, rapporter) => {
  const krav = liste(b.kravTilInnkreving);
  for (let i = 0; i < krav.length; i++) {
    const k = krav[i];
    const opprinnelig = k?.opprinneligBeloep?.beloep;
    if (erUgyldigToDesimaler(opprinnelig)) rapporter({ 'beløp': opprinnelig }, `/kravTilInnkreving/${i}/opprinneligBeloep/beloep`);
    const gjenstaaende = k?.gjenstaaendeBeloep?.beloep;
    if (erUgyldigToDesimaler(gjenstaaende)) rapporter({ 'beløp': gjenstaaende }, `/kravTilInnkreving/${i}/gjenstaaendeBeloep/beloep`);
    if (!k) continue;
    // The 2.1 fields are absent from a 0.9 claim; testing for them first keeps its path as short as before.
    if (k.innbetaling !== undefined) sjekkListe(k.innbetaling, i, 'innbetaling', 'beloep', rapporter);
    if (k.kravEndring !== undefined) sjekkListe(k.kravEndring, i, 'kravEndring', 'nedjusteringAvInnsender', rapporter);
    if (k.transporterklaering !== undefined) sjekkListe(k.transporterklaering, i, 'transporterklaering', 'beloep', rapporter);
    const grunnlag = k.rentekrav === undefined ? undefined : rentekravdel(k)?.renteGrunnlag;
    if (grunnlag === undefined) continue;
    const rentegrunnlag = erObjekt(grunnlag) ? grunnlag.beloep : undefined;
    if (erUgyldigToDesimaler(rentegrunnlag)) rapporter({ 'beløp': rentegrunnlag }, `/kravTilInnkreving/${i}/${rentekravdelFelt(k)}/renteGrunnlag/beloep`);
  }
  const tg = liste(b.begjaeringensTvangsgrunnlag);
  for (let i = 0; i < tg.length; i++) {
    const s: unknown = tg[i]?.saerligTvangsgrunnlag;
    const paalydende = erObjekt(s) ? s.paalydendeBeloep : undefined;
    if (erUgyldigToDesimaler(paalydende)) rapporter({ 'beløp': paalydende }, `/begjaeringensTvangsgrunnlag/${i}/saerligTvangsgrunnlag/paalydendeBeloep`);
  }
});

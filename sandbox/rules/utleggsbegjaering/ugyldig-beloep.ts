import { regel } from '../modul.ts';
import { erGyldigToDesimaler } from './felles/tall.ts';
import { liste } from './felles/tekst.ts';

// Every amount of the model: each krav's original and remaining amount, each særlig tvangsgrunnlag's
// face value. Paths are built only for an amount that fails.
export default regel(import.meta.url, 'UGYLDIG_BELOEP', (b, _ktx, rapporter) => {
  const krav = liste(b.kravTilInnkreving);
  for (let i = 0; i < krav.length; i++) {
    const k = krav[i];
    const opprinnelig = k?.opprinneligBeloep?.beloep;
    if (!erGyldigToDesimaler(opprinnelig)) rapporter({ 'beløp': opprinnelig }, `/kravTilInnkreving/${i}/opprinneligBeloep/beloep`);
    const gjenstaaende = k?.gjenstaaendeBeloep?.beloep;
    if (!erGyldigToDesimaler(gjenstaaende)) rapporter({ 'beløp': gjenstaaende }, `/kravTilInnkreving/${i}/gjenstaaendeBeloep/beloep`);
  }
  const tg = liste(b.begjaeringensTvangsgrunnlag);
  for (let i = 0; i < tg.length; i++) {
    const paalydende = tg[i]?.saerligTvangsgrunnlag?.paalydendeBeloep;
    if (!erGyldigToDesimaler(paalydende)) rapporter({ 'beløp': paalydende }, `/begjaeringensTvangsgrunnlag/${i}/saerligTvangsgrunnlag/paalydendeBeloep`);
  }
});

import { regel } from '../modul.ts';
import { erGyldigToDesimaler } from './felles/tall.ts';
import { liste } from './felles/tekst.ts';

// Every amount of the model: each krav's original and remaining amount, each særlig tvangsgrunnlag's face value.
export default regel(import.meta.url, 'UGYLDIG_BELOEP', (b, _ktx, rapporter) => {
  const sjekk = (n: unknown, sti: string) => {
    if (!erGyldigToDesimaler(n)) rapporter({ 'beløp': n as number }, sti);
  };
  liste(b.kravTilInnkreving).forEach((k, i) => {
    sjekk(k?.opprinneligBeloep?.beloep, `/kravTilInnkreving/${i}/opprinneligBeloep/beloep`);
    sjekk(k?.gjenstaaendeBeloep?.beloep, `/kravTilInnkreving/${i}/gjenstaaendeBeloep/beloep`);
  });
  liste(b.begjaeringensTvangsgrunnlag).forEach((t, i) => {
    sjekk(t?.saerligTvangsgrunnlag?.paalydendeBeloep, `/begjaeringensTvangsgrunnlag/${i}/saerligTvangsgrunnlag/paalydendeBeloep`);
  });
});

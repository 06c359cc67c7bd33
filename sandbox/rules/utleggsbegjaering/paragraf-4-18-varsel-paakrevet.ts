import { regel } from '../modul.ts';
import { harVarselEllerBegrunnelse } from './felles/varsel.ts';
import { liste } from './felles/tekst.ts';

// tvangsfullbyrdelsesloven § 4-18: before enforcing a særlig tvangsgrunnlag the debtor must be warned.
export default regel(import.meta.url, 'PARAGRAF_4_18_VARSEL_PAAKREVET', (b, _ktx, rapporter) => {
  liste(b.begjaeringensTvangsgrunnlag).forEach((t, i) => {
    if (t?.saerligTvangsgrunnlag && !harVarselEllerBegrunnelse(t, 'varselTvfbl418')) rapporter(undefined, `/begjaeringensTvangsgrunnlag/${i}`);
  });
});

import { regel } from '../modul.ts';
import { harVarselEllerBegrunnelse } from './felles/varsel.ts';
import { liste } from './felles/tekst.ts';

// tvangsfullbyrdelsesloven § 4-19: the warning before enforcing an alminnelig tvangsgrunnlag (dom, forlik).
export default regel(import.meta.url, 'PARAGRAF_4_19_VARSEL_PAAKREVET', (b, _ktx, rapporter) => {
  liste(b.begjaeringensTvangsgrunnlag).forEach((t, i) => {
    if (t?.alminneligTvangsgrunnlag && !harVarselEllerBegrunnelse(t, 'varselTvfbl419')) rapporter(undefined, `/begjaeringensTvangsgrunnlag/${i}`);
  });
});

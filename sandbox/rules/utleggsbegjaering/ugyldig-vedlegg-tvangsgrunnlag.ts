import { regel } from '../modul.ts';
import { liste } from './felles/tekst.ts';

// The message names the tvangsgrunnlag by its betegnelse rather than by the file name.
export default regel(import.meta.url, 'UGYLDIG_VEDLEGG_TVANGSGRUNNLAG', (b, _ktx, rapporter) => {
  liste(b.begjaeringensTvangsgrunnlag).forEach((t, i) => {
    const v = t?.tvangsgrunnlag;
    if (v && v.type !== 'tvangsgrunnlag') {
      rapporter({ betegnelse: t.betegnelseAvTvangsgrunnlag ?? v.filnavn }, `/begjaeringensTvangsgrunnlag/${i}/tvangsgrunnlag/type`);
    }
  });
});

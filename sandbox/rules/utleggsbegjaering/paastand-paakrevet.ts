import { regel } from '../modul.ts';
import { liste, utfylt } from './felles/tekst.ts';

// Our reading: with "utlegg og forliksklage kombinert" the petition is also a conciliation complaint,
// and a complaint must state what judgment is claimed (påstand). The model's only påstand field sits in
// each tvangsgrunnlag's skriftligMeddelelse, so with the combined type every tvangsgrunnlag must carry
// one. With type utlegg a påstand is optional (the seeds fill it anyway). Both spellings of the
// combined value count.
const KOMBINERT = new Set(['utleggOgForliksklageKombinert', 'utleggOgForlliksklageKombinert']);

export default regel(import.meta.url, 'PAASTAND_PAAKREVET', (b, _ktx, rapporter) => {
  if (!KOMBINERT.has(b.tvangsfullbyrdelsestype)) return;
  liste(b.begjaeringensTvangsgrunnlag).forEach((t, i) => {
    const m = t?.saerligTvangsgrunnlag?.skriftligMeddelelse;
    if (utfylt(m?.paastand)) return;
    rapporter(undefined, m ? `/begjaeringensTvangsgrunnlag/${i}/saerligTvangsgrunnlag/skriftligMeddelelse/paastand` : `/begjaeringensTvangsgrunnlag/${i}`);
  });
});

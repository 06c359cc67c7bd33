import { regel } from '../modul.ts';
import { liste } from './felles/tekst.ts';

// Our reading: the question "may the case go to Forliksrådet if the saksøkte objects?" belongs to a
// claim based on a written notice (skriftlig meddelelse, a særlig tvangsgrunnlag), because only there
// can the debtor's objection send the case on; the model puts kanBehandlesIForliksraadet inside
// skriftligMeddelelse. So every skriftligMeddelelse must answer it (true or false), whatever the
// tvangsfullbyrdelsestype. The seeds answer false with type utlegg.
export default regel(import.meta.url, 'KAN_BEHANDLES_I_FORLIKSRAADET_PAAKREVET', (b, _ktx, rapporter) => {
  liste(b.begjaeringensTvangsgrunnlag).forEach((t, i) => {
    const m = t?.saerligTvangsgrunnlag?.skriftligMeddelelse;
    if (m && typeof m.kanBehandlesIForliksraadet !== 'boolean') {
      rapporter(undefined, `/begjaeringensTvangsgrunnlag/${i}/saerligTvangsgrunnlag/skriftligMeddelelse/kanBehandlesIForliksraadet`);
    }
  });
});

import { regel } from '../modul.ts';
import { INKASSO, beskriv, harFulltNavn } from './felles/aktoer.ts';
import { besoekProsessfullmektiger, prosessfullmektigSti } from './felles/modell.ts';

// A collection agency acting in the case must name its licence holder (bevillingshaver, a person) in
// the prosessfullmektig block: that is when the prosessfullmektig is an inkassovirksomhet, or when the
// innsender is one and acts through its own prosessfullmektig (the seeds: Inkassobyrå AS with its
// licence holder as prosessfullmektig). The licence holder is named by first and last name. 2.1 gives
// each role its prosessfullmektig; the creditor's side (innsender's and saksøkers') is checked here.
export default regel(import.meta.url, 'MANGLER_OPPLYSNINGER_BEVILLINGSHAVER', (b, _ktx, rapporter) => {
  besoekProsessfullmektiger(b, (blokk, rolle, i) => {
    const pf = blokk.prosessfullmektig;
    const innsender = b.innsender?.innsender;
    const inkasso = pf?.virksomhet?.virksomhetstype === INKASSO
      ? pf
      : rolle === 'innsender' && innsender?.virksomhet?.virksomhetstype === INKASSO ? innsender : undefined;
    if (!inkasso || harFulltNavn(blokk.bevillingshaver?.navn)) return;
    rapporter({ prosessfullmektig: beskriv(inkasso, 'prosessfullmektig') }, `${prosessfullmektigSti(b, rolle, i)}/bevillingshaver`);
  }, true);
});

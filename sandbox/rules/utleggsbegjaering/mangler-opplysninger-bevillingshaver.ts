import { regel } from '../modul.ts';
import { INKASSO, beskriv, harFulltNavn } from './felles/aktoer.ts';

// A collection agency acting in the case must name its licence holder (bevillingshaver, a person) in
// the prosessfullmektig block: that is when the prosessfullmektig is an inkassovirksomhet, or when the
// innsender is one and acts through a prosessfullmektig (the seeds: Inkassobyrå AS with its licence
// holder as prosessfullmektig). The licence holder is named by first and last name.
export default regel(import.meta.url, 'MANGLER_OPPLYSNINGER_BEVILLINGSHAVER', (b, _ktx, rapporter) => {
  const blokk = b.innsender?.prosessfullmektig;
  if (!blokk) return;
  const pf = blokk.prosessfullmektig;
  const inkasso = pf?.virksomhet?.virksomhetstype === INKASSO
    ? pf
    : b.innsender?.innsender?.virksomhet?.virksomhetstype === INKASSO ? b.innsender.innsender : undefined;
  if (!inkasso || harFulltNavn(blokk.bevillingshaver?.navn)) return;
  rapporter({ prosessfullmektig: beskriv(inkasso, 'prosessfullmektig') }, '/innsender/prosessfullmektig/bevillingshaver');
});

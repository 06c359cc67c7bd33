import { regel } from '../modul.ts';
import { sjekkVirksomheter } from './felles/register.ts';

// An enkeltpersonforetak is no legal person apart from its owner, so a saksøkt given as a virksomhet
// that the register has with organisasjonsform ENK should be the owner, given as a person with birth
// date and private address (2.1 can name the ENK in the person's innehaverEnkeltpersonforetak).
export default regel(import.meta.url, 'SAKSOEKT_ER_ENK', (b, ktx, rapporter) => {
  sjekkVirksomheter(b, ktx, 'saksoekt', (treff) => treff.organisasjonsform === 'ENK', false, rapporter);
}, { trenger: ['partsregister'] });

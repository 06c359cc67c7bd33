import { regel } from '../modul.ts';
import { sjekkVirksomheter } from './felles/register.ts';

// As SAKSOEKT_ER_ENK, for the saksøker: an ENK claims through its owner, given as a person.
export default regel(import.meta.url, 'SAKSOKER_ER_ENK', (b, ktx, rapporter) => {
  sjekkVirksomheter(b, ktx, 'saksoeker', (treff) => treff.organisasjonsform === 'ENK', false, rapporter);
}, { trenger: ['partsregister'] });

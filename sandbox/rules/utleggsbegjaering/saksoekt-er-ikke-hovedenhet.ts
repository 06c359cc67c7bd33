import { regel } from '../modul.ts';
import { sjekkVirksomheter } from './felles/register.ts';

// As ER_IKKE_HOVEDENHET, for the saksøkte: an underenhet cannot be sued, its hovedenhet can.
export default regel(import.meta.url, 'SAKSOEKT_ER_IKKE_HOVEDENHET', (b, ktx, rapporter) => {
  sjekkVirksomheter(b, ktx, 'saksoekt', (treff) => treff.overordnetEnhet !== undefined, true, rapporter);
}, { trenger: ['partsregister'] });

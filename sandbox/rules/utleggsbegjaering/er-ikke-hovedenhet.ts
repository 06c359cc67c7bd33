import { regel } from '../modul.ts';
import { sjekkVirksomheter } from './felles/register.ts';

// Only a hovedenhet has partsevne: a saksøker the register knows as an underenhet (a unit with an
// overordnet enhet) must be named by its hovedenhet's orgnr instead. Reported at the orgnr given.
export default regel(import.meta.url, 'ER_IKKE_HOVEDENHET', (b, ktx, rapporter) => {
  sjekkVirksomheter(b, ktx, 'saksoeker', (treff) => treff.overordnetEnhet !== undefined, true, rapporter);
}, { trenger: ['partsregister'] });

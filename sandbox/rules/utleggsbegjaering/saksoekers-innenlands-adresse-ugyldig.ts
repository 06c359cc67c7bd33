import { regel } from '../modul.ts';
import { innlandMangler, sjekkAdresser } from './felles/adresse.ts';
import { liste } from './felles/tekst.ts';

export default regel(import.meta.url, 'SAKSOEKERS_INNENLANDS_ADRESSE_UGYLDIG', (b, _ktx, rapporter) => {
  sjekkAdresser(liste(b.saksoeker).map((s) => s?.saksoeker), 'saksoeker', 'saksøker', innlandMangler, rapporter);
});

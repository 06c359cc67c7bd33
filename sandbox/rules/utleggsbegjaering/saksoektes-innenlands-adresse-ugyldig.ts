import { regel } from '../modul.ts';
import { innlandMangler, sjekkAdresser } from './felles/adresse.ts';
import { liste } from './felles/tekst.ts';

export default regel(import.meta.url, 'SAKSØKTES_INNENLANDS_ADRESSE_UGYLDIG', (b, _ktx, rapporter) => {
  sjekkAdresser(liste(b.saksoekt).map((s) => s?.saksoekt), 'saksoekt', 'saksøkt', innlandMangler, rapporter);
});

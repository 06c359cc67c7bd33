import { regel } from '../modul.ts';
import { rapporterDuplikater } from './felles/duplikat.ts';
import { liste } from './felles/tekst.ts';

export default regel(import.meta.url, 'DUPLIKAT_SAKSOEKER', (b, _ktx, rapporter) => {
  rapporterDuplikater(liste(b.saksoeker).map((s) => s?.saksoeker), 'saksoeker', rapporter);
});

import { regel } from '../modul.ts';
import { rapporterDuplikater } from './felles/duplikat.ts';
import { liste } from './felles/tekst.ts';

export default regel(import.meta.url, 'DUPLIKAT_SAKSOEKT', (b, _ktx, rapporter) => {
  rapporterDuplikater(liste(b.saksoekt).map((s) => s?.saksoekt), 'saksoekt', rapporter);
});

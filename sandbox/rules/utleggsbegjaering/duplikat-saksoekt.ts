import { regel } from '../modul.ts';
import { partsidentiteter, rapporterDupliserteIdentiteter } from './felles/duplikat.ts';
import { liste } from './felles/tekst.ts';

export default regel(import.meta.url, 'DUPLIKAT_SAKSOEKT', (b, _ktx, rapporter) => {
  const parter = liste(b.saksoekt);
  // One entry cannot repeat an earlier one; the common case skips the identity keys altogether.
  if (parter.length < 2) return;
  rapporterDupliserteIdentiteter(partsidentiteter(b).saksoekt, 'saksoekt', rapporter);
});

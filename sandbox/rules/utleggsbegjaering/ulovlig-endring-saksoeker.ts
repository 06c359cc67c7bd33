import { regel } from '../modul.ts';
import { nyeParter } from './felles/endring.ts';
import { liste } from './felles/tekst.ts';

// Who brings the case cannot change: a change may correct a saksøker's details (address, contact,
// prosessfullmektig), not swap, add or drop one. Parties are compared by identifier, else by name; a
// new one is reported where it stands, a dropped one at /saksoeker.
export default regel(import.meta.url, 'ULOVLIG_ENDRING_SAKSOEKER', (b, ktx, rapporter) => {
  const t = ktx.tidligere;
  if (!t) return;
  const naa = liste(b.saksoeker).map((s) => s?.saksoeker);
  const foer = liste(t.begjaering.saksoeker).map((s) => s?.saksoeker);
  const nye = nyeParter(naa, foer);
  for (const i of nye) rapporter(undefined, `/saksoeker/${i}`);
  if (nye.length === 0 && nyeParter(foer, naa).length > 0) rapporter(undefined, '/saksoeker');
}, { trenger: ['tidligere'] });

import { regel } from '../modul.ts';
import { nyeParter } from './felles/endring.ts';
import { liste } from './felles/tekst.ts';

// A saksøkt added by a change cannot be handled under the new rules ("send inn korrigeringen på
// papir"). Our reading: only an added saksøkt breaks it; correcting a saksøkt's details, or dropping
// one, does not. Parties are compared by identifier, else by name.
export default regel(import.meta.url, 'ULOVLIG_ENDRING_SAKSOEKT', (b, ktx, rapporter) => {
  const t = ktx.tidligere;
  if (!t) return;
  const naa = liste(b.saksoekt).map((s) => s?.saksoekt);
  const foer = liste(t.begjaering.saksoekt).map((s) => s?.saksoekt);
  for (const i of nyeParter(naa, foer)) rapporter(undefined, `/saksoekt/${i}`);
}, { trenger: ['tidligere'] });

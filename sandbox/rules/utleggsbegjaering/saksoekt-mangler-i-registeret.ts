import { regel } from '../modul.ts';
import { identifikatorSti, identifisertLedd, leddetsIdentifikator, norskIdentifikator } from './felles/modell.ts';
import { liste } from './felles/tekst.ts';

// 2.1 requires a Norwegian identifier for every saksøkt, and the register must know it: a fødselsnummer,
// D-nummer or orgnr (landkode NO or none) that it does not hold is reported at that identifier. A
// foreign or other identifier is not looked up; a saksøkt without identifier is MANGLER_OPPLYSNINGER_OM_SAKSOEKT's.
export default regel(import.meta.url, 'SAKSOEKT_MANGLER_I_REGISTERET', (b, ktx, rapporter) => {
  const register = ktx.partsregister;
  if (!register) return;
  const saksoekte = liste(b.saksoekt);
  for (let i = 0; i < saksoekte.length; i++) {
    const a = saksoekte[i]?.saksoekt;
    const ledd = identifisertLedd(a);
    if (!a || !ledd) continue;
    const id = norskIdentifikator(leddetsIdentifikator(a, ledd));
    if (id !== undefined && register(id) === undefined) rapporter(undefined, identifikatorSti(`/saksoekt/${i}/saksoekt`, a, ledd));
  }
}, { trenger: ['partsregister'] });

import { regel } from '../modul.ts';
import { erGyldigOrgnr } from './felles/aktoer.ts';
import { idFelt, idVerdi } from './felles/modell.ts';

// Compared only when the innsender is identifiable: a missing or malformed number is already reported
// by INNSENDER_IKKE_IDENTIFISERBAR and would otherwise be reported twice.
export default regel(import.meta.url, 'INNSENDER_SAMSVARER_IKKE_MED_AUTENTISERING', (b, ktx, rapporter) => {
  if (ktx.paaloggetOrgnr === undefined) return;
  const id = b.innsender?.innsender?.virksomhet?.identifikator;
  if (!erGyldigOrgnr(id)) return;
  const orgnr = idVerdi(id);
  if (orgnr === ktx.paaloggetOrgnr) return;
  rapporter({ innsenderOrgnr: orgnr, 'påloggetOrgnr': ktx.paaloggetOrgnr }, `/innsender/innsender/virksomhet/identifikator/${idFelt(id)}`);
}, { trenger: ['autentisering'] });

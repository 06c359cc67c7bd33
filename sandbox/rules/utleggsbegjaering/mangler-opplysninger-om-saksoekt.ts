import type { Aktoer } from '../../../src/model/utleggsbegjaering.ts';
import { regel } from '../modul.ts';
import { beskriv, harAdresse, harFulltNavn } from './felles/aktoer.ts';
import { liste, utfylt } from './felles/tekst.ts';

// One of: personal identifier with first and last name / birth date, first and last name and an
// address / orgnummer and name.
function nokOpplysninger(a: Aktoer | undefined): boolean {
  const v = a?.virksomhet;
  const p = a?.person;
  if (utfylt(v?.navn) && utfylt(v?.identifikator?.verdi)) return true;
  if (!harFulltNavn(p?.personnavn)) return false;
  return utfylt(p?.identifikator?.verdi) || (utfylt(p?.foedselsdato) && harAdresse(a));
}

export default regel(import.meta.url, 'MANGLER_OPPLYSNINGER_OM_SAKSOEKT', (b, _ktx, rapporter) => {
  liste(b.saksoekt).forEach((s, i) => {
    if (!nokOpplysninger(s?.saksoekt)) rapporter({ 'saksøkt': beskriv(s?.saksoekt, `nr. ${i + 1}`) }, `/saksoekt/${i}`);
  });
});

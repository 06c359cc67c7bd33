import type { Aktoer } from '../../../src/model/utleggsbegjaering.ts';
import { regel } from '../modul.ts';
import { beskriv, harAdresse, harFulltNavn } from './felles/aktoer.ts';
import { liste, utfylt } from './felles/tekst.ts';

// One of: orgnummer and name / name and address / personal identifier with first and last name /
// birth date with first and last name. "Name" is an organisation's name or a person's full name.
function nokOpplysninger(a: Aktoer | undefined): boolean {
  const v = a?.virksomhet;
  const p = a?.person;
  const personnavn = harFulltNavn(p?.personnavn);
  if (utfylt(v?.navn) && utfylt(v?.identifikator?.verdi)) return true;
  if ((utfylt(v?.navn) || personnavn) && harAdresse(a)) return true;
  return personnavn && (utfylt(p?.identifikator?.verdi) || utfylt(p?.foedselsdato));
}

export default regel(import.meta.url, 'MANGLER_OPPLYSNINGER_OM_SAKSOEKER', (b, _ktx, rapporter) => {
  liste(b.saksoeker).forEach((s, i) => {
    if (!nokOpplysninger(s?.saksoeker)) rapporter({ 'saksøker': beskriv(s?.saksoeker, `nr. ${i + 1}`) }, `/saksoeker/${i}`);
  });
});

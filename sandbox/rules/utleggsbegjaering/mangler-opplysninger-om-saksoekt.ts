import { regel } from '../modul.ts';
import { beskriv, harAdresse, harFulltNavn, organisasjon } from './felles/aktoer.ts';
import { type Aktoer, idVerdi } from './felles/modell.ts';
import { liste, utfylt } from './felles/tekst.ts';

// One of: personal identifier with first and last name / birth date, first and last name and an
// address / orgnummer and name.
function nokOpplysninger(a: Aktoer | undefined): boolean {
  const v = organisasjon(a);
  const p = a?.person;
  if (utfylt(v?.navn) && utfylt(idVerdi(v?.identifikator))) return true;
  if (!harFulltNavn(p?.personnavn)) return false;
  return utfylt(idVerdi(p?.identifikator)) || (utfylt(p?.foedselsdato) && harAdresse(a));
}

export default regel(import.meta.url, 'MANGLER_OPPLYSNINGER_OM_SAKSOEKT', (b, _ktx, rapporter) => {
  liste(b.saksoekt).forEach((s, i) => {
    if (!nokOpplysninger(s?.saksoekt)) rapporter({ 'saksøkt': beskriv(s?.saksoekt, `nr. ${i + 1}`) }, `/saksoekt/${i}`);
  });
});

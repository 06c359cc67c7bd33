import { regel } from '../modul.ts';
import { beskriv, harAdresse, harFulltNavn, organisasjon } from './felles/aktoer.ts';
import { type Aktoer, idVerdi } from './felles/modell.ts';
import { liste, utfylt } from './felles/tekst.ts';

// One of: orgnummer and name / name and address / personal identifier with first and last name /
// birth date with first and last name. "Name" is an organisation's (2.1 also a sammenslutning's) name
// or a person's full name.
function nokOpplysninger(a: Aktoer | undefined): boolean {
  const v = organisasjon(a);
  const p = a?.person;
  const personnavn = harFulltNavn(p?.personnavn);
  if (utfylt(v?.navn) && utfylt(idVerdi(v?.identifikator))) return true;
  if ((utfylt(v?.navn) || personnavn) && harAdresse(a)) return true;
  return personnavn && (utfylt(idVerdi(p?.identifikator)) || utfylt(p?.foedselsdato));
}

export default regel(import.meta.url, 'MANGLER_OPPLYSNINGER_OM_SAKSOEKER', (b, _ktx, rapporter) => {
  liste(b.saksoeker).forEach((s, i) => {
    if (!nokOpplysninger(s?.saksoeker)) rapporter({ 'saksøker': beskriv(s?.saksoeker, `nr. ${i + 1}`) }, `/saksoeker/${i}`);
  });
});

import { regel } from '../modul.ts';
import { beskriv, harAdresse, harFulltNavn } from './felles/aktoer.ts';
import { utfylt } from './felles/tekst.ts';

// The description allows "orgnummer, or name and address" for whoever the creditor uses as
// prosessfullmektig. A person has no orgnummer, so a person needs full name and address (the message);
// an organisation without orgnummer needs name and address; an entry naming neither is missing both.
// Whether a given orgnummer is valid is UGYLDIG_ORGNR_PROSESSFULLMEKTIG's concern.
export default regel(import.meta.url, 'MANGLER_OPPLYSNINGER_PROSESSFULLMEKTIG_PERSON', (b, _ktx, rapporter) => {
  const blokk = b.innsender?.prosessfullmektig;
  if (!blokk) return;
  const pf = blokk.prosessfullmektig;
  const v = pf?.virksomhet;
  let ok: boolean;
  if (v) ok = utfylt(v.identifikator?.verdi) || (utfylt(v.navn) && harAdresse(pf));
  else if (pf?.person) ok = harFulltNavn(pf.person.personnavn) && harAdresse(pf);
  else ok = false;
  if (!ok) rapporter({ prosessfullmektig: beskriv(pf, 'prosessfullmektig') }, pf ? '/innsender/prosessfullmektig/prosessfullmektig' : '/innsender/prosessfullmektig');
});

import { regel } from '../modul.ts';
import { beskriv, harAdresse, harFulltNavn, organisasjon } from './felles/aktoer.ts';
import { besoekProsessfullmektiger, idVerdi, prosessfullmektigSti } from './felles/modell.ts';
import { utfylt } from './felles/tekst.ts';

// The description allows "orgnummer, or name and address" for whoever the creditor uses as
// prosessfullmektig. A person has no orgnummer, so a person needs full name and address (the message);
// an organisation without orgnummer needs name and address; an entry naming neither is missing both.
// Whether a given orgnummer is valid is UGYLDIG_ORGNR_PROSESSFULLMEKTIG's concern. "The creditor's"
// is the innsender's and, in 2.1, each saksøker's prosessfullmektig, not the saksøktes'.
export default regel(import.meta.url, 'MANGLER_OPPLYSNINGER_PROSESSFULLMEKTIG_PERSON', (b, _ktx, rapporter) => {
  besoekProsessfullmektiger(b, (blokk, rolle, i) => {
    const pf = blokk.prosessfullmektig;
    const org = organisasjon(pf);
    let ok: boolean;
    if (org) ok = utfylt(idVerdi(org.identifikator)) || (utfylt(org.navn) && harAdresse(pf));
    else if (pf?.person) ok = harFulltNavn(pf.person.personnavn) && harAdresse(pf);
    else ok = false;
    if (ok) return;
    const sti = prosessfullmektigSti(b, rolle, i);
    rapporter({ prosessfullmektig: beskriv(pf, 'prosessfullmektig') }, pf ? `${sti}/prosessfullmektig` : sti);
  }, true);
});

import { regel } from '../modul.ts';
import { INKASSO, beskriv, erGyldigOrgnr } from './felles/aktoer.ts';
import { utfylt } from './felles/tekst.ts';

// An organisation acting as prosessfullmektig: any orgnummer it gives must be valid, and a collection
// agency ("for inkassobyrået") must give one. A person prosessfullmektig has no orgnummer to check
// (the seeds' person carries a fødselsnummer that fails its check digit, and no rule here judges it).
export default regel(import.meta.url, 'UGYLDIG_ORGNR_PROSESSFULLMEKTIG', (b, _ktx, rapporter) => {
  const pf = b.innsender?.prosessfullmektig?.prosessfullmektig;
  const v = pf?.virksomhet;
  if (!v) return;
  const id = v.identifikator;
  const gitt = utfylt(id?.verdi);
  if (gitt ? erGyldigOrgnr(id) : v.virksomhetstype !== INKASSO) return;
  rapporter({ prosessfullmektig: beskriv(pf, 'prosessfullmektig') }, `/innsender/prosessfullmektig/prosessfullmektig/virksomhet${gitt ? '/identifikator/verdi' : ''}`);
});

import { regel } from '../modul.ts';
import { INKASSO, beskriv, erGyldigOrgnr } from './felles/aktoer.ts';
import { besoekProsessfullmektiger, idFelt, idVerdi, prosessfullmektigSti } from './felles/modell.ts';
import { utfylt } from './felles/tekst.ts';

// An organisation acting as prosessfullmektig: any orgnummer it gives must be valid, and a collection
// agency ("for inkassobyrået") must give one. A person prosessfullmektig has no orgnummer to check
// (the seeds' person carries a fødselsnummer that fails its check digit, and no rule here judges it).
// As the other prosessfullmektig rules: the creditor's side (innsender's and, in 2.1, saksøkers').
export default regel(import.meta.url, 'UGYLDIG_ORGNR_PROSESSFULLMEKTIG', (b, _ktx, rapporter) => {
  besoekProsessfullmektiger(b, (blokk, rolle, i) => {
    const pf = blokk.prosessfullmektig;
    const v = pf?.virksomhet;
    if (!v) return;
    const id = v.identifikator;
    const gitt = utfylt(idVerdi(id));
    if (gitt ? erGyldigOrgnr(id) : v.virksomhetstype !== INKASSO) return;
    const sti = `${prosessfullmektigSti(b, rolle, i)}/prosessfullmektig/virksomhet`;
    rapporter({ prosessfullmektig: beskriv(pf, 'prosessfullmektig') }, gitt ? `${sti}/identifikator/${idFelt(id)}` : sti);
  }, true);
});

import { regel } from '../modul.ts';
import { beskriv, erGyldigOrgnr } from './felles/aktoer.ts';

// Applies to an organisation innsender only (a person innsender is INNSENDER_IKKE_ORGANISASJON):
// it is identified by its organisation number, which must be there and, if Norwegian, pass MOD11.
export default regel(import.meta.url, 'INNSENDER_IKKE_IDENTIFISERBAR', (b, _ktx, rapporter) => {
  const a = b.innsender?.innsender;
  if (!a?.virksomhet || erGyldigOrgnr(a.virksomhet.identifikator)) return;
  const sti = a.virksomhet.identifikator ? '/innsender/innsender/virksomhet/identifikator/verdi' : '/innsender/innsender/virksomhet';
  rapporter({ innsender: beskriv(a, 'innsender') }, sti);
});

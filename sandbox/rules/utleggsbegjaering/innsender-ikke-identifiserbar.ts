import { regel } from '../modul.ts';
import { beskriv, erGyldigOrgnr } from './felles/aktoer.ts';
import { idFelt } from './felles/modell.ts';

// Applies to an organisation innsender only (a person innsender is INNSENDER_IKKE_ORGANISASJON):
// it is identified by its organisation number, which must be there and, if Norwegian, pass MOD11.
export default regel(import.meta.url, 'INNSENDER_IKKE_IDENTIFISERBAR', (b, _ktx, rapporter) => {
  const a = b.innsender?.innsender;
  const id = a?.virksomhet?.identifikator;
  if (!a?.virksomhet || erGyldigOrgnr(id)) return;
  const sti = id ? `/innsender/innsender/virksomhet/identifikator/${idFelt(id)}` : '/innsender/innsender/virksomhet';
  rapporter({ innsender: beskriv(a, 'innsender') }, sti);
});

import { regel } from '../modul.ts';
import { beskriv } from './felles/aktoer.ts';

export default regel(import.meta.url, 'INNSENDER_IKKE_ORGANISASJON', (b, _ktx, rapporter) => {
  const a = b.innsender?.innsender;
  if (a?.person && !a.virksomhet) rapporter({ innsender: beskriv(a, 'innsender') }, '/innsender/innsender/person');
});

import { regel } from '../modul.ts';
import { likeVerdier } from './felles/tekst.ts';

// The whole innsender party (identifier, name, type, address) is frozen, not only its orgnummer: a
// different orgnummer could never get this far, since the acting organisation must match the innsender
// (INNSENDER_SAMSVARER_IKKE_MED_AUTENTISERING) and only the innsender may change its petition. The
// prosessfullmektig, by contrast, may change.
export default regel(import.meta.url, 'ULOVLIG_ENDRING_INNSENDER', (b, ktx, rapporter) => {
  const t = ktx.tidligere;
  if (t && !likeVerdier(b.innsender?.innsender, t.begjaering.innsender?.innsender)) rapporter(undefined, '/innsender/innsender');
}, { trenger: ['tidligere'] });

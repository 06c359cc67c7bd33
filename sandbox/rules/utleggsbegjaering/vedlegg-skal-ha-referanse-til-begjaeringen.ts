import { regel } from '../modul.ts';
import { besoekLagredeVedlegg, vedleggssti } from './felles/vedlegg.ts';

// An upload is bound to the innsenderReferanse it was sent with; unbound uploads (the sandbox's
// preloaded ones) fit any petition. Unknown uploads are VEDLEGG_SKAL_VAERE_TILGJENGELIG's.
export default regel(import.meta.url, 'VEDLEGG_SKAL_HA_REFERANSE_TIL_BEGJAERINGEN', (b, ktx, rapporter) => {
  const hent = ktx.hentVedlegg;
  if (!hent) return;
  besoekLagredeVedlegg(b, (v, sted, i, j) => {
    const lagret = hent(v.uuid);
    if (lagret?.innsenderReferanse !== undefined && lagret.innsenderReferanse !== b.innsenderReferanse) {
      rapporter([v.filnavn, b.innsenderReferanse], `${vedleggssti(sted, i, j)}/uuid`);
    }
  });
}, { trenger: ['vedlegg'] });

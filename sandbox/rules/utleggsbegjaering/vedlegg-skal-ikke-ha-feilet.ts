import { regel } from '../modul.ts';
import { besoekLagredeVedlegg, vedleggssti } from './felles/vedlegg.ts';

// Our store records only that processing failed, not where; the catalog's second case ("feilet ved
// forsøk på konvertering til gyldig pdf") is the general one.
const FEILET_VED_KONVERTERING = 1;

export default regel(import.meta.url, 'VEDLEGG_SKAL_IKKE_HA_FEILET', (b, ktx, rapporter) => {
  const hent = ktx.hentVedlegg;
  if (!hent) return;
  besoekLagredeVedlegg(b, (v, sted, i, j) => {
    if (hent(v.uuid)?.status === 'feilet') rapporter([v.filnavn], `${vedleggssti(sted, i, j)}/uuid`, FEILET_VED_KONVERTERING);
  });
}, { trenger: ['vedlegg'] });

import { regel } from '../modul.ts';
import type { Vedleggsstatus } from '../types.ts';
import { besoekLagredeVedlegg, vedleggssti } from './felles/vedlegg.ts';

// Processing runs virus check → validation → conversion; the case named is the first step not yet done.
// The catalog's cases in order: not virus-checked, not converted, not validated.
const ALTERNATIV: Partial<Record<Vedleggsstatus, number>> = { lastetOpp: 0, validert: 1, virussjekket: 2 };

export default regel(import.meta.url, 'VEDLEGG_SKAL_VAERE_VIRUSSJEKKET_VALIDERT_OG_KONVERTERT', (b, ktx, rapporter) => {
  const hent = ktx.hentVedlegg;
  if (!hent) return;
  besoekLagredeVedlegg(b, (v, sted, i, j) => {
    const status = hent(v.uuid)?.status;
    const alternativ = status === undefined ? undefined : ALTERNATIV[status];
    if (alternativ !== undefined) rapporter([v.filnavn], `${vedleggssti(sted, i, j)}/uuid`, alternativ);
  });
}, { trenger: ['vedlegg'] });

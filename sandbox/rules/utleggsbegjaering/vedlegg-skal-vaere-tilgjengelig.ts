import { regel } from '../modul.ts';
import type { Vedleggsstatus } from '../types.ts';
import { besoekLagredeVedlegg, vedleggssti } from './felles/vedlegg.ts';

// The catalog's cases in order: unknown uuid, deleted, discarded, virus found.
const ALTERNATIV: Partial<Record<Vedleggsstatus, number>> = { slettet: 1, kassert: 2, virusFunnet: 3 };

export default regel(import.meta.url, 'VEDLEGG_SKAL_VAERE_TILGJENGELIG', (b, ktx, rapporter) => {
  const hent = ktx.hentVedlegg;
  if (!hent) return;
  besoekLagredeVedlegg(b, (v, sted, i, j) => {
    const lagret = hent(v.uuid);
    if (!lagret) return rapporter([v.filnavn, v.uuid], `${vedleggssti(sted, i, j)}/uuid`, 0);
    const alternativ = ALTERNATIV[lagret.status];
    if (alternativ !== undefined) rapporter([v.filnavn], `${vedleggssti(sted, i, j)}/uuid`, alternativ);
  });
}, { trenger: ['vedlegg'] });

export {
  generateUtleggsbegjaering, generateUtleggsbegjaeringer, petisjonsmodell, STANDARD_INNSENDER, type Petisjonsmodell,
  type Kompleksitet, type UtleggsbegjaeringOptions, type UtleggsbegjaeringerOptions,
} from './utleggsbegjaering.ts';
export { generateUtleggsbegjaering21, type Utleggsbegjaering21Options } from './v2/utleggsbegjaering.ts';
export { datamodellFor } from './datamodell.ts';

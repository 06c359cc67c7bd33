export {
  generateUtleggsbegjaering, generateUtleggsbegjaeringer, STANDARD_INNSENDER,
  type Kompleksitet, type UtleggsbegjaeringOptions, type UtleggsbegjaeringerOptions,
} from './utleggsbegjaering.ts';

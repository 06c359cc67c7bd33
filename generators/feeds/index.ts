export { generateTrekkpaalegg, nyVersjon, type Trekkpaalegg, type Trekkperiode, type TrekkpaaleggOptions } from './trekkpaalegg.ts';
export {
  generateKrav, generateInnbetalinger,
  type KravIFeed, type Kravforfall, type PlassertInnbetaling, type Innbetaling, type FlerspraakligTekst,
  type KravOptions, type PeriodeOptions,
} from './kravogbetalinger.ts';

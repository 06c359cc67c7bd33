import { regel } from '../modul.ts';

export default regel(import.meta.url, 'ULOVLIG_ENDRING_BEGJAERINGSDATO', (b, ktx, rapporter) => {
  const t = ktx.tidligere;
  if (t && b.begjaeringsdato !== t.begjaering.begjaeringsdato) rapporter(undefined, '/begjaeringsdato');
}, { trenger: ['tidligere'] });

import { regel } from '../modul.ts';

export default regel(import.meta.url, 'ULOVLIG_ENDRING_UNDERSKRIFT', (b, ktx, rapporter) => {
  const t = ktx.tidligere;
  if (t && b.underskrift !== t.begjaering.underskrift) rapporter(undefined, '/underskrift');
}, { trenger: ['tidligere'] });

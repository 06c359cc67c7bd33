import { regel } from '../modul.ts';
import { liste } from './felles/tekst.ts';

export default regel(import.meta.url, 'MANGLER_KRAV', (b, _ktx, rapporter) => {
  if (liste(b.kravTilInnkreving).length === 0) rapporter(undefined, '/kravTilInnkreving');
});

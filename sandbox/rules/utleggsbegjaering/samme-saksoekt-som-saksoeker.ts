import { regel } from '../modul.ts';
import { partsidentiteter } from './felles/duplikat.ts';

// Up to this many saksøkere a linear search beats building a Set.
const FAA = 16;

export default regel(import.meta.url, 'SAMME_SAKSOEKT_SOM_SAKSOEKER', (b, _ktx, rapporter) => {
  const { saksoeker, saksoekt } = partsidentiteter(b);
  let noen = false;
  for (let i = 0; i < saksoeker.length && !noen; i++) noen = saksoeker[i] !== undefined;
  if (!noen) return;
  const saksoekere = saksoeker.length > FAA ? new Set(saksoeker) : undefined;
  for (let i = 0; i < saksoekt.length; i++) {
    const id = saksoekt[i];
    if (id !== undefined && (saksoekere ? saksoekere.has(id) : saksoeker.includes(id))) rapporter(undefined, `/saksoekt/${i}`);
  }
});

import { regel } from '../modul.ts';
import { identitet } from './felles/aktoer.ts';
import { liste } from './felles/tekst.ts';

export default regel(import.meta.url, 'SAMME_SAKSOEKT_SOM_SAKSOEKER', (b, _ktx, rapporter) => {
  const saksoekere = new Set<string>();
  for (const s of liste(b.saksoeker)) {
    const id = identitet(s?.saksoeker);
    if (id !== undefined) saksoekere.add(id);
  }
  if (saksoekere.size === 0) return;
  liste(b.saksoekt).forEach((s, i) => {
    const id = identitet(s?.saksoekt);
    if (id !== undefined && saksoekere.has(id)) rapporter(undefined, `/saksoekt/${i}`);
  });
});

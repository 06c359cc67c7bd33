import { regel } from '../modul.ts';
import { liste } from './felles/tekst.ts';

export default regel(import.meta.url, 'KRAV_IKKE_BENYTTET', (b, _ktx, rapporter) => {
  const krav = liste(b.kravTilInnkreving);
  if (krav.length === 0) return;
  const brukt = new Set<string>();
  for (const t of liste(b.begjaeringensTvangsgrunnlag)) for (const ref of liste(t?.innsendersKravreferanse)) brukt.add(ref);
  krav.forEach((k, i) => {
    if (typeof k?.kravreferanse !== 'string' || !brukt.has(k.kravreferanse)) {
      rapporter({ kravreferanse: k?.kravreferanse }, `/kravTilInnkreving/${i}`);
    }
  });
});

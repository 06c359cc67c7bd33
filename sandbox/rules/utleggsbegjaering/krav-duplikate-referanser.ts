import { regel } from '../modul.ts';
import { liste, utfylt } from './felles/tekst.ts';

export default regel(import.meta.url, 'KRAV_DUPLIKATE_REFERANSER', (b, _ktx, rapporter) => {
  const sett = new Set<string>();
  const rapportert = new Set<string>();
  liste(b.kravTilInnkreving).forEach((k, i) => {
    const ref = k?.kravreferanse;
    if (!utfylt(ref)) return;
    if (!sett.has(ref)) sett.add(ref);
    else if (!rapportert.has(ref)) {
      rapportert.add(ref);
      rapporter({ kravreferanse: ref }, `/kravTilInnkreving/${i}/kravreferanse`);
    }
  });
});

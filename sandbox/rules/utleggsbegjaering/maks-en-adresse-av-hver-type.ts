import { regel } from '../modul.ts';
import { aktoerSti, besoekAktoerer } from './felles/aktoer.ts';
import { liste } from './felles/tekst.ts';

// The catalog text "av type %ukjentBosted, postadresse, bopelsadresse, forretningsadresse, postboks" is
// the list of address types with a stray '%' on the first one, not a slot for a value: we fill it with
// that type's own name so the message reads as the list. The duplicated address is named by `sti`.
export default regel(import.meta.url, 'MAKS_EN_ADRESSE_AV_HVER_TYPE', (b, _ktx, rapporter) => {
  besoekAktoerer(b, (a, sted, nr) => {
    const adresser = liste(a.adresse);
    if (adresser.length < 2) return;
    const sett = new Set<string>();
    adresser.forEach((adr, i) => {
      const type = adr?.adressetype;
      if (type === undefined) return;
      if (sett.has(type)) rapporter({ ukjentBosted: 'ukjentBosted' }, `${aktoerSti(b, sted, nr)}/adresse/${i}/adressetype`);
      else sett.add(type);
    });
  });
});

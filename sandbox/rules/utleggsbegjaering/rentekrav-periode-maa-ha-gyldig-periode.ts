import { regel } from '../modul.ts';
import { erDato } from './felles/dato.ts';
import { erObjekt, kravref, rentekravdel, rentekravdelFelt } from './felles/modell.ts';
import { liste } from './felles/tekst.ts';

// The period an interest claim was computed over (0.9 erRentekrav, 2.1 rentekrav .rentePeriode): its
// start must come strictly before its end, when an end is given, and strictly before the
// begjæringsdato ("før": interest is counted by days between the two, so an equal date is no period).
// A missing or malformed start is the schema's concern. The message's placeholder is spelled as in the
// catalog (%innsenderskravreferasnse).
export default regel(import.meta.url, 'RENTEKRAV_PERIODE_MAA_HA_GYLDIG_PERIODE', (b, _ktx, rapporter) => {
  const krav = liste(b.kravTilInnkreving);
  const begjaeringsdato = b.begjaeringsdato;
  for (let i = 0; i < krav.length; i++) {
    const k = krav[i];
    const periode = rentekravdel(k)?.rentePeriode;
    if (!erObjekt(periode) || !erDato(periode.startdato)) continue;
    const fra = periode.startdato;
    const slutt = periode.sluttdato;
    if ((erDato(slutt) && !(fra < slutt)) || (erDato(begjaeringsdato) && !(fra < begjaeringsdato))) {
      rapporter({ innsenderskravreferasnse: kravref(k) }, `/kravTilInnkreving/${i}/${rentekravdelFelt(k)}/rentePeriode`);
    }
  }
});

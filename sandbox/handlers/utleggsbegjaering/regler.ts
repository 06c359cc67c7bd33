// TEMPORARY ADAPTER until sandbox/rules/utleggsbegjaering/index.ts lands: only the state rules the
// server itself relies on (duplicate, innsender vs. token). Replace with a re-export of evaluate().
import type { Utleggsbegjaering } from '../../../src/model/utleggsbegjaering.ts';
import type { Brudd, RegelKontekst } from '../../rules/types.ts';
import { innsenderOrgnr } from '../../state/innsendinger.ts';

export function evaluate(b: Utleggsbegjaering, ktx: RegelKontekst, _version?: string): Brudd[] {
  const brudd: Brudd[] = [];
  if (ktx.modus !== 'endre' && ktx.erDuplikat && b.innsenderReferanse && b.begjaeringsdato) {
    const org = innsenderOrgnr(b, ktx.paaloggetOrgnr ?? '');
    if (ktx.erDuplikat(org, b.begjaeringsdato, b.innsenderReferanse)) {
      brudd.push({ kode: 'DUPLIKAT_INNSENDING', melding: `Sak med begjæringsdato ${b.begjaeringsdato} og referanse ${b.innsenderReferanse} er allerede sendt inn` });
    }
  }
  if (ktx.paaloggetOrgnr && innsenderOrgnr(b, ktx.paaloggetOrgnr) !== ktx.paaloggetOrgnr) {
    brudd.push({ kode: 'INNSENDER_SAMSVARER_IKKE_MED_AUTENTISERING', melding: 'Innsender samsvarer ikke med autentisert virksomhet' });
  }
  return brudd;
}

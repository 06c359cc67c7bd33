import { regel } from '../modul.ts';
import { betalingsinformasjon, erBetaling21, erObjekt } from './felles/modell.ts';
import { utfylt } from './felles/tekst.ts';

// Payment details are optional, but when given they must name an account that holds at least one value
// ("Konto må inneholde minst en verdi"). 0.9: a norskKonto with kontonummer or KID, or a utenlandskKonto
// with IBAN or SWIFT/BIC. 2.1: kontoinformasjon with kontonummer, IBAN, BIC or bankkode; the KID sits
// beside the account there and is no account of its own.
export default regel(import.meta.url, 'MANGELFULLE_KONTOOPPLYSNINGER', (b, _ktx, rapporter) => {
  const info = betalingsinformasjon(b);
  if (!info) return;
  if (erBetaling21(info)) {
    const ki = info.kontoinformasjon;
    if (!erObjekt(ki)) return rapporter(undefined, '/betalingsinformasjon');
    if (!utfylt(ki.kontonummer) && !utfylt(ki.iban) && !utfylt(ki.bic) && !utfylt(ki.bankkode)) rapporter(undefined, '/betalingsinformasjon/kontoinformasjon');
    return;
  }
  const norsk = erObjekt(info.norskKonto) ? info.norskKonto : undefined;
  const utenlandsk = erObjekt(info.utenlandskKonto) ? info.utenlandskKonto : undefined;
  if (!norsk && !utenlandsk) return rapporter(undefined, '/betalingsinformasjon');
  if (norsk && !utfylt(norsk.kontonummer) && !utfylt(norsk.kidnummer)) rapporter(undefined, '/betalingsinformasjon/norskKonto');
  if (utenlandsk && !utfylt(utenlandsk.iban) && !utfylt(utenlandsk.swiftBic)) rapporter(undefined, '/betalingsinformasjon/utenlandskKonto');
});

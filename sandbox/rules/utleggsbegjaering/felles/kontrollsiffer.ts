// The check-digit answers the rules need, as booleans: generators/identifiers' check functions say
// why a number fails and build a result object (and a slice) for every number they see, also the
// valid ones. These give exactly their `valid` without allocating; tests/unit/rules-v2-perf.spec.ts
// holds them to the generators' checks.

const ORGNR_VEKTER = [3, 2, 7, 6, 5, 4, 3, 2] as const;
const KONTONR_VEKTER = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

function bareSifre(s: string, slutt: number): boolean {
  for (let i = 0; i < slutt; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** MOD11 with weights from the left; the last digit must equal it (a remainder giving 10 has no digit). */
function mod11Stemmer(s: string, vekter: readonly number[]): boolean {
  let sum = 0;
  for (let i = 0; i < vekter.length; i++) sum += (s.charCodeAt(i) - 48) * vekter[i];
  const k = 11 - (sum % 11);
  const siffer = k === 11 ? 0 : k;
  return siffer !== 10 && s.charCodeAt(vekter.length) - 48 === siffer;
}

/** checkOrganisasjonsnummer(s).valid: nine digits, MOD11. */
export function gyldigOrgnr(s: string): boolean {
  return typeof s === 'string' && s.length === 9 && bareSifre(s, 9) && mod11Stemmer(s, ORGNR_VEKTER);
}

/** checkKontonummer(s).valid: eleven digits, MOD11. */
export function gyldigKontonummer(s: string): boolean {
  return typeof s === 'string' && s.length === 11 && bareSifre(s, 11) && mod11Stemmer(s, KONTONR_VEKTER);
}

/**
 * checkKid(s).valid with no algorithm given: 2–25 characters, digits and a last check digit that
 * MOD10 (Luhn) or MOD11 (weights 2–7 from the right, 10 written '-') gives for the ones before it.
 */
export function gyldigKid(s: string): boolean {
  if (typeof s !== 'string' || s.length < 2 || s.length > 25) return false;
  const n = s.length - 1;
  if (!bareSifre(s, n)) return false;
  const kontroll = s.charCodeAt(n);
  if (kontroll !== 45 && (kontroll < 48 || kontroll > 57)) return false;
  let luhn = 0;
  let dobbel = true;
  let mod11 = 0;
  let vekt = 2;
  for (let i = n - 1; i >= 0; i--) {
    const d = s.charCodeAt(i) - 48;
    let l = d;
    if (dobbel) {
      l *= 2;
      if (l > 9) l -= 9;
    }
    luhn += l;
    dobbel = !dobbel;
    mod11 += d * vekt;
    vekt = vekt === 7 ? 2 : vekt + 1;
  }
  const mod10Siffer = (10 - (luhn % 10)) % 10;
  if (kontroll === 48 + mod10Siffer) return true;
  const k = 11 - (mod11 % 11);
  const mod11Siffer = k === 11 ? 0 : k;
  return mod11Siffer === 10 ? kontroll === 45 : kontroll === 48 + mod11Siffer;
}

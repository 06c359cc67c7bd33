/**
 * Is a personal identifier synthetic? Test registers mark their numbers in the month: Tenor (Syntetisk
 * Norge) adds 80, other synthetic registers (NAV's Dolly, older test data) add 40. A number whose month is
 * a real month and whose check digits hold could belong to a real person, and must never leave the
 * machine. Kept free of generators/ so the HTTP client in src/ can ask it before every request.
 */

export type Personnummerart = 'tenor' | 'syntetisk' | 'ekte' | 'ikkeGyldig';

const K1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function mod11(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits.charCodeAt(i) - 48) * weights[i];
  const r = 11 - (sum % 11);
  return r === 11 ? 0 : r;
}

/** What an 11-digit string is, judged by its month and (for a real month) its check digits. */
export function personnummerart(value: string): Personnummerart {
  if (!/^\d{11}$/.test(value)) return 'ikkeGyldig';
  const dd = Number(value.slice(0, 2));
  const mm = Number(value.slice(2, 4));
  const day = dd > 40 ? dd - 40 : dd;
  if (day < 1 || day > 31) return 'ikkeGyldig';
  if (mm >= 81 && mm <= 92) return 'tenor';
  if (mm >= 41 && mm <= 52) return 'syntetisk';
  if (mm < 1 || mm > 12) return 'ikkeGyldig';
  // A real month: only a number whose check digits hold could have been issued to a person.
  const k1 = mod11(value, K1);
  if (k1 === 10 || value.charCodeAt(9) - 48 !== k1) return 'ikkeGyldig';
  const k2 = mod11(value, K2);
  if (k2 === 10 || value.charCodeAt(10) - 48 !== k2) return 'ikkeGyldig';
  return 'ekte';
}

const ORG_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

/** True for a valid organisation number in the series Brønnøysundregistrene gives real enterprises (8xx, 9xx). */
export function erEkteOrgnrSerie(value: string): boolean {
  if (!/^[89]\d{8}$/.test(value)) return false;
  const k = mod11(value, ORG_WEIGHTS);
  return k !== 10 && value.charCodeAt(8) - 48 === k;
}

export interface SyntetiskFunn {
  /** JSON pointer of the value in what was checked ('' for the value itself). */
  sti: string;
  verdi: string;
  /** stopp: a real-looking fødselsnummer or D-nummer; advarsel: an organisation number in the real series. */
  alvor: 'stopp' | 'advarsel';
  grunn: string;
}

/** Field names whose numbers are not personal identifiers (account numbers, KIDs). */
const IKKE_PERSON = /konto|^kid|kidnummer|iban|bban/i;

const pointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Every real-looking identifier in a JSON value (strings and integers, at any depth), with where it is.
 * Other numbers that merely happen to have 11 digits with a real month and valid check digits are rare
 * enough that stopping on them is the safe side.
 */
export function finnIkkeSyntetiske(value: unknown, sti = ''): SyntetiskFunn[] {
  const funn: SyntetiskFunn[] = [];
  const visit = (v: unknown, at: string, key = '') => {
    // Account numbers and KIDs are 11 digits with a check digit of their own; one in a hundred or so also
    // reads as a date with valid fødselsnummer check digits, and no person is behind it.
    if (IKKE_PERSON.test(key) && (typeof v === 'string' || typeof v === 'number')) return;
    if (typeof v === 'string' || (typeof v === 'number' && Number.isInteger(v))) {
      const s = String(v);
      if (s.length === 11 && personnummerart(s) === 'ekte') {
        funn.push({ sti: at, verdi: s, alvor: 'stopp', grunn: 'looks like a real fødselsnummer or D-nummer (a real month, valid check digits; synthetic numbers add 40 or 80 to the month)' });
      } else if (s.length === 9 && erEkteOrgnrSerie(s)) {
        funn.push({ sti: at, verdi: s, alvor: 'advarsel', grunn: 'is in the series real enterprises get (8xx, 9xx); Tenor\'s test organisations start with 2 or 3' });
      }
    } else if (Array.isArray(v)) v.forEach((x, i) => visit(x, `${at}/${i}`, key));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) visit(x, `${at}/${pointer(k)}`, k);
  };
  visit(value, sti);
  return funn;
}

import type { RegelKontekst } from '../../types.ts';

// Norway's calendar date, not UTC's: between midnight and 01:00/02:00 local time the two differ, and a
// payment booked today must not read as one in the future.
const NORGE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });

// Formatting a date with Intl costs more than most rules, and the sandbox asks on every request;
// Norway's date can only change on a whole minute (its UTC offsets are whole hours), so the last
// answer holds for the rest of its UTC minute.
let sistMinutt = Number.NaN;
let sistDato = '';

/** A moment's calendar date in Norway (YYYY-MM-DD). */
export function norskDato(t: Date): string {
  const minutt = Math.floor(t.getTime() / 60_000);
  if (minutt !== sistMinutt) {
    sistDato = NORGE.format(t);
    sistMinutt = minutt;
  }
  return sistDato;
}

/** Today (YYYY-MM-DD): the context's, i.e. the server's clock, else the machine's date in Norway. */
export function idag(ktx: RegelKontekst): string {
  return ktx.idag ?? norskDato(new Date());
}

/** A calendar date as the schemas write it; ISO dates of this form compare correctly as strings. */
export function erDato(v: unknown): v is string {
  return typeof v === 'string' && v.length === 10 && v[4] === '-' && v[7] === '-';
}

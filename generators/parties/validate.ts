import { checkOrganisasjonsnummer, checkPersonidentifikator } from '../identifiers/index.ts';
import { describe } from '../identifiers/checksum.ts';
import { personnummerart } from '../../src/data/syntetisk.ts';
import { daysInMonth } from '../identifiers/foedselsnummer.ts';
import { isLandkode } from '../data/landkoder.ts';
import { ORGANISASJONSFORMER } from '../data/organisasjonsformer.ts';
import { type Party, VIRKSOMHETSTYPER } from './types.ts';

// Checks that a value from outside (a Tenor export, a caller's object) has our Party shape,
// collecting every problem instead of stopping at the first one.

export interface PartyProblem {
  /** Dotted path inside the party, e.g. "adresse.postnummer"; "" for the party itself. */
  field: string;
  /** Starts with the field name, e.g. `organisasjonsnummer "123" must be 9 digits, got 3`. */
  message: string;
}

type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

class Collector {
  readonly problems: PartyProblem[] = [];
  add(field: string, message: string): void {
    this.problems.push({ field, message: field ? `${field} ${message}` : message });
  }
  /** Reports unknown keys: a misspelt optional field would otherwise vanish silently. */
  onlyKnown(obj: Obj, known: readonly string[], prefix: string): void {
    for (const key of Object.keys(obj)) {
      if (!known.includes(key)) this.add(prefix + key, 'is not a known field');
    }
  }
  text(obj: Obj, key: string, prefix: string, required = true): string | undefined {
    const v = obj[key];
    if (v === undefined) {
      if (required) this.add(prefix + key, 'is required');
      return undefined;
    }
    if (typeof v !== 'string' || v.trim() === '') {
      this.add(prefix + key, `must be a non-empty string, got ${describe(v)}`);
      return undefined;
    }
    return v;
  }
  pattern(obj: Obj, key: string, prefix: string, re: RegExp, what: string): void {
    const v = this.text(obj, key, prefix);
    if (v !== undefined && !re.test(v)) this.add(prefix + key, `${JSON.stringify(v)} must be ${what}`);
  }
}

function validateDate(c: Collector, obj: Obj, key: string): void {
  const v = c.text(obj, key, '');
  if (v === undefined) return;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const ok = m && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[3]) >= 1 &&
    Number(m[3]) <= daysInMonth(Number(m[1]), Number(m[2]));
  if (!ok) c.add(key, `${JSON.stringify(v)} must be a calendar date as YYYY-MM-DD`);
}

function validateAdresse(c: Collector, value: unknown): void {
  if (value === undefined) return c.add('adresse', 'is required');
  if (!isObject(value)) return c.add('adresse', `must be an object, got ${describe(value)}`);
  const p = 'adresse.';
  const land = c.text(value, 'land', p);
  if (land === undefined) return;
  if (!isLandkode(land)) return c.add(p + 'land', `${JSON.stringify(land)} must be an ISO 3166-1 alpha-2 code such as "NO" or "SE"`);
  c.text(value, 'adressetekst', p);
  c.text(value, 'poststed', p);
  if (land === 'NO') {
    c.onlyKnown(value, ['land', 'adressetekst', 'postnummer', 'poststed', 'kommunenummer'], p);
    c.pattern(value, 'postnummer', p, /^\d{4}$/, '4 digits');
    c.pattern(value, 'kommunenummer', p, /^\d{4}$/, '4 digits');
  } else {
    c.onlyKnown(value, ['land', 'adressetekst', 'poststed', 'landkode'], p);
    const landkode = c.text(value, 'landkode', p);
    if (landkode !== undefined && landkode !== land) {
      c.add(p + 'landkode', `${JSON.stringify(landkode)} must equal land ${JSON.stringify(land)}`);
    }
  }
}

function validatePerson(c: Collector, row: Obj): void {
  c.onlyKnown(row, ['type', 'fornavn', 'etternavn', 'foedselsdato', 'identifikator', 'adresse'], '');
  c.text(row, 'fornavn', '');
  c.text(row, 'etternavn', '');
  validateDate(c, row, 'foedselsdato');
  const id = c.text(row, 'identifikator', '');
  if (id !== undefined) {
    const result = checkPersonidentifikator(id);
    if (!result.valid) c.add('identifikator', `${JSON.stringify(id)} ${result.reason}`);
    // Only synthetic people may be test parties: a real-looking number could be someone's.
    else if (personnummerart(id) === 'ekte') c.add('identifikator', `${id.slice(0, 6)}… looks like a real fødselsnummer or D-nummer; use synthetic numbers (Tenor adds 80 to the month)`);
  }
  validateAdresse(c, row.adresse);
}

function validateOrganisasjon(c: Collector, row: Obj): void {
  c.onlyKnown(
    row,
    ['type', 'navn', 'organisasjonsnummer', 'organisasjonsform', 'adresse', 'inkassobevilling', 'virksomhetstype', 'overordnetEnhet', 'innehaver'],
    '',
  );
  c.text(row, 'navn', '');
  const orgnr = c.text(row, 'organisasjonsnummer', '');
  if (orgnr !== undefined) {
    const result = checkOrganisasjonsnummer(orgnr);
    if (!result.valid) c.add('organisasjonsnummer', `${JSON.stringify(orgnr)} ${result.reason}`);
  }
  const form = c.text(row, 'organisasjonsform', '');
  if (form !== undefined && !Object.hasOwn(ORGANISASJONSFORMER, form)) {
    c.add('organisasjonsform', `${JSON.stringify(form)} must be one of ${Object.keys(ORGANISASJONSFORMER).join(', ')}`);
  }
  validateAdresse(c, row.adresse);
  const overordnet = c.text(row, 'overordnetEnhet', '', false);
  if (overordnet !== undefined) {
    const result = checkOrganisasjonsnummer(overordnet);
    if (!result.valid) c.add('overordnetEnhet', `${JSON.stringify(overordnet)} ${result.reason}`);
    else if (overordnet === orgnr) c.add('overordnetEnhet', 'must name another organisation than the party itself');
  }
  const innehaver = c.text(row, 'innehaver', '', false);
  if (innehaver !== undefined) {
    const result = checkPersonidentifikator(innehaver);
    if (!result.valid) c.add('innehaver', `${JSON.stringify(innehaver)} ${result.reason}`);
    if (form !== undefined && form !== 'ENK') c.add('innehaver', `belongs to an enkeltpersonforetak (ENK), not ${form}`);
  }
  const type = c.text(row, 'virksomhetstype', '', false);
  if (type !== undefined && !(VIRKSOMHETSTYPER as readonly string[]).includes(type)) {
    c.add('virksomhetstype', `${JSON.stringify(type)} must be one of ${VIRKSOMHETSTYPER.join(', ')}`);
  }
  const bevilling = row.inkassobevilling;
  if (bevilling === undefined) return;
  if (!isObject(bevilling)) return c.add('inkassobevilling', `must be an object, got ${describe(bevilling)}`);
  c.onlyKnown(bevilling, ['bevillingshaver', 'bevillingsnummer'], 'inkassobevilling.');
  c.text(bevilling, 'bevillingsnummer', 'inkassobevilling.', false);
  const haver = bevilling.bevillingshaver;
  if (haver === undefined) return c.add('inkassobevilling.bevillingshaver', 'is required');
  if (!isObject(haver)) return c.add('inkassobevilling.bevillingshaver', `must be an object, got ${describe(haver)}`);
  c.onlyKnown(haver, ['fornavn', 'etternavn'], 'inkassobevilling.bevillingshaver.');
  c.text(haver, 'fornavn', 'inkassobevilling.bevillingshaver.');
  c.text(haver, 'etternavn', 'inkassobevilling.bevillingshaver.');
}

/** Every problem with one party; an empty list means `value` is a valid Party. */
export function validateParty(value: unknown): PartyProblem[] {
  const c = new Collector();
  if (!isObject(value)) {
    c.add('', `must be an object, got ${describe(value)}`);
  } else if (value.type === 'person') {
    validatePerson(c, value);
  } else if (value.type === 'organisasjon') {
    validateOrganisasjon(c, value);
  } else if (value.type === undefined) {
    c.add('type', 'is required ("person" or "organisasjon")');
  } else {
    c.add('type', `must be "person" or "organisasjon", got ${describe(value.type)}`);
  }
  return c.problems;
}

export function isParty(value: unknown): value is Party {
  return validateParty(value).length === 0;
}

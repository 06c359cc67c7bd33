import { test, expect } from '@playwright/test';
import { createRandom } from '../../generators/random.ts';
import {
  checkDNummer,
  checkFoedselsnummer,
  checkKid,
  checkKontonummer,
  checkOrganisasjonsnummer,
  checkPersonidentifikator,
  generateDNummer,
  generateFoedselsnummer,
  generateKid,
  generateKontonummer,
  generateOrganisasjonsnummer,
} from '../../generators/identifiers/index.ts';

test.describe('fødselsnummer and D-nummer', () => {
  test('the seed saksøkt 44926701751 is a valid synthetic D-nummer', () => {
    expect(checkPersonidentifikator('44926701751')).toEqual({
      valid: true,
      kind: 'dnr',
      synthetic: true,
      birthDate: '1967-12-04',
    });
    expect(checkDNummer('44926701751').valid).toBe(true);
    expect(checkFoedselsnummer('44926701751')).toEqual({ valid: false, reason: 'is a D-nummer, not a fødselsnummer' });
  });

  test('the seed saksøkt 69887800189 is a valid synthetic D-nummer matching its foedselsdato', () => {
    expect(checkPersonidentifikator('69887800189')).toEqual({
      valid: true,
      kind: 'dnr',
      synthetic: true,
      birthDate: '1978-08-29',
    });
  });

  test("the seed prosessfullmektig's 03057738971 fails its first check digit", () => {
    expect(checkPersonidentifikator('03057738971')).toEqual({
      valid: false,
      reason: 'first check digit is 7, expected 5',
    });
  });

  test('python-stdnum published examples: 15108695088 valid, 15108695077 invalid', () => {
    expect(checkPersonidentifikator('15108695088')).toEqual({
      valid: true,
      kind: 'fnr',
      synthetic: false,
      birthDate: '1986-10-15',
    });
    expect(checkPersonidentifikator('15108695077')).toMatchObject({ valid: false });
  });

  test('explains shape errors', () => {
    expect(checkPersonidentifikator('4492670175')).toEqual({ valid: false, reason: 'must be 11 digits, got 10' });
    expect(checkPersonidentifikator('449267O1751')).toEqual({
      valid: false,
      reason: 'must contain digits only, found "O" at position 7',
    });
    expect(checkPersonidentifikator('44456701751')).toMatchObject({ valid: false, reason: expect.stringContaining('month 45') });
    expect(checkPersonidentifikator('80926701751')).toMatchObject({ valid: false, reason: expect.stringContaining('day 80') });
    expect(checkPersonidentifikator('31820100000')).toMatchObject({ valid: false, reason: '1901-02 has no day 31' });
    expect(checkPersonidentifikator('01014560000')).toMatchObject({
      valid: false,
      reason: 'individnummer 600 is not issued for year 45',
    });
  });

  test('never throws on odd input', () => {
    for (const odd of ['', ' ', '-'.repeat(11), '٠١٢٣٤٥٦٧٨٩٠', '\u0000', 'x'.repeat(1000), null, undefined, 42, {}, []]) {
      const result = checkPersonidentifikator(odd as string);
      expect(result.valid).toBe(false);
      expect(checkOrganisasjonsnummer(odd as string).valid).toBe(false);
      expect(checkKontonummer(odd as string).valid).toBe(false);
      expect(checkKid(odd as string).valid).toBe(false);
    }
  });

  test('generators honour birthDate and the synthetic flag', () => {
    const faker = createRandom(7);
    const fnr = generateFoedselsnummer(faker, { birthDate: '2006-09-16' });
    expect(fnr.slice(0, 6)).toBe('168906');
    expect(checkPersonidentifikator(fnr)).toEqual({ valid: true, kind: 'fnr', synthetic: true, birthDate: '2006-09-16' });
    const dnr = generateDNummer(faker, { birthDate: '1899-12-31', synthetic: false });
    expect(checkPersonidentifikator(dnr)).toEqual({ valid: true, kind: 'dnr', synthetic: false, birthDate: '1899-12-31' });
    expect(() => generateFoedselsnummer(faker, { birthDate: '2001-02-29' })).toThrow(/birthDate/);
  });
});

test.describe('organisasjonsnummer', () => {
  // All nine numbers from the seeds pass MOD11 (checked, not assumed).
  const seedOrgs = [
    '310478717', '313367002', '311851381', '314961900', '314055403', '212201782', // Krav og betalinger test orgs
    '312597772', // innsender "Inkassobyrå AS"
    '311758489', '313182495', // saksøkere
  ];
  for (const orgnr of seedOrgs) {
    test(`seed organisation ${orgnr} is valid and synthetic`, () => {
      expect(checkOrganisasjonsnummer(orgnr)).toEqual({ valid: true, synthetic: true });
    });
  }

  test('published examples: 974760673 (Brønnøysundregistrene) and 988077917 valid, 988077918 invalid', () => {
    expect(checkOrganisasjonsnummer('974760673')).toEqual({ valid: true, synthetic: false });
    expect(checkOrganisasjonsnummer('988077917')).toEqual({ valid: true, synthetic: false });
    expect(checkOrganisasjonsnummer('988077918')).toEqual({ valid: false, reason: 'check digit is 8, expected 7' });
  });

  test('the seed bevillingsnummer 123212132 is not an organisasjonsnummer', () => {
    expect(checkOrganisasjonsnummer('123212132')).toEqual({ valid: false, reason: 'check digit is 2, expected 4' });
  });

  test('explains shape errors and impossible check digits', () => {
    expect(checkOrganisasjonsnummer('123')).toEqual({ valid: false, reason: 'must be 9 digits, got 3' });
    // 10000013: weighted sum 3 + 3 + 6 = 12, 12 % 11 = 1, so 11 - 1 = 10 is not a digit.
    expect(checkOrganisasjonsnummer('100000130')).toEqual({
      valid: false,
      reason: 'no check digit exists for these eight digits (MOD11 gives 10)',
    });
  });

  test('generated numbers look like Tenor test organisations', () => {
    const faker = createRandom(3);
    for (let i = 0; i < 100; i++) expect(generateOrganisasjonsnummer(faker)[0]).toMatch(/[23]/);
    expect(generateOrganisasjonsnummer(faker, { firstDigit: 9 })[0]).toBe('9');
  });
});

test.describe('kontonummer', () => {
  test('the seed account 69930570044 is valid', () => {
    expect(checkKontonummer('69930570044')).toEqual({ valid: true, bankregisternummer: '6993' });
  });

  test('python-stdnum published examples: 86011117947 valid, 86011117949 invalid', () => {
    expect(checkKontonummer('86011117947').valid).toBe(true);
    expect(checkKontonummer('86011117949')).toEqual({ valid: false, reason: 'check digit is 9, expected 7' });
  });

  test('explains shape errors', () => {
    expect(checkKontonummer('6993.05.70044')).toEqual({
      valid: false,
      reason: 'must contain digits only, found "." at position 5',
    });
    expect(checkKontonummer('6993057004')).toEqual({ valid: false, reason: 'must be 11 digits, got 10' });
  });
});

test.describe('KID', () => {
  test('the seed KID 2509937609 satisfies MOD10 but not MOD11', () => {
    expect(checkKid('2509937609')).toEqual({ valid: true, algorithms: ['MOD10'] });
    expect(checkKid('2509937609', 'MOD11')).toEqual({ valid: false, reason: 'check digit is 9, expected 8 (MOD11)' });
  });

  test('published Luhn example 79927398713 is a valid MOD10 KID', () => {
    expect(checkKid('79927398713', 'MOD10')).toEqual({ valid: true, algorithms: ['MOD10'] });
    expect(checkKid('79927398710')).toMatchObject({
      valid: false,
      reason: expect.stringMatching(/^check digit is 0, expected 3 \(MOD10\) or \d \(MOD11\)$/),
    });
  });

  test("MOD11 writes a remainder of 10 as '-'", () => {
    // MOD11 of payload 5: 5*2 = 10, 11 - 10 = 1; of payload 6: 12 % 11 = 1, 11 - 1 = 10 -> '-'. Luhn of 6: 12 -> 3, 10 - 3 = 7.
    expect(checkKid('6-')).toEqual({ valid: true, algorithms: ['MOD11'] });
    expect(checkKid('6-', 'MOD10')).toEqual({ valid: false, reason: 'check digit is -, expected 7 (MOD10)' });
    expect(checkKid('51')).toEqual({ valid: true, algorithms: ['MOD11'] });
  });

  test('explains length and character errors', () => {
    expect(checkKid('1')).toEqual({ valid: false, reason: 'must be 2–25 characters, got 1' });
    expect(checkKid('1'.repeat(26))).toEqual({ valid: false, reason: 'must be 2–25 characters, got 26' });
    expect(checkKid('12-4')).toEqual({ valid: false, reason: 'must contain digits only, found "-" at position 3' });
    expect(checkKid('123x')).toEqual({ valid: false, reason: 'check digit must be a digit (or \'-\' for MOD11), found "x"' });
  });

  test('generator honours algorithm and length, and avoids "-" unless allowed', () => {
    const faker = createRandom(11);
    let dashes = 0;
    for (let i = 0; i < 2000; i++) {
      const kid = generateKid(faker, { algorithm: 'MOD11', length: 2 + (i % 24) });
      expect(kid).toHaveLength(2 + (i % 24));
      expect(kid.endsWith('-')).toBe(false);
      expect(checkKid(kid, 'MOD11').valid).toBe(true);
      if (generateKid(faker, { algorithm: 'MOD11', allowDash: true }).endsWith('-')) dashes++;
    }
    expect(dashes).toBeGreaterThan(0);
    expect(() => generateKid(faker, { length: 26 })).toThrow('KID length must be 2–25, got 26');
  });
});

test('10,000 generated values of each kind all pass their checkers', () => {
  const faker = createRandom(20250110);
  const kinds: [string, () => string, (v: string) => { valid: boolean }][] = [
    ['fødselsnummer', () => generateFoedselsnummer(faker), checkFoedselsnummer],
    ['D-nummer', () => generateDNummer(faker), checkDNummer],
    ['organisasjonsnummer', () => generateOrganisasjonsnummer(faker), checkOrganisasjonsnummer],
    ['kontonummer', () => generateKontonummer(faker), checkKontonummer],
    ['KID MOD10', () => generateKid(faker, { algorithm: 'MOD10' }), (v) => checkKid(v, 'MOD10')],
    ['KID MOD11', () => generateKid(faker, { algorithm: 'MOD11', allowDash: true }), (v) => checkKid(v, 'MOD11')],
  ];
  for (const [name, generate, check] of kinds) {
    const invalid: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      const value = generate();
      if (!check(value).valid) invalid.push(value);
    }
    expect(invalid, `${name}: invalid generated values`).toEqual([]);
  }
});

test('the same seed gives the same identifiers, another seed different ones', () => {
  const run = (seed: number) => {
    const faker = createRandom(seed);
    return [generateFoedselsnummer(faker), generateDNummer(faker), generateOrganisasjonsnummer(faker), generateKontonummer(faker), generateKid(faker)];
  };
  expect(run(1)).toEqual(run(1));
  expect(run(1)).not.toEqual(run(2));
  // A seed instead of a Faker starts a fresh stream, same as createRandom(seed).
  expect(generateKontonummer(5)).toBe(generateKontonummer(createRandom(5)));
  expect(generateKid(5, { algorithm: 'MOD11' })).toBe(generateKid(createRandom(5), { algorithm: 'MOD11' }));
});

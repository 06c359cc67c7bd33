import { test, expect } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRandom } from '../../generators/random.ts';
import { checkOrganisasjonsnummer, checkPersonidentifikator } from '../../generators/identifiers/index.ts';
import {
  createPartyRegistry,
  loadParties,
  loadPartiesFile,
  PartiesFileError,
  SEED_PARTIES,
  validateParty,
  type Party,
} from '../../generators/parties/index.ts';
import { ADJEKTIVER, SUBSTANTIVER } from '../../generators/data/navn.ts';
import { NORSKE_ADRESSER } from '../../generators/data/adresser.ts';

const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/parties/${name}`, import.meta.url));

test.describe('determinism', () => {
  test('the same seed gives identical JSON, another seed differs', () => {
    const a = JSON.stringify(createPartyRegistry({ seed: 42 }).all());
    const b = JSON.stringify(createPartyRegistry({ seed: 42 }).all());
    const c = JSON.stringify(createPartyRegistry({ seed: 43 }).all());
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  test('pick with the same faker seed picks the same parties', () => {
    const registry = createPartyRegistry({ seed: 1 });
    const picks = (seed: number) => {
      const faker = createRandom(seed);
      return Array.from({ length: 20 }, () => registry.pick(faker, { type: 'person' }).identifikator);
    };
    expect(picks(5)).toEqual(picks(5));
    expect(picks(5)).not.toEqual(picks(6));
  });

  test('extra parties do not change the generated ones', () => {
    const plain = createPartyRegistry({ seed: 9 });
    const withExtra = createPartyRegistry({ seed: 9, extra: loadPartiesFile(fixture('good.json')) });
    const generated = (r: typeof plain) => r.all().filter((p) => r.sourceOf(p) === 'generated');
    expect(JSON.stringify(generated(withExtra))).toBe(JSON.stringify(generated(plain)));
  });
});

test.describe('generated parties', () => {
  const registry = createPartyRegistry({ seed: 7, persons: 2000, organisations: 1000 });

  test('counts: generated plus seed parties, identifiers unique', () => {
    expect(registry.persons()).toHaveLength(2000 + 2);
    expect(registry.organisations()).toHaveLength(1000 + 9);
    const ids = registry.all().map((p) => (p.type === 'person' ? p.identifikator : p.organisasjonsnummer));
    expect(new Set(ids).size).toBe(ids.length);
  });

  // Failures are collected and compared once: thousands of separate expect() calls take seconds.
  test('every party passes validateParty and every identifier its check digits', () => {
    const failures: string[] = [];
    for (const party of registry.all()) {
      const problems = validateParty(party);
      if (problems.length > 0) failures.push(`${JSON.stringify(party)}: ${problems.map((p) => p.message).join('; ')}`);
      if (party.type === 'person') {
        const result = checkPersonidentifikator(party.identifikator);
        if (!result.valid) failures.push(`${party.identifikator}: ${result.reason}`);
        // The seed's LYSEGUL HENSIKT is documented with a birth date its D-nummer does not encode.
        else if (party.identifikator !== '44926701751' && result.birthDate !== party.foedselsdato) {
          failures.push(`${party.identifikator} encodes ${result.birthDate}, foedselsdato is ${party.foedselsdato}`);
        }
      } else {
        const result = checkOrganisasjonsnummer(party.organisasjonsnummer);
        if (!result.valid) failures.push(`${party.organisasjonsnummer}: ${result.reason}`);
      }
    }
    expect(failures).toEqual([]);
  });

  test('names are in Test-Norge style', () => {
    const adjectives = new Set(ADJEKTIVER.map((w) => w.toUpperCase()));
    const nouns = new Set(SUBSTANTIVER.map((w) => w.toUpperCase()));
    const failures: string[] = [];
    let upper = 0;
    for (const p of registry.persons().filter((p) => registry.sourceOf(p) === 'generated')) {
      if (!adjectives.has(p.fornavn.toUpperCase()) || !nouns.has(p.etternavn.toUpperCase())) failures.push(`${p.fornavn} ${p.etternavn}`);
      if (p.fornavn === p.fornavn.toUpperCase()) upper++;
    }
    for (const o of registry.organisations().filter((o) => registry.sourceOf(o) === 'generated')) {
      if (o.navn !== o.navn.toUpperCase()) failures.push(o.navn);
      if (o.organisasjonsform === 'AS' && !/^\S+ \S+ \S+ AS$/.test(o.navn)) failures.push(o.navn);
    }
    expect(failures).toEqual([]);
    expect(upper).toBeGreaterThan(0);
    expect(upper).toBeLessThan(2000);
  });

  test('the mix covers what rules need: D-numbers, foreign addresses, collection agencies', () => {
    expect(registry.pick(createRandom(1), { identifikatorKind: 'dnr', source: 'generated' }).type).toBe('person');
    expect(registry.pick(createRandom(1), { type: 'person', domestic: false }).adresse.land).not.toBe('NO');
    expect(registry.collectionAgencies().length).toBeGreaterThan(50);
    for (const agency of registry.collectionAgencies()) {
      expect(agency.virksomhetstype).toBe('inkassovirksomhet');
      expect(agency.inkassobevilling?.bevillingshaver.fornavn).toBeTruthy();
    }
  });

  test('domestic addresses come from the address list', () => {
    const known = new Set(NORSKE_ADRESSER.map((a) => `${a.adressetekst}|${a.postnummer}|${a.poststed}|${a.kommunenummer}`));
    const unknown = registry
      .all()
      .filter((p) => registry.sourceOf(p) === 'generated')
      .map((p) => p.adresse)
      .filter((a) => a.land === 'NO' && !known.has(`${a.adressetekst}|${a.postnummer}|${a.poststed}|${a.kommunenummer}`));
    expect(unknown).toEqual([]);
  });

  test('parties are frozen, so one request cannot corrupt the next', () => {
    const person = registry.persons()[0];
    expect(() => {
      (person.adresse as { adressetekst: string }).adressetekst = 'x';
    }).toThrow(TypeError);
  });

  test('word lists have no duplicates', () => {
    expect(new Set(ADJEKTIVER).size).toBe(ADJEKTIVER.length);
    expect(new Set(SUBSTANTIVER).size).toBe(SUBSTANTIVER.length);
  });
});

test.describe('seed parties', () => {
  const registry = createPartyRegistry({ seed: 1, persons: 0, organisations: 0 });

  test('all seed organisations and persons are present', () => {
    for (const orgnr of ['310478717', '313367002', '311851381', '314961900', '314055403', '212201782', '312597772', '311758489', '313182495']) {
      expect(registry.byId(orgnr)?.type, orgnr).toBe('organisasjon');
    }
    expect(registry.byId('311758489')).toMatchObject({ navn: 'UPERSONLIG FRISK TIGER AS' });
    expect(registry.byId('313182495')).toMatchObject({ navn: 'SMUL FLAT TIGER AS' });
    expect(registry.byId('44926701751')).toMatchObject({
      fornavn: 'LYSEGUL',
      etternavn: 'HENSIKT',
      foedselsdato: '2006-09-16',
      adresse: { land: 'NO', adressetekst: 'Josefines gate 3D', postnummer: '0351', kommunenummer: '0301' },
    });
    expect(registry.byId('69887800189')).toMatchObject({ fornavn: 'Rimelig', etternavn: 'Merr', foedselsdato: '1978-08-29' });
    expect(registry.all()).toHaveLength(SEED_PARTIES.length);
  });

  test('the innsender Inkassobyrå AS is the collection agency among them', () => {
    expect(registry.collectionAgencies().map((o) => o.organisasjonsnummer)).toEqual(['312597772']);
    expect(registry.byId('312597772')).toMatchObject({
      navn: 'Inkassobyrå AS',
      virksomhetstype: 'inkassovirksomhet',
      inkassobevilling: { bevillingshaver: { fornavn: 'Elisabeth', etternavn: 'Lippestad' } },
    });
    expect(registry.pick(createRandom(3), { collectionAgency: true }).organisasjonsnummer).toBe('312597772');
  });

  test('pick names the filter when nothing matches', () => {
    expect(() => registry.pick(createRandom(1), { type: 'person', domestic: false })).toThrow(
      'no party in the registry matches {"type":"person","domestic":false}',
    );
  });
});

test.describe('registry options', () => {
  test('extra parties are added, replace a seed party with the same number, and are validated', () => {
    const extra = loadPartiesFile(fixture('good.json'));
    const registry = createPartyRegistry({ seed: 1, persons: 3, organisations: 3, extra });
    expect(registry.byId('15908638961')).toMatchObject({ fornavn: 'SPRETTEN' });
    expect(registry.byId('44926701751')).toMatchObject({ fornavn: 'Vakker', foedselsdato: '1967-12-04' });
    expect(registry.sourceOf(registry.byId('44926701751') as Party)).toBe('extra');
    expect(registry.all()).toHaveLength(SEED_PARTIES.length + 2 + 6);
    expect(registry.pick(createRandom(2), { source: 'extra', type: 'organisasjon', collectionAgency: false }).navn).toBe(
      'KLOK GRØNN ELG',
    );
    const bad = [{ ...extra[0], identifikator: '44926701750' }] as Party[];
    expect(() => createPartyRegistry({ seed: 1, extra: bad })).toThrow(
      'extra parties row 0: identifikator "44926701750" second check digit is 0, expected 1',
    );
  });

  test('function filters are indexed once and reused', () => {
    const registry = createPartyRegistry({ seed: 4 });
    let calls = 0;
    const inOslo = (p: Party) => {
      calls++;
      return p.adresse.land === 'NO' && p.adresse.kommunenummer === '0301';
    };
    const faker = createRandom(4);
    const picked = Array.from({ length: 1000 }, () => registry.pick(faker, inOslo).adresse);
    expect(picked.filter((a) => a.land !== 'NO' || a.kommunenummer !== '0301')).toEqual([]);
    expect(calls).toBe(registry.all().length);
  });

  test('bad counts and seeds are refused with the option name', () => {
    expect(() => createPartyRegistry({ seed: 1, persons: -1 })).toThrow('persons must be a whole number ≥ 0, got -1');
    expect(() => createPartyRegistry({ seed: 1.5 })).toThrow('seed must be an integer, got 1.5');
  });
});

test.describe('parties file', () => {
  test('a good file loads', () => {
    const parties = loadPartiesFile(fixture('good.json'));
    expect(parties.map((p) => p.type)).toEqual(['person', 'person', 'organisasjon', 'organisasjon']);
  });

  test('bad rows are all reported in one error naming file, row and field', () => {
    const path = fixture('bad.json');
    let error: unknown;
    try {
      loadPartiesFile(path);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PartiesFileError);
    const { message, problems } = error as PartiesFileError;
    const lines = message.split('\n');
    expect(lines.every((l) => l.startsWith(`${path} row `))).toBe(true);
    const expected = [
      'row 1: foedselsdato "29.08.1978" must be a calendar date as YYYY-MM-DD',
      'row 1: identifikator "03057738971" first check digit is 7, expected 5',
      'row 1: adresse.postnummer "355" must be 4 digits',
      'row 3: organisasjonsnummer "123" must be 9 digits, got 3',
      'row 3: organisasjonsform "GmbH" must be one of',
      'row 3: adresse.land "XX" must be an ISO 3166-1 alpha-2 code',
      'row 4: fodselsdato is not a known field',
      'row 4: fornavn is required',
      'row 4: foedselsdato is required',
      'row 4: adresse.landkode "DK" must equal land "SE"',
      'row 4: identifikator "44926701751" is already used by row 0',
      'row 5: must be an object, got "not a party"',
      'row 6: inkassobevilling.bevillingsnummer must be a non-empty string, got number',
      'row 6: inkassobevilling.bevillingshaver is required',
      'row 6: organisasjonsnummer "313182495" is already used by row 2',
      'row 7: type must be "person" or "organisasjon", got "firma"',
      'row 8: identifikator "44926701751" is already used by row 0',
    ];
    for (const e of expected) expect(lines.some((l) => l.includes(e)), e).toBe(true);
    expect(lines).toHaveLength(expected.length);
    expect(new Set(problems.map((p) => p.row))).toEqual(new Set([1, 3, 4, 5, 6, 7, 8]));
    expect(problems.find((p) => p.row === 3 && p.field === 'organisasjonsnummer')).toBeTruthy();
  });

  test('a real-looking fødselsnummer is refused by file, row and field, showing only its first six digits', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parties-real-'));
    const path = join(dir, 'ekte.json');
    // python-stdnum's published example: valid check digits and a real month, so it could be someone's.
    const good = JSON.parse(readFileSync(fixture('good.json'), 'utf8'));
    good[1].identifikator = '15108695088';
    writeFileSync(path, JSON.stringify(good));
    try {
      expect(() => loadPartiesFile(path)).toThrow(/ekte\.json row 1: identifikator 151086… looks like a real fødselsnummer or D-nummer; use synthetic numbers/);
      expect(() => loadPartiesFile(path)).not.toThrow(/15108695088/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('file-level problems: missing file, broken JSON, not an array', () => {
    expect(() => loadPartiesFile(fixture('missing.json'))).toThrow(/missing\.json: no such file$/);
    expect(() => loadPartiesFile(fixture('broken.json'))).toThrow(/broken\.json: is not valid JSON: .* at line 2, column 23$/);
    expect(() => loadPartiesFile(fixture('not-an-array.json'))).toThrow(/not-an-array\.json: must be a JSON array of parties$/);
    expect(() => loadPartiesFile(fixture(''))).toThrow(PartiesFileError);
  });
});

test.describe('loadParties (--parties FILE|DIR)', () => {
  test('our own format reads as loadPartiesFile reads it, and says so', () => {
    const { parties, warnings, files } = loadParties(fixture('good.json'));
    expect(parties).toEqual(loadPartiesFile(fixture('good.json')));
    expect(warnings).toEqual([]);
    expect(files).toEqual([{ file: fixture('good.json'), format: 'parties', count: 4 }]);
  });

  test('a folder: every file\'s problems in one error, each line starting with its file', () => {
    const dir = fixture('');
    let error: PartiesFileError | undefined;
    try {
      loadParties(dir);
    } catch (e) {
      error = e as PartiesFileError;
    }
    expect(error).toBeInstanceOf(PartiesFileError);
    const filer = new Set(error!.message.split('\n').map((l) => l.slice(dir.length).replace(/^\//, '').split(/[ :]/)[0]));
    expect(filer).toEqual(new Set(['bad.json', 'broken.json', 'not-an-array.json']));
    expect(error!.message).toMatch(/not-an-array\.json: is neither a JSON array of parties nor a Tenor file/);
    expect(error!.problems.every((p) => p.file !== undefined)).toBe(true);
  });

  test('a path that is not there', () => {
    expect(() => loadParties(fixture('finnes-ikke'))).toThrow(/finnes-ikke: no such file or folder$/);
  });
});

import { test, expect } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  loadParties, parterFraMiljoe, PartiesFileError, sandkasseregister, type ImportedParties, type Party,
} from '../../generators/parties/index.ts';
import { soekesvarFor } from '../../sandbox/tenor/dokumenter.ts';
import { personnummerart } from '../../src/data/syntetisk.ts';
import { fixture, fixturParter, PARTER } from './tenor-support.ts';

// --parties over Tenor's files: the reference samples (a downloaded Folkeregister person, a real
// brreg-er-fr search answer), the answers the local Tenor writes, and broken ones, each refused in one
// line that names the file and the field.

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

function refusal(path: string): PartiesFileError {
  try {
    loadParties(path);
  } catch (error) {
    expect(error).toBeInstanceOf(PartiesFileError);
    return error as PartiesFileError;
  }
  throw new Error(`${path} was accepted`);
}

/** A scratch file of this test, under test-results (never committed). */
function scratch(name: string, value: unknown): string {
  const dir = test.info().outputPath('tenor');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return path;
}

const K1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
const mod11 = (d: string, w: number[]) => (11 - (w.reduce((s, x, i) => s + x * Number(d[i]), 0) % 11)) % 11;

/** The synthetic number with Tenor's +80 taken off the month and valid check digits: what a real one looks like. Built here, never stored. */
function ekteUtseende(syntetisk: string): string {
  for (let individ = 0; individ < 1000; individ++) {
    const base = `${syntetisk.slice(0, 2)}${String(Number(syntetisk.slice(2, 4)) - 80).padStart(2, '0')}${syntetisk.slice(4, 6)}${String(individ).padStart(3, '0')}`;
    const k1 = mod11(base, K1);
    if (k1 === 10) continue;
    const k2 = mod11(base + k1, K2);
    if (k2 === 10) continue;
    return `${base}${k1}${k2}`;
  }
  throw new Error('no number');
}

test.describe('the reference samples', () => {
  test('a downloaded Folkeregister person maps names, identifier, birth date and the current address', () => {
    const { parties, warnings, files } = loadParties(fixture('parter/freg-kildedata.json'));
    expect(files).toEqual([{ file: fixture('parter/freg-kildedata.json'), format: 'tenor', count: 1 }]);
    expect(warnings).toEqual([]);
    expect(parties).toEqual([{
      type: 'person', fornavn: 'ALMINNELIG', etternavn: 'AGENT', foedselsdato: '1965-01-29', identifikator: '29816595620',
      adresse: { land: 'NO', adressetekst: 'Blaklihøgda 1A', postnummer: '7036', poststed: 'TRONDHEIM', kommunenummer: '5001' },
    }]);
    expect(personnummerart('29816595620')).toBe('tenor');
  });

  test('a real brreg-er-fr search answer maps name, number, business address, and the form found only in kildedata', () => {
    const path = fixture('parter/brreg-er-fr-soekesvar.json');
    const doc = readJson(path).dokumentListe[0];
    expect(doc.organisasjonsform).toBeUndefined();
    expect(typeof doc.tenorMetadata.kildedata).toBe('string');
    const { parties, warnings } = loadParties(path);
    expect(warnings).toEqual([]);
    expect(parties).toEqual([{
      type: 'organisasjon', navn: 'RING SJOKKERT TIGER AS', organisasjonsnummer: '310633372', organisasjonsform: 'AS',
      adresse: { land: 'NO', adressetekst: 'Vangsnesvegen 742', postnummer: '6894', poststed: 'VANGSNES', kommunenummer: '4639' },
    }]);
  });

  test('a folder of Tenor files of both sources and every form, told apart by content', () => {
    const { parties, files } = loadParties(PARTER);
    expect(files.map((f) => [f.file.slice(PARTER.length + 1), f.format, f.count])).toEqual([
      ['brreg-er-fr-soekesvar.json', 'tenor', 1],
      ['freg-kildedata.json', 'tenor', 1],
      ['soek-brreg-er-fr.json', 'tenor', 16],
      ['soek-freg.json', 'tenor', 30],
    ]);
    expect(parties.map((p) => (p.type === 'person' ? p.identifikator : p.organisasjonsnummer))).toEqual(expect.arrayContaining(['29816595620', '310633372']));
    expect(new Set(parties.map((p) => p.type))).toEqual(new Set(['person', 'organisasjon']));
  });
});

test.describe('files the local Tenor writes', () => {
  test('the committed answers are what the local Tenor writes for their parties', () => {
    const parter = fixturParter();
    for (const kilde of ['freg', 'brreg-er-fr'] as const) {
      const path = join(PARTER, `soek-${kilde}.json`);
      const skrevet = `${JSON.stringify(soekesvarFor(parter, kilde), null, 2)}\n`;
      // To refresh after a deliberate change to the writer: TENOR_FIXTURES=skriv and run this file once.
      if (process.env.TENOR_FIXTURES === 'skriv') writeFileSync(path, skrevet);
      expect(readFileSync(path, 'utf8'), `${path} is stale; see the comment above`).toBe(skrevet);
    }
  });

  test('every field maps back: names, identifiers, birth dates, addresses with kommunenummer and postnummer, form, hovedenhet, owner', () => {
    const parter = fixturParter();
    const lest = new Map<string, Party>();
    for (const kilde of ['freg', 'brreg-er-fr']) {
      for (const p of loadParties(join(PARTER, `soek-${kilde}.json`)).parties) lest.set(p.type === 'person' ? p.identifikator : p.organisasjonsnummer, p);
    }
    expect(lest.size).toBe(parter.length);
    for (const p of parter) {
      // Tenor knows nothing of collection licences: those two fields are ours alone.
      const { inkassobevilling: _b, virksomhetstype: _v, ...uten } = p as Party & { inkassobevilling?: unknown; virksomhetstype?: unknown };
      expect(lest.get(p.type === 'person' ? p.identifikator : p.organisasjonsnummer), JSON.stringify(p)).toEqual(uten);
    }
    // The fixture has every kind the mapping handles.
    expect(parter.some((p) => p.type === 'person' && p.adresse.land !== 'NO')).toBe(true);
    expect(parter.some((p) => p.type === 'person' && Number(p.identifikator.slice(0, 2)) > 40)).toBe(true);
    expect(parter.some((p) => p.type === 'organisasjon' && p.organisasjonsform === 'ENK')).toBe(true);
  });

  test('the whole sandbox register survives the trip: underenheter keep their hovedenhet, ENK their owner', () => {
    const register = sandkasseregister();
    const dir = test.info().outputPath('register');
    mkdirSync(dir, { recursive: true });
    for (const kilde of ['freg', 'brreg-er-fr'] as const) writeFileSync(join(dir, `${kilde}.json`), JSON.stringify(soekesvarFor(register.all(), kilde)));
    const { parties } = loadParties(dir);
    expect(parties).toHaveLength(register.all().length);
    const under = parties.filter((p) => p.type === 'organisasjon' && p.overordnetEnhet);
    const enk = parties.filter((p) => p.type === 'organisasjon' && p.innehaver);
    expect(under.length).toBeGreaterThanOrEqual(10);
    expect(enk.length).toBeGreaterThanOrEqual(10);
    for (const p of parties) {
      const { inkassobevilling: _b, virksomhetstype: _v, ...uten } = register.byId(p.type === 'person' ? p.identifikator : p.organisasjonsnummer) as Party & { inkassobevilling?: unknown; virksomhetstype?: unknown };
      expect(p).toEqual(uten);
    }
  });

  test('the current address is the entry marked erGjeldende, not the first one', () => {
    const svar = readJson(join(PARTER, 'soek-freg.json'));
    const i = svar.dokumentListe.findIndex((d: any) => JSON.parse(d.tenorMetadata.kildedata).bostedsadresse?.length === 2);
    expect(i).toBeGreaterThanOrEqual(0);
    const k = JSON.parse(svar.dokumentListe[i].tenorMetadata.kildedata);
    expect(k.bostedsadresse.map((b: any) => b.erGjeldende)).toEqual([false, true]);
    const person = loadParties(join(PARTER, 'soek-freg.json')).parties.find((p) => p.type === 'person' && p.identifikator === svar.dokumentListe[i].id)!;
    expect(person.adresse).toMatchObject({ postnummer: k.bostedsadresse[1].vegadresse.poststed.postnummer, kommunenummer: k.bostedsadresse[1].vegadresse.kommunenummer });
    expect(person.adresse).not.toMatchObject({ adressetekst: `${k.bostedsadresse[0].vegadresse.adressenavn} ${k.bostedsadresse[0].vegadresse.adressenummer?.husnummer}` });
  });

  test('a list without an entry marked erGjeldende: the first is taken, and said so', () => {
    const k = readJson(fixture('parter/freg-kildedata.json'));
    delete k.navn[0].erGjeldende;
    const { parties, warnings } = loadParties(scratch('uten-gjeldende.json', k));
    expect(parties).toHaveLength(1);
    expect(warnings).toEqual([expect.stringMatching(/uten-gjeldende\.json: navn: no entry is marked erGjeldende; took navn\[0\]$/)]);
  });
});

test.describe('refused in one clear line naming file and field', () => {
  test('a broken file', () => {
    const e = refusal(fixture('bad/brreg-er-fr-avkuttet.json'));
    expect(e.message.split('\n')).toHaveLength(1);
    expect(e.message).toMatch(/brreg-er-fr-avkuttet\.json: is not valid JSON: .* at line \d+, column \d+$/);
  });

  test('an unknown shape (NAV\'s wrapper around a Tenor answer)', () => {
    const e = refusal(fixture('bad/dolly-omslag.json'));
    expect(e.message.split('\n')).toHaveLength(1);
    expect(e.message).toMatch(/dolly-omslag\.json: is neither a JSON array of parties nor a Tenor file/);
  });

  test('a real-looking fødselsnummer: file and field, and never the number itself', () => {
    const k = readJson(fixture('parter/freg-kildedata.json'));
    const ekte = ekteUtseende('29816595620');
    expect(personnummerart(ekte)).toBe('ekte');
    k.identifikasjonsnummer[0].foedselsEllerDNummer = ekte;
    const path = scratch('ekte.json', k);
    const e = refusal(path);
    expect(e.message.split('\n')).toHaveLength(1);
    expect(e.message).toBe(`${path}: identifikasjonsnummer[0].foedselsEllerDNummer: "${ekte.slice(0, 6)}*****" looks like a real fødselsnummer or D-nummer (a real month and valid check digits); only synthetic numbers are accepted (Tenor adds 80 to the month)`);
    expect(e.message).not.toContain(ekte);
  });

  test('a real-looking number anywhere in a document, inside kildedata too, refuses the file', () => {
    const svar = readJson(fixture('parter/brreg-er-fr-soekesvar.json'));
    const k = JSON.parse(svar.dokumentListe[0].tenorMetadata.kildedata);
    k.rollegrupper[0].roller[0].person.foedselsnummer = ekteUtseende('04908099392');
    svar.dokumentListe[0].tenorMetadata.kildedata = JSON.stringify(k);
    const e = refusal(scratch('ekte-rolle.json', svar));
    expect(e.problems).toHaveLength(1);
    expect(e.problems[0].field).toBe('dokumentListe[0].tenorMetadata.kildedata.rollegrupper[0].roller[0].person.foedselsnummer');
  });

  test('what makes a party unusable, each by its Tenor field', () => {
    const svar = readJson(fixture('parter/brreg-er-fr-soekesvar.json'));
    const k = JSON.parse(svar.dokumentListe[0].tenorMetadata.kildedata);
    k.organisasjonsform = { kode: 'KOMM', beskrivelse: 'Kommune' };
    svar.dokumentListe[0].tenorMetadata.kildedata = JSON.stringify(k);
    const person = readJson(fixture('parter/freg-kildedata.json'));
    delete person.bostedsadresse;
    person.navn[0].etternavn = '';
    const cases: [string, unknown, string, RegExp][] = [
      ['komm.json', svar, 'dokumentListe[0].tenorMetadata.kildedata.organisasjonsform.kode', /"KOMM" is not a form our parties have/],
      ['uten-adresse.json', person, 'bostedsadresse', /no current address to use: none of bostedsadresse, oppholdsadresse, postadresse, postadresseIUtlandet has an entry/],
      ['uten-adresse.json', person, 'navn[0]', /has no etternavn/],
    ];
    for (const [name, value, field, message] of cases) {
      const e = refusal(scratch(name, value));
      const p = e.problems.find((x) => x.field === field);
      expect(p, `${name}: ${e.message}`).toBeTruthy();
      expect(p!.message).toMatch(message);
      expect(e.message).toContain(`${name}: ${field}: `);
    }
    // Kildedata left out ("{}"), as searches that hide it answer: the flat fields do not say enough.
    const dolly = refusal(fixture('bad/dolly-soekesvar.json'));
    expect(dolly.problems.map((p) => p.field)).toEqual(expect.arrayContaining(['dokumentListe[0].tenorMetadata.kildedata.navn', 'dokumentListe[0].tenorMetadata.kildedata']));
    expect(dolly.message).toMatch(/only visningnavn "TESTYTEST CAFE"/);
  });

  test('problems in several files of a folder are all listed, each with its file', () => {
    const dir = test.info().outputPath('flere');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.json'), '{"dokumentListe": [');
    writeFileSync(join(dir, 'b.json'), readFileSync(fixture('bad/dolly-omslag.json')));
    writeFileSync(join(dir, 'c.json'), readFileSync(fixture('parter/freg-kildedata.json')));
    const e = refusal(dir);
    expect(e.message.split('\n').map((l) => l.slice(dir.length + 1, dir.length + 7))).toEqual(['a.json', 'b.json']);
  });
});

test.describe('warnings: mapped, but not as asked', () => {
  test('fallbacks and duplicates are named; our own format sits beside Tenor\'s in one folder', () => {
    const svar = readJson(fixture('parter/brreg-er-fr-soekesvar.json'));
    const k = JSON.parse(svar.dokumentListe[0].tenorMetadata.kildedata);
    k.forretningsadresse.adresse = [];
    svar.dokumentListe[0].tenorMetadata.kildedata = JSON.stringify(k);
    delete svar.dokumentListe[0].forretningsadresse;
    const dir = test.info().outputPath('blandet');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a-org.json'), JSON.stringify(svar));
    writeFileSync(join(dir, 'b-person.json'), readFileSync(fixture('parter/freg-kildedata.json')));
    writeFileSync(join(dir, 'c-igjen.json'), readFileSync(fixture('parter/freg-kildedata.json')));
    const egen = { type: 'person', fornavn: 'Egen', etternavn: 'Part', foedselsdato: '1973-10-08', identifikator: '08907395937', adresse: { land: 'NO', adressetekst: 'Storgata 1', postnummer: '0155', poststed: 'OSLO', kommunenummer: '0301' } };
    writeFileSync(join(dir, 'd-egne.json'), JSON.stringify([egen]));
    writeFileSync(join(dir, 'LESMEG.txt'), 'not parties');
    const r: ImportedParties = loadParties(dir);
    expect(r.files.map((f) => f.format)).toEqual(['tenor', 'tenor', 'tenor', 'parties']);
    expect(r.parties).toHaveLength(3);
    expect(r.parties[0]).toMatchObject({ organisasjonsnummer: '310633372', adresse: { adressetekst: 'Postboks 9155', postnummer: '6891' } });
    expect(r.warnings).toEqual([
      expect.stringMatching(/LESMEG\.txt: skipped, not a \.json file$/),
      expect.stringMatching(/a-org\.json: dokumentListe\[0\]\.tenorMetadata\.kildedata\.forretningsadresse: .*forretningsadresse\.adresse has no address lines; adresse taken from dokumentListe\[0\]\.tenorMetadata\.kildedata\.postadresse$/),
      expect.stringMatching(/c-igjen\.json: 29816595620 is also in .*b-person\.json; the same party, read once$/),
    ]);
  });
});

test.describe('CONFORMANCE_PARTIES', () => {
  test('means a file or folder for --parties, read once, and its parties replace the generated crowd in the register', () => {
    expect(parterFraMiljoe({})).toBeUndefined();
    expect(parterFraMiljoe({ CONFORMANCE_PARTIES: ' ' })).toBeUndefined();
    const lest = parterFraMiljoe({ CONFORMANCE_PARTIES: PARTER })!;
    expect(lest.path).toBe(PARTER);
    expect(lest.parties).toEqual(loadParties(PARTER).parties);
    expect(parterFraMiljoe({ CONFORMANCE_PARTIES: PARTER })!.parties).toBe(lest.parties);
    expect(() => parterFraMiljoe({ CONFORMANCE_PARTIES: fixture('bad/dolly-omslag.json') })).toThrow(PartiesFileError);

    const register = sandkasseregister(lest.parties);
    expect(sandkasseregister(lest.parties)).toBe(register);
    expect(register.all().filter((p) => register.sourceOf(p) === 'generated')).toEqual([]);
    for (const p of lest.parties) expect(register.byId(p.type === 'person' ? p.identifikator : p.organisasjonsnummer)).toEqual(p);
    // A few extra parties join the crowd instead.
    const faa = sandkasseregister(lest.parties.slice(0, 2));
    expect(faa.all().filter((p) => faa.sourceOf(p) === 'generated').length).toBe(300);
  });
});

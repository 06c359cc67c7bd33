import { test, expect } from '@playwright/test';
import { KqlError, parseKql, treffer } from '../../sandbox/tenor/kql.ts';

// The local Tenor's KQL: the queries of Tenor's own documentation and of its clients, over one
// document shaped as the local Tenor searches it (flat fields over the parsed kildedata).

const doc = {
  id: '29816595620',
  identifikator: ['29816595620'],
  fornavn: 'ALMINNELIG',
  etternavn: 'AGENT',
  foedselsdato: '1965-01-29',
  personstatus: 'bosatt',
  identifikatorType: 'foedselsnummer',
  bostedsadresse: { adresse: ['Blaklihøgda 1A'], postnummer: '7036', poststed: 'TRONDHEIM', kommunenummer: '5001' },
  navn: [{ erGjeldende: false, fornavn: 'GAMMEL' }, { erGjeldende: true, fornavn: 'ALMINNELIG', etternavn: 'AGENT' }],
  organisasjonsform: { kode: 'NUF' },
  forretningsadresse: { land: 'Japan' },
  registrertIForetaksregisteret: true,
  antallAnsatte: 12,
  tenorMetadata: { id: '29816595620' },
};

const cases: { kql: string; match: boolean }[] = [
  { kql: '', match: true },
  { kql: 'personstatus:bosatt', match: true },
  { kql: 'personstatus:Bosatt', match: true },
  { kql: 'personstatus : "bosatt"', match: true },
  { kql: 'personstatus:utflyttet', match: false },
  { kql: 'bostedsadresse:Trondheim', match: true },
  { kql: 'bostedsadresse:Drammen', match: false },
  { kql: 'bostedsadresse.kommunenummer:5001', match: true },
  { kql: 'bostedsadresse.adresse:"Blaklihøgda 1A"', match: true },
  { kql: 'foedselsdato > 1964-12-01', match: true },
  { kql: 'foedselsdato > 1965-01-29', match: false },
  { kql: 'foedselsdato >= 1965-01-29', match: true },
  { kql: 'foedselsdato < 1965', match: false },
  { kql: 'foedselsdato <= 1965', match: true },
  { kql: 'foedselsdato: [1960 to 1965]', match: true },
  { kql: 'foedselsdato:[1966 TO 1970]', match: false },
  { kql: 'foedselsdato:[1965-01-30 to *]', match: false },
  { kql: 'antallAnsatte > 9', match: true },
  { kql: 'antallAnsatte:[13 to 20]', match: false },
  { kql: 'personstatus:bosatt and identifikatorType:foedselsnummer', match: true },
  { kql: 'personstatus:bosatt AND identifikatorType:dNummer', match: false },
  { kql: 'personstatus:utflyttet or identifikatorType:foedselsnummer', match: true },
  { kql: 'not personstatus:bosatt', match: false },
  { kql: 'NOT personstatus:utflyttet', match: true },
  { kql: 'personstatus:(utflyttet or bosatt)', match: true },
  { kql: 'personstatus:(utflyttet or doed)', match: false },
  { kql: '(personstatus:utflyttet or fornavn:alminnelig) and not etternavn:x', match: true },
  { kql: 'organisasjonsform.kode : "NUF" and forretningsadresse.land:"Japan"', match: true },
  { kql: 'tenorMetadata.id:29816595620', match: true },
  { kql: 'fornavn:ALMIN*', match: true },
  { kql: 'fornavn:*GEL', match: false },
  { kql: 'navn.fornavn:GAMMEL', match: true },
  { kql: 'registrertIForetaksregisteret:true', match: true },
  { kql: 'doedsdato:*', match: false },
  { kql: 'foedselsdato:*', match: true },
  { kql: 'AGENT', match: true },
  { kql: '"TRONDHEIM"', match: true },
];

test.describe('matching', () => {
  for (const { kql, match } of cases) {
    test(`${JSON.stringify(kql)} ${match ? 'matches' : 'does not match'}`, () => {
      expect(treffer(parseKql(kql), doc)).toBe(match);
    });
  }
});

test.describe('errors name what was expected and where', () => {
  const errors: [string, string][] = [
    ['personstatus:', 'expected a value after "personstatus:", got the end of the query at position 13'],
    ['personstatus:bosatt and', 'expected a field or a value, got the end of the query at position 23'],
    ['(personstatus:bosatt', 'expected ")" to close the "(" at position 0, got the end of the query at position 20'],
    ['personstatus:bosatt)', 'expected AND, OR or the end of the query, got ")" at position 19'],
    ['personstatus:bosatt fornavn:x', 'expected AND, OR or the end of the query, got "fornavn" at position 20'],
    ['foedselsdato:[1960 1965]', 'expected "to" in the range of foedselsdato, got "1965" at position 19'],
    ['foedselsdato:[1960 to 1965', 'expected "]" to close the range of foedselsdato, got the end of the query at position 26'],
    ['fornavn:"ALMIN', 'unterminated quoted value at position 8'],
    ['tenorRelasjoner.freg:{tenorRelasjonsnavn:barn}', 'nested queries (tenorRelasjoner.freg:{…}) are not supported by the sandbox\'s Tenor at position 21'],
    ['and personstatus:bosatt', '"and" needs a term before and after it at position 0'],
    ['foedselsdato >', 'expected a value after "foedselsdato >", got the end of the query at position 14'],
  ];
  for (const [kql, message] of errors) {
    test(`${JSON.stringify(kql)} is refused`, () => {
      expect(() => parseKql(kql)).toThrow(KqlError);
      expect(() => parseKql(kql)).toThrow(message);
    });
  }
});

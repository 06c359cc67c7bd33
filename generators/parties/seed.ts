import type { NorskAdresse, Organisasjon, Party, Person } from './types.ts';

// The parties the seed documents use, so that generated data and the documented examples
// can meet in one run. Names and addresses come from the seeds where they give them.

const no = (adressetekst: string, postnummer: string, poststed: string, kommunenummer: string): NorskAdresse => ({
  land: 'NO',
  adressetekst,
  postnummer,
  poststed,
  kommunenummer,
});

// Krav og betalinger's test organisations. The seeds list only their numbers (as ENK);
// the names here are placeholders in Tenor's style.
const kravOgBetalinger: [string, string, NorskAdresse][] = [
  ['310478717', 'KLOK GRØNN ELG', no('Storgata 58', '9008', 'TROMSØ', '5501')],
  ['313367002', 'STILLE BLÅ FJORD', no('Kongens gate 10', '7011', 'TRONDHEIM', '5001')],
  ['311851381', 'MODIG LYS HARE', no('Markens gate 21', '4611', 'KRISTIANSAND S', '4204')],
  ['314961900', 'RASK VARM BJØRK', no('Storgata 12', '8006', 'BODØ', '1804')],
  ['314055403', 'BLID SPREK OTER', no('Bragernes torg 2', '3017', 'DRAMMEN', '3301')],
  ['212201782', 'TRYGG STØDIG ANKER', no('Kirkeveien 64', '0364', 'OSLO', '0301')],
];

export const SEED_ORGANISATIONS: readonly Organisasjon[] = [
  ...kravOgBetalinger.map(
    ([organisasjonsnummer, navn, adresse]): Organisasjon => ({
      type: 'organisasjon',
      navn,
      organisasjonsnummer,
      organisasjonsform: 'ENK',
      adresse,
    }),
  ),
  {
    // The seeds' innsender. Its documented address is a placeholder ("string", 1333 with
    // poststed Bergen and kommune Oslo), so it gets a real Bergen address instead.
    type: 'organisasjon',
    navn: 'Inkassobyrå AS',
    organisasjonsnummer: '312597772',
    organisasjonsform: 'AS',
    adresse: no('Torgallmenningen 8', '5014', 'BERGEN', '4601'),
    virksomhetstype: 'inkassovirksomhet',
    inkassobevilling: {
      bevillingshaver: { fornavn: 'Elisabeth', etternavn: 'Lippestad' },
      bevillingsnummer: '123212132',
    },
  },
  {
    type: 'organisasjon',
    navn: 'UPERSONLIG FRISK TIGER AS',
    organisasjonsnummer: '311758489',
    organisasjonsform: 'AS',
    adresse: no('Nattlandsåsen 2', '5231', 'PARADIS', '4601'),
    virksomhetstype: 'inkassovirksomhet',
  },
  {
    type: 'organisasjon',
    navn: 'SMUL FLAT TIGER AS',
    organisasjonsnummer: '313182495',
    organisasjonsform: 'AS',
    adresse: no('Våganeset 40C', '5106', 'ØVRE ERVIK', '4601'),
    virksomhetstype: 'inkassovirksomhet',
  },
];

export const SEED_PERSONS: readonly Person[] = [
  {
    // As the seed has it: the D-nummer itself encodes 1967-12-04, the seed says 2006-09-16.
    type: 'person',
    fornavn: 'LYSEGUL',
    etternavn: 'HENSIKT',
    foedselsdato: '2006-09-16',
    identifikator: '44926701751',
    adresse: no('Josefines gate 3D', '0351', 'OSLO', '0301'),
  },
  {
    // The seed swaps postnummer and kommunenummer (1103 / 4008); Kannikgata is in Stavanger.
    type: 'person',
    fornavn: 'Rimelig',
    etternavn: 'Merr',
    foedselsdato: '1978-08-29',
    identifikator: '69887800189',
    adresse: no('Kannikgata 32', '4008', 'STAVANGER', '1103'),
  },
];

export const SEED_PARTIES: readonly Party[] = [...SEED_ORGANISATIONS, ...SEED_PERSONS];

/**
 * Parties of Skatteetaten's 1.1 example petition (2025) that the seed documents lack. Kept out of
 * SEED_PARTIES on purpose: every v1 registry starts from those, and adding one would change v1 data.
 */
export const EKSEMPEL_PARTIES: readonly Party[] = [
  {
    // The example's prosessfullmektig for the saksøker; its address there (9672 with Bergen and kommune
    // Oslo) is a placeholder, so it gets a real Bergen address.
    type: 'organisasjon',
    navn: 'MÅTEHOLDEN POSITIV TIGER AS',
    organisasjonsnummer: '310288837',
    organisasjonsform: 'AS',
    adresse: no('Strandgaten 15', '5013', 'BERGEN', '4601'),
    virksomhetstype: 'annet',
  },
];

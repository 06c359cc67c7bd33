import type { UtenlandskLandkode } from './landkoder.ts';

// Real Norwegian street addresses with their postnummer, poststed (Posten's spelling, upper
// case) and 2024 kommunenummer. Synthetic people live at real addresses in Test-Norge too,
// and rules that look up postnummer or kommune need values that exist.

export interface NorskAdresseData {
  adressetekst: string;
  postnummer: string;
  poststed: string;
  kommunenummer: string;
}

export interface UtenlandskAdresseData {
  land: UtenlandskLandkode;
  adressetekst: string;
  /** Postal code and town as written in that country. */
  poststed: string;
}

const a = (adressetekst: string, postnummer: string, poststed: string, kommunenummer: string): NorskAdresseData => ({
  adressetekst,
  postnummer,
  poststed,
  kommunenummer,
});

export const NORSKE_ADRESSER: readonly NorskAdresseData[] = [
  // Oslo
  a('Josefines gate 3D', '0351', 'OSLO', '0301'),
  a('Bogstadveien 30', '0355', 'OSLO', '0301'),
  a('Hegdehaugsveien 31', '0352', 'OSLO', '0301'),
  a('Thorvald Meyers gate 68', '0552', 'OSLO', '0301'),
  a('Markveien 35', '0554', 'OSLO', '0301'),
  a('Grønlandsleiret 44', '0190', 'OSLO', '0301'),
  a('Storgata 1', '0155', 'OSLO', '0301'),
  a('Pilestredet 35', '0166', 'OSLO', '0301'),
  a('Kirkeveien 64', '0364', 'OSLO', '0301'),
  a('Trondheimsveien 2', '0560', 'OSLO', '0301'),
  a('Fyrstikkalléen 1', '0661', 'OSLO', '0301'),
  // Bergen
  a('Nattlandsåsen 2', '5231', 'PARADIS', '4601'),
  a('Våganeset 40C', '5106', 'ØVRE ERVIK', '4601'),
  a('Torgallmenningen 8', '5014', 'BERGEN', '4601'),
  a('Strandgaten 15', '5013', 'BERGEN', '4601'),
  a('Olav Kyrres gate 11', '5014', 'BERGEN', '4601'),
  a('Kaigaten 4', '5015', 'BERGEN', '4601'),
  // Trondheim
  a('Olav Tryggvasons gate 24', '7011', 'TRONDHEIM', '5001'),
  a('Kongens gate 10', '7011', 'TRONDHEIM', '5001'),
  a('Innherredsveien 7', '7014', 'TRONDHEIM', '5001'),
  a('Elgeseter gate 10', '7030', 'TRONDHEIM', '5001'),
  // Rogaland
  a('Klubbgata 5', '4013', 'STAVANGER', '1103'),
  a('Kirkegata 10', '4006', 'STAVANGER', '1103'),
  a('Langgata 91', '4306', 'SANDNES', '1108'),
  a('Haraldsgata 125', '5527', 'HAUGESUND', '1106'),
  // Elsewhere
  a('Storgata 58', '9008', 'TROMSØ', '5501'),
  a('Storgata 12', '8006', 'BODØ', '1804'),
  a('Markens gate 21', '4611', 'KRISTIANSAND S', '4204'),
  a('Bragernes torg 2', '3017', 'DRAMMEN', '3301'),
  a('Storgaten 24', '3126', 'TØNSBERG', '3905'),
  a('Keiser Wilhelms gate 11', '6003', 'ÅLESUND', '1508'),
  a('Rådmann Halmrasts vei 5', '1337', 'SANDVIKA', '3201'),
  a('Storgata 22', '2000', 'LILLESTRØM', '3205'),
  a('Torggata 63', '2317', 'HAMAR', '3403'),
];

export const UTENLANDSKE_ADRESSER: readonly UtenlandskAdresseData[] = [
  { land: 'SE', adressetekst: 'Drottninggatan 10', poststed: '111 51 Stockholm' },
  { land: 'SE', adressetekst: 'Kungsgatan 1', poststed: '411 19 Göteborg' },
  { land: 'DK', adressetekst: 'Vesterbrogade 1', poststed: '1620 København V' },
  { land: 'FI', adressetekst: 'Mannerheimintie 1', poststed: '00100 Helsinki' },
  { land: 'DE', adressetekst: 'Friedrichstraße 100', poststed: '10117 Berlin' },
  { land: 'PL', adressetekst: 'ul. Marszałkowska 1', poststed: '00-624 Warszawa' },
  { land: 'LT', adressetekst: 'Gedimino pr. 1', poststed: '01103 Vilnius' },
  { land: 'GB', adressetekst: '10 Downing Street', poststed: 'London SW1A 2AA' },
  { land: 'ES', adressetekst: 'Calle Mayor 1', poststed: '28013 Madrid' },
];

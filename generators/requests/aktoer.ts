import type { Adresse as ModellAdresse, Adressetype, Aktoer, Identifikator } from '../../src/model/utleggsbegjaering.ts';
import type { Adresse, Organisasjon, Party } from '../parties/types.ts';

// Registry parties in the petition's shape. Every call builds fresh objects: invalid variants mutate
// a petition in place, and shared sub-objects would leak one petition's mutation into another.

export function identifikator(verdi: string): Identifikator {
  return { identifikatortype: 'taxIdentificationNumber', verdi, landkode: 'NO' };
}

export function adresse(a: Adresse, adressetype: Adressetype): ModellAdresse {
  if (a.land === 'NO' && 'postnummer' in a) {
    return {
      adressetype,
      adresseInnland: {
        adresseFrittFormatInnland: {
          adressetekst: a.adressetekst, postnummer: a.postnummer, poststedsnavn: a.poststed, kommunenummer: a.kommunenummer,
        },
      },
    };
  }
  return {
    adressetype,
    adresseUtland: { adresseFrittFormatUtland: { adressetekst: a.adressetekst, poststed: a.poststed, landkode: a.landkode } },
  };
}

/**
 * A person lives at a bopelsadresse at home and gets post at a postadresse abroad; an organisation has a
 * forretningsadresse. `postboks` adds a domestic P.O. box as a second address of another type.
 */
export function aktoer(party: Party, postboks?: number): Aktoer {
  if (party.type === 'person') {
    return {
      adresse: [adresse(party.adresse, party.adresse.land === 'NO' ? 'bopelsadresse' : 'postadresse')],
      person: {
        personnavn: { fornavn: party.fornavn, etternavn: party.etternavn },
        foedselsdato: party.foedselsdato,
        identifikator: identifikator(party.identifikator),
      },
    };
  }
  const adresser = [adresse(party.adresse, 'forretningsadresse')];
  if (postboks !== undefined && party.adresse.land === 'NO' && 'postnummer' in party.adresse) {
    adresser.push({
      adressetype: 'postboks',
      adresseInnland: {
        adresseFrittFormatInnland: {
          adressetekst: `Postboks ${postboks}`, postnummer: party.adresse.postnummer, poststedsnavn: party.adresse.poststed,
          kommunenummer: party.adresse.kommunenummer,
        },
      },
    });
  }
  return { adresse: adresser, virksomhet: virksomhet(party) };
}

function virksomhet(o: Organisasjon): NonNullable<Aktoer['virksomhet']> {
  const v: NonNullable<Aktoer['virksomhet']> = { navn: o.navn, identifikator: identifikator(o.organisasjonsnummer) };
  if (o.virksomhetstype) v.virksomhetstype = o.virksomhetstype;
  return v;
}

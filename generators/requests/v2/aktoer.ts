import type {
  Adresse as ModellAdresse, Adressetype, Aktoer, Partsidentifikator, Person as ModellPerson, Virksomhet,
} from '../../../src/model/utleggsbegjaering-v2.ts';
import type { Adresse, Organisasjon, Party } from '../../parties/types.ts';

// Registry parties in the 2.1 shape. As in the 0.9 builders, every call makes fresh objects, because
// invalid variants change a petition in place.

export function partsidentifikator(verdi: string): Partsidentifikator {
  return { taxIdentificationNumber: verdi, landkodeIdentifikator: 'NO' };
}

export function adresse(a: Adresse, adressetype: Adressetype): ModellAdresse {
  if (a.land === 'NO' && 'postnummer' in a) {
    return {
      adressetype,
      adresseInnland: { adressetekst: a.adressetekst, postnummer: a.postnummer, poststedsnavn: a.poststed, kommunenummer: a.kommunenummer },
    };
  }
  return { adressetype, adresseUtland: { adressetekst: a.adressetekst, poststedUtland: a.poststed, landkode: a.landkode } };
}

export function virksomhet(o: Organisasjon): Virksomhet {
  const v: Virksomhet = { navn: o.navn, identifikator: partsidentifikator(o.organisasjonsnummer) };
  if (o.virksomhetstype) v.virksomhetstype = o.virksomhetstype;
  return v;
}

export interface AktoerValg {
  /** A domestic P.O. box as a second address, of another type than the first. */
  postboks?: number;
  /** Enkeltpersonforetak the person owns: 2.1 names the owner as the party, with the ENK beside. */
  foretak?: readonly Organisasjon[];
}

/** A person lives at a bopelsadresse at home and gets post at a postadresse abroad; an organisation has a forretningsadresse. */
export function aktoer(party: Party, valg: AktoerValg = {}): Aktoer {
  if (party.type === 'person') {
    const person: ModellPerson = {
      personnavn: { fornavn: party.fornavn, etternavn: party.etternavn },
      foedselsdato: party.foedselsdato,
      identifikator: partsidentifikator(party.identifikator),
    };
    if (valg.foretak?.length) person.innehaverEnkeltpersonforetak = valg.foretak.map(virksomhet);
    return { adresse: [adresse(party.adresse, party.adresse.land === 'NO' ? 'bopelsadresse' : 'postadresse')], person };
  }
  const adresser = [adresse(party.adresse, 'forretningsadresse')];
  const a = party.adresse;
  if (valg.postboks !== undefined && a.land === 'NO' && 'postnummer' in a) {
    adresser.push({
      adressetype: 'postboks',
      adresseInnland: { adressetekst: `Postboks ${valg.postboks}`, postnummer: a.postnummer, poststedsnavn: a.poststed, kommunenummer: a.kommunenummer },
    });
  }
  return { adresse: adresser, virksomhet: virksomhet(party) };
}

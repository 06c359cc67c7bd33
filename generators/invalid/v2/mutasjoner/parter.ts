import type { Adresse } from '../../../../src/model/utleggsbegjaering-v2.ts';
import { generateOrganisasjonsnummer } from '../../../identifiers/index.ts';
import { feilOrgnr, kopi, krev } from '../../felles.ts';
import type { Mutasjon } from '../../types.ts';
import {
  enAdresse, innsendersProsessfullmektig, innsenderVirksomhet, personnavn, saksoeker, saksoekt, type Utleggsbegjaering,
} from '../felles.ts';

// The 2.1 party mutations. As for 0.9: duplicates are exact copies, replaced addresses keep their
// adressetype, and a rebuilt prosessfullmektig keeps a licence holder.

type M = Mutasjon<Utleggsbegjaering>;

const innlandUtenAdressetekst = (type: Adresse['adressetype']): Adresse => ({
  adressetype: type, adresseInnland: { postnummer: '0154', poststedsnavn: 'OSLO', kommunenummer: '0301' },
});

const utlandUtenLandkode = (type: Adresse['adressetype']): Adresse => ({
  adressetype: type, adresseUtland: { adressetekst: 'Drottninggatan 1', poststedUtland: '111 51 Stockholm' },
});

function erstattForsteAdresse(adresser: Adresse[] | undefined, lag: (type: Adresse['adressetype']) => Adresse): Adresse[] {
  const liste = adresser ?? [];
  liste[0] = lag(liste[0]?.adressetype);
  return liste;
}

export const parter: Record<string, M> = {
  DUPLIKAT_SAKSOEKER: (b) => { b.saksoeker.push(kopi(b.saksoeker[0])); },
  DUPLIKAT_SAKSOEKT: (b) => { b.saksoekt.push(kopi(b.saksoekt[0])); },
  SAMME_SAKSOEKT_SOM_SAKSOEKER: (b) => { b.saksoekt.push({ saksoekt: kopi(saksoeker(b, 'SAMME_SAKSOEKT_SOM_SAKSOEKER')) }); },

  INNSENDER_MANGLER: (b) => { delete b.innsender; },
  INNSENDER_IKKE_ORGANISASJON: (b) => {
    const a = krev(b.innsender?.innsender, 'INNSENDER_IKKE_ORGANISASJON', 'innsender');
    delete a.virksomhet;
    a.person = { personnavn: personnavn(b), foedselsdato: '1980-05-17' };
  },
  INNSENDER_IKKE_IDENTIFISERBAR: (b) => { delete innsenderVirksomhet(b, 'INNSENDER_IKKE_IDENTIFISERBAR').identifikator; },
  // Sent with a token of the base's innsender, the petition now names another (valid) organisation.
  INNSENDER_SAMSVARER_IKKE_MED_AUTENTISERING: (b, faker) => {
    const v = innsenderVirksomhet(b, 'INNSENDER_SAMSVARER_IKKE_MED_AUTENTISERING');
    const id = (v.identifikator ??= { landkodeIdentifikator: 'NO' });
    let annet = generateOrganisasjonsnummer(faker);
    while (annet === id.taxIdentificationNumber) annet = generateOrganisasjonsnummer(faker);
    id.taxIdentificationNumber = annet;
  },

  MANGLER_OPPLYSNINGER_OM_SAKSOEKER: (b) => {
    const a = saksoeker(b, 'MANGLER_OPPLYSNINGER_OM_SAKSOEKER');
    delete a.virksomhet?.navn;
    delete a.person?.personnavn;
  },
  MANGLER_OPPLYSNINGER_OM_SAKSOEKT: (b) => {
    const a = saksoekt(b, 'MANGLER_OPPLYSNINGER_OM_SAKSOEKT');
    delete a.virksomhet?.navn;
    delete a.person?.personnavn;
  },
  MAKS_EN_ADRESSE_AV_HVER_TYPE: (b) => {
    const a = saksoekt(b, 'MAKS_EN_ADRESSE_AV_HVER_TYPE');
    const forste = a.adresse?.[0] ?? { ...enAdresse(b), adressetype: 'postadresse' as const };
    a.adresse = [...(a.adresse?.length ? a.adresse : [forste]), kopi(forste)];
  },
  SAKSOEKERS_INNENLANDS_ADRESSE_UGYLDIG: (b) => {
    const a = saksoeker(b, 'SAKSOEKERS_INNENLANDS_ADRESSE_UGYLDIG');
    a.adresse = erstattForsteAdresse(a.adresse, innlandUtenAdressetekst);
  },
  SAKSOEKERS_UTENLANDS_ADRESSE_UGYLDIG: (b) => {
    const a = saksoeker(b, 'SAKSOEKERS_UTENLANDS_ADRESSE_UGYLDIG');
    a.adresse = erstattForsteAdresse(a.adresse, utlandUtenLandkode);
  },
  'SAKSØKTES_INNENLANDS_ADRESSE_UGYLDIG': (b) => {
    const a = saksoekt(b, 'SAKSØKTES_INNENLANDS_ADRESSE_UGYLDIG');
    a.adresse = erstattForsteAdresse(a.adresse, innlandUtenAdressetekst);
  },
  'SAKSØKTES_UTENLANDS_ADRESSE_UGYLDIG': (b) => {
    const a = saksoekt(b, 'SAKSØKTES_UTENLANDS_ADRESSE_UGYLDIG');
    a.adresse = erstattForsteAdresse(a.adresse, utlandUtenLandkode);
  },

  // The innsender's prosessfullmektig becomes a person with a full name but no address.
  MANGLER_OPPLYSNINGER_PROSESSFULLMEKTIG_PERSON: (b) => {
    const blokk = innsendersProsessfullmektig(b, 'MANGLER_OPPLYSNINGER_PROSESSFULLMEKTIG_PERSON');
    blokk.prosessfullmektig = { person: { personnavn: kopi(blokk.bevillingshaver!.navn!) } };
  },
  // A law firm as the innsender's prosessfullmektig, with name and address and an orgnummer whose check digit is wrong.
  UGYLDIG_ORGNR_PROSESSFULLMEKTIG: (b, faker) => {
    const blokk = innsendersProsessfullmektig(b, 'UGYLDIG_ORGNR_PROSESSFULLMEKTIG');
    blokk.prosessfullmektig = {
      adresse: [{ ...enAdresse(b), adressetype: 'forretningsadresse' }],
      virksomhet: {
        navn: 'ADVOKATFIRMA FEILSIFFER AS',
        identifikator: { taxIdentificationNumber: feilOrgnr(generateOrganisasjonsnummer(faker)), landkodeIdentifikator: 'NO' },
        virksomhetstype: 'advokatfirma',
      },
    };
  },
  // The rule applies when a collection agency acts: make the innsender one if it is not, and give it a
  // person prosessfullmektig (name and address) if it has none; then drop the licence holder.
  MANGLER_OPPLYSNINGER_BEVILLINGSHAVER: (b) => {
    const kode = 'MANGLER_OPPLYSNINGER_BEVILLINGSHAVER';
    const hadde = b.innsender?.innsendersProsessfullmektig !== undefined;
    const blokk = innsendersProsessfullmektig(b, kode);
    if (blokk.prosessfullmektig?.virksomhet?.virksomhetstype !== 'inkassovirksomhet') innsenderVirksomhet(b, kode).virksomhetstype = 'inkassovirksomhet';
    if (!hadde) blokk.prosessfullmektig = { adresse: [enAdresse(b)], person: { personnavn: kopi(blokk.bevillingshaver!.navn!) } };
    delete blokk.bevillingshaver;
  },
};

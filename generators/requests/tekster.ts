// Fixed vocabularies the petition generator draws from. Picking from arrays keeps the hot path free of
// faker's locale lookups, which cost more than building a whole claim.

/** What the claim arose from; used as betegnelseAvTvangsgrunnlag and in the written notice. */
export const KRAVGRUNNLAG = [
  'Kredittkort', 'Forbrukslån', 'Bompengefaktura', 'Strømregning', 'Husleie', 'Mobilabonnement',
  'Treningsavtale', 'Varekjøp på faktura', 'Parkeringsavgift', 'Tannlegebehandling', 'Forsikringspremie',
  'Bredbåndsabonnement', 'Fergebillett', 'Medlemskontingent', 'Håndverkertjenester',
] as const;

export const FAKTISKE_FORHOLD = [
  'Skyldner har ikke betalt fakturaen innen forfall, heller ikke etter betalingsoppfordring.',
  'Avtalen ble inngått skriftlig, varene er levert og kravet er ikke bestridt.',
  'Tjenesten er levert som avtalt. Skyldner har ikke svart på purring eller inkassovarsel.',
  'Kravet gjelder forfalte terminbeløp etter avtale. Skyldner har ikke fremmet innsigelser.',
] as const;

export const PAASTAND = [
  'Saksøkte dømmes til å betale kravet med tillegg av renter og omkostninger.',
  'Saksøkte plikter å betale hovedstol, renter og utenrettslige inndrivingskostnader.',
  'Saksøkte dømmes til å betale saksøker det skyldige beløpet med forsinkelsesrente til betaling skjer.',
] as const;

export const KRAVBESKRIVELSE_HOVEDKRAV = ['Hovedstol', 'Forfalt faktura', 'Forfalte terminer', 'Restgjeld'] as const;

export const FORSENDELSESMAATE = ['altinn', 'digitalPost', 'post'] as const;

export const KANAL_FOR_MEDDELELSE = ['e-post', 'sms', 'altinn'] as const;

export const NAMSMANNSDISTRIKT = [
  'Namsfogden i Oslo', 'Namsfogden i Øst', 'Namsfogden i Sør-Øst', 'Namsfogden i Agder',
  'Namsfogden i Sør-Vest', 'Namsfogden i Vest', 'Namsfogden i Møre og Romsdal', 'Namsfogden i Trøndelag',
  'Namsfogden i Nordland', 'Namsfogden i Troms', 'Namsfogden i Finnmark', 'Namsfogden i Innlandet',
] as const;

export const BEGRUNNELSE_NAMSMANNSDISTRIKT = [
  'Saksøkte har bopel i distriktet.',
  'Saksøktes arbeidsgiver ligger i distriktet.',
  'Saksøkte har formuesgoder i distriktet.',
] as const;

/** Standard collection fees in øre (inkassoforskriften's salary classes, rounded as agencies bill them). */
export const SALAER_OERE = [35_000, 43_750, 70_000, 105_000, 140_000, 175_000] as const;

/** Agreed interest rates in hundredths of a percent: card and consumer-loan rates as marketed. */
export const AVTALT_RENTE_HUNDREDELER = [990, 1290, 1490, 1750, 1899, 1990, 2199, 2390] as const;

/** Statutory late-payment interest (forsinkelsesrente) in hundredths of a percent, 2024–2025. */
export const FORSINKELSESRENTE_HUNDREDELER = 1250;

// Vocabularies only the 2.1 model has; the shared ones stay in ../tekster.ts.

/** ForsendelsesmåteType as 2.1 has it (the 1.1 figure less ebox and epost); 0.9's digitalPost and post are gone. */
export const FORSENDELSESMAATE_21 = ['altinn', 'digipost', 'eBoks', 'eFaktura', 'alminneligPost', 'alminneligPostMenIRetur'] as const;

export const SPESIELL_UTLEGGSGJENSTAND = [
  'Personbil registrert på saksøkte',
  'Fritidsbåt med påhengsmotor',
  'Tilgodehavende hos saksøktes arbeidsgiver',
  'Aksjer i unotert selskap',
] as const;

export const BEGRUNNELSE_MOETE = [
  'Saksøkte har bedt om et møte for å drøfte en nedbetalingsplan.',
  'Saksøker ønsker å avklare saksøktes betalingsevne i et møte.',
] as const;

export const BEGRUNNELSE_UNNLATT_FORELEGGELSE = [
  'Saksøkte har tidligere unndratt formuesgoder, og et varsel kan gjøre utlegget forgjeves.',
  'Saksøkte er i ferd med å flytte formuesgoder ut av landet.',
] as const;

export const BANKNAVN = ['DNB Bank', 'Nordea Bank', 'SpareBank 1', 'Handelsbanken', 'Sbanken'] as const;

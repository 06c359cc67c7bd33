// Synthetic parties in Test-Norge's style, the seed documents' parties, and parties
// brought by the user (a JSON file exported from Tenor).
export * from './types.ts';
export * from './generate.ts';
export { SEED_PARTIES, SEED_PERSONS, SEED_ORGANISATIONS, EKSEMPEL_PARTIES } from './seed.ts';
export { validateParty, isParty, type PartyProblem } from './validate.ts';
export { loadPartiesFile, validateParties, PartiesFileError, type PartiesFileProblem } from './file.ts';
export * from './registry.ts';
export { sandkasseregister, registerOppslag, ukjentFoedselsnummer, type RegisterTreff } from './register.ts';
export { gammeltRegelverk, erLaastTilGammeltRegelverk, type GammeltRegelverk } from './gammelt-regelverk.ts';

// Synthetic parties in Test-Norge's style, the seed documents' parties, and parties
// brought by the user (our own JSON format, or files downloaded or fetched from Tenor).
export * from './types.ts';
export * from './generate.ts';
export { SEED_PARTIES, SEED_PERSONS, SEED_ORGANISATIONS, EKSEMPEL_PARTIES } from './seed.ts';
export { validateParty, isParty, type PartyProblem } from './validate.ts';
export {
  loadParties, loadPartiesFile, validateParties, PartiesFileError, type ImportedParties, type PartiesFileProblem, type PartiesFormat,
} from './file.ts';
export { lesTenor, lesDokument, erTenor, type TenorLesning, type TenorMerknad } from './tenor-import.ts';
export { TENOR_KILDER, TENOR_PER_SOEK, TENOR_SCOPE, TENOR_URL, tenorForm, type TenorForm, type TenorKilde } from './tenor-format.ts';
export * from './registry.ts';
export { sandkasseregister, parterFraMiljoe, PARTIES_VARIABLE, registerOppslag, ukjentFoedselsnummer, type RegisterTreff } from './register.ts';
export { gammeltRegelverk, erLaastTilGammeltRegelverk, type GammeltRegelverk } from './gammelt-regelverk.ts';

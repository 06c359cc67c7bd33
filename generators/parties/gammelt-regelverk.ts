// The generators keep locked parties out of valid petitions and use them for SAKSOEKT_GAMMELT_REGELVERK;
// the list is read once, in src/spec/, for them and the rule alike.
export { erLaastTilGammeltRegelverk, gammeltRegelverk, type GammeltRegelverk } from '../../src/spec/gammelt-regelverk.ts';

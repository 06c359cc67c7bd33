// Identifier generators and checkers. Generators only ever return valid numbers;
// checkers never throw and explain in `reason` why a number is invalid.
export type { CheckResult } from './checksum.ts';
export * from './foedselsnummer.ts';
export * from './organisasjonsnummer.ts';
export * from './kontonummer.ts';
export * from './kid.ts';

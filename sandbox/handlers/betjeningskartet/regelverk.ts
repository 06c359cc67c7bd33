import { checkOrganisasjonsnummer, checkPersonidentifikator } from '../../../generators/identifiers/index.ts';
import { erLaastTilGammeltRegelverk, iOvergangsperioden } from '../../../src/spec/gammelt-regelverk.ts';

export type Regelverk = 'nytt' | 'gammelt';

export interface Regelverksresultat {
  identifikator: string;
  identifikatortype: 'foedselsnummer' | 'dnummer' | 'organisasjonsnummer';
  regelverk: Regelverk;
  innsendingssystem: 'ELAN' | 'ELSA';
}

/**
 * Why a well-shaped identifier (the schema has checked 9 or 11 digits) is no identifier at all, or
 * undefined. The lookup refuses it rather than answering "new rules" for a typo.
 */
export function identifikatorFeil(identifikator: string): string | undefined {
  if (identifikator.length === 9) {
    const org = checkOrganisasjonsnummer(identifikator);
    return org.valid ? undefined : `is not a valid organisasjonsnummer: ${org.reason}`;
  }
  const person = checkPersonidentifikator(identifikator);
  return person.valid ? undefined : `is not a valid fødselsnummer or D-nummer: ${person.reason}`;
}

/**
 * The rules a debtor is handled under on a day (Norway's date). The same data and the same period as
 * the /v2 rule SAKSOEKT_GAMMELT_REGELVERK, so the lookup and ELAN never disagree: inside the period a
 * locked party is on the old rules; everyone else, and everyone outside the period, on the new.
 */
export function regelverkFor(identifikator: string, dag: string): Regelverksresultat {
  const gammelt = erLaastTilGammeltRegelverk(identifikator) && iOvergangsperioden(dag);
  const person = identifikator.length === 11 ? checkPersonidentifikator(identifikator) : undefined;
  return {
    identifikator,
    identifikatortype: !person ? 'organisasjonsnummer' : person.valid && person.kind === 'dnr' ? 'dnummer' : 'foedselsnummer',
    regelverk: gammelt ? 'gammelt' : 'nytt',
    innsendingssystem: gammelt ? 'ELSA' : 'ELAN',
  };
}

/** One petition's debtors must all be on the same rules; mixed ones mean a paper petition. */
export function samletRegelverk(resultater: readonly Regelverksresultat[]): Regelverk | 'blandet' {
  const alle = new Set(resultater.map((r) => r.regelverk));
  return alle.size === 1 ? [...alle][0] : 'blandet';
}

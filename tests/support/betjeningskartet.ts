import { generateDNummer, generateFoedselsnummer, generateOrganisasjonsnummer } from '../../generators/identifiers/index.ts';
import { sandkasseregister } from '../../generators/parties/register.ts';
import { createRandom } from '../../generators/random.ts';
import { aktoer } from '../../generators/requests/v2/aktoer.ts';
import { norskDato } from '../../sandbox/rules/utleggsbegjaering/felles/dato.ts';
import type { Aktoer, Utleggsbegjaering as Utleggsbegjaering21 } from '../../src/model/utleggsbegjaering-v2.ts';
import { erLaastTilGammeltRegelverk, gammeltRegelverk, iOvergangsperioden } from '../../src/spec/gammelt-regelverk.ts';

/** One debtor's answer, as the suite reads it; the contract checks the rest. */
export interface Resultat {
  identifikator: string;
  identifikatortype: 'foedselsnummer' | 'dnummer' | 'organisasjonsnummer';
  regelverk: 'nytt' | 'gammelt';
  innsendingssystem: 'ELAN' | 'ELSA';
}

export interface Regelverksliste {
  dato: string;
  samletRegelverk: 'nytt' | 'gammelt' | 'blandet';
  resultater: Resultat[];
}

export const GAMMELT_REGELVERK = 'SAKSOEKT_GAMMELT_REGELVERK';

/** The test tab's locked parties, in the file's order: the same list the /v2 rule reads. */
export function laastePersoner(): string[] {
  return [...gammeltRegelverk().personer];
}

export function laasteOrganisasjoner(): string[] {
  return [...gammeltRegelverk().organisasjoner];
}

/**
 * Synthetic identifiers (Tenor form, valid check digits) on no list: a fødselsnummer, a D-nummer and an
 * organisasjonsnummer per round. No register knows them, which is the point of the "unknown" rows.
 */
export function ulaaste(runder: number, seed: number): { foedselsnummer: string; dnummer: string; organisasjonsnummer: string }[] {
  const faker = createRandom(seed);
  const ny = (lag: () => string) => {
    let id: string;
    do id = lag();
    while (erLaastTilGammeltRegelverk(id));
    return id;
  };
  return Array.from({ length: runder }, () => ({
    foedselsnummer: ny(() => generateFoedselsnummer(faker)),
    dnummer: ny(() => generateDNummer(faker)),
    organisasjonsnummer: ny(() => generateOrganisasjonsnummer(faker)),
  }));
}

/** The same number with its last digit changed, so its (last) check digit fails. */
export function medFeilKontrollsiffer(id: string): string {
  const siste = Number(id[id.length - 1]);
  return `${id.slice(0, -1)}${(siste + 1) % 10}`;
}

function identifikatorAv(a: Aktoer | undefined): string | undefined {
  return (a?.person ?? a?.virksomhet ?? a?.sammenslutning)?.identifikator?.taxIdentificationNumber;
}

/** The identifiers of a 2.x petition's saksøkte: what a supplier looks up before sending it. */
export function saksoekteI(b: Utleggsbegjaering21): string[] {
  return b.saksoekt.map((s) => identifikatorAv(s.saksoekt)).filter((id): id is string => id !== undefined);
}

/**
 * A copy of a 2.x petition against one other debtor, a party of the sandbox's register (which holds
 * every locked party): the saksøkt is replaced, and so are the references to the old ones in the
 * enforcement grounds (their deprecated `skyldner` lists), so nothing but the debtor changes.
 */
export function medSaksoekt(b: Utleggsbegjaering21, identifikator: string): Utleggsbegjaering21 {
  const part = sandkasseregister().byId(identifikator);
  if (!part) throw new Error(`the sandbox's party register has no party ${identifikator}`);
  const gamle = new Set(saksoekteI(b));
  const copy = structuredClone(b);
  const bytt = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(bytt);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (typeof o.taxIdentificationNumber === 'string' && gamle.has(o.taxIdentificationNumber)) o.taxIdentificationNumber = identifikator;
      Object.values(o).forEach(bytt);
    }
  };
  bytt(copy.begjaeringensTvangsgrunnlag);
  copy.saksoekt = [{ saksoekt: aktoer(part) }];
  return copy;
}

/** Whether the transition period lasts today (Norway's date on this machine), as the suite's skips ask it. */
export function overgangsperiodenVarer(): boolean {
  return iOvergangsperioden(norskDato(new Date()));
}

/** The rules a debtor must answer on the day the service says its answer is for. */
export function forventetRegelverk(identifikator: string, dato: string): 'nytt' | 'gammelt' {
  return erLaastTilGammeltRegelverk(identifikator) && iOvergangsperioden(dato) ? 'gammelt' : 'nytt';
}

/** Whether a day the service reports is today in Norway, give or take the clocks' disagreement around midnight. */
export function erOmtrentIDag(dato: string): boolean {
  const naa = Date.now();
  return [-1, 0, 1].some((d) => norskDato(new Date(naa + d * 86_400_000)) === dato);
}

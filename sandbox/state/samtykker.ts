/** What a rettighetspakke asks of a lookup, as the sandbox applies it. */
export interface Pakkeregler {
  /** The party must have consented (Altinn samtykke) to the acting organisation, unless it is that organisation. */
  samtykke: boolean;
  /** The token must be a systembruker token. */
  systembruker: boolean;
  /** The package reaches the person endpoints. */
  personer: boolean;
}

/**
 * From the 2026 page (kravogbetalinger-2026-02.md, «Rettighetspakker» and «Samtykke»): only finans needs
 * consent, regnskapssystem needs a systembruker, lovfestetrevisjon is shared by law and names neither. All
 * three give the organisation endpoints. Persons: the page says finans "will later be extended" to them
 * and gives the others organisations only; the sandbox already opens them to finans, so a supplier can
 * build against the announced extension, and refuses the others (403 KB-005). In the test environment a
 * regnskapssystem may look up every test organisation, which the sandbox follows (in production only the
 * systembruker's own).
 */
export const RETTIGHETSPAKKER: Readonly<Record<string, Pakkeregler>> = {
  finans: { samtykke: true, systembruker: false, personer: true },
  regnskapssystem: { samtykke: false, systembruker: true, personer: false },
  lovfestetrevisjon: { samtykke: false, systembruker: false, personer: false },
};

/** The strictest rules, for a package a (published) document names and the sandbox does not know. */
const UKJENT: Pakkeregler = { samtykke: true, systembruker: true, personer: false };

export interface Aktoer {
  orgnr: string;
  systembruker: boolean;
}

/**
 * Consent in the sandbox: every acting organisation has the parties' consent, except for the parties
 * listed here, for which only the party itself may look itself up (sandbox/README.md names them).
 */
export class Samtykker {
  private readonly uten: ReadonlySet<string>;

  constructor(partsUtenSamtykke: readonly string[]) {
    this.uten = new Set(partsUtenSamtykke);
  }

  harSamtykke(aktoerOrgnr: string, part: string, _rettighetspakke: string): boolean {
    return aktoerOrgnr === part || !this.uten.has(part);
  }

  /** Why the acting organisation may not see the party under the package, or undefined when it may. */
  avslag(aktoer: Aktoer, part: string, rettighetspakke: string, person: boolean): string | undefined {
    const regler = RETTIGHETSPAKKER[rettighetspakke] ?? UKJENT;
    if (person && !regler.personer) return `the rettighetspakke ${rettighetspakke} gives no lookups of persons`;
    if (regler.systembruker && !aktoer.systembruker) return `the rettighetspakke ${rettighetspakke} needs a systembruker token`;
    if (regler.samtykke && !this.harSamtykke(aktoer.orgnr, part, rettighetspakke)) return `no consent from ${part} for ${rettighetspakke}`;
    return undefined;
  }

  utenSamtykke(): string[] {
    return [...this.uten];
  }
}

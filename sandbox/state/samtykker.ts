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

  utenSamtykke(): string[] {
    return [...this.uten];
  }
}

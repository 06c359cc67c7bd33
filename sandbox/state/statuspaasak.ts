/**
 * What the namsmann assigns to a sandbox submission and must keep once given: the case number
 * (UTLBGJ/<year>/<n>), a kravgrunnlagsidentifikator per claim and a tiltaksidentifikator per decided
 * measure. Assigned at the first answer that shows them, so a case polled twice keeps its numbers.
 * The test references have fixed numbers of their own (below FOERSTE_SAKSNUMMER).
 */
export const FOERSTE_SAKSNUMMER = 101;

export class SaksnummerRegister {
  private readonly saker = new Map<string, string>();
  private readonly krav = new Map<string, string>();
  private readonly tiltak = new Map<string, string>();
  private nesteSak = FOERSTE_SAKSNUMMER;
  private nesteKrav = 1;
  private nesteTiltak = 1;

  reset(): void {
    this.saker.clear();
    this.krav.clear();
    this.tiltak.clear();
    this.nesteSak = FOERSTE_SAKSNUMMER;
    this.nesteKrav = 1;
    this.nesteTiltak = 1;
  }

  /** The case number of a submission, `aar` being the year it was received. */
  saksnummer(begjaeringId: string, aar: string): string {
    return hentEllerLag(this.saker, begjaeringId, () => `UTLBGJ/${aar}/${this.nesteSak++}`);
  }

  /** The namsmann's identifier of the claim at `kravnummer` (its index in the petition). */
  kravgrunnlagsidentifikator(begjaeringId: string, kravnummer: number, aar: string): string {
    return hentEllerLag(this.krav, `${begjaeringId}#${kravnummer}`, () => `KG-${aar}-${String(this.nesteKrav++).padStart(6, '0')}`);
  }

  /** The identifier of one decided measure; `noekkel` names it within the case (saksøkt, kind, number). */
  tiltaksidentifikator(begjaeringId: string, noekkel: string, aar: string): string {
    return hentEllerLag(this.tiltak, `${begjaeringId}#${noekkel}`, () => `TT-${aar}-${String(this.nesteTiltak++).padStart(6, '0')}`);
  }
}

function hentEllerLag(map: Map<string, string>, key: string, lag: () => string): string {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = lag()));
  return v;
}

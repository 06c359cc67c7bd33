import type { Trekkpaalegg } from '../../generators/feeds/index.ts';

export type { Trekkpaalegg };

/**
 * The feed: every version of every order, each with its own sequence number, which only grows.
 * The list operation shows the newest version of each order, so a changed order moves to the end.
 */
export class TrekkpaaleggFeed {
  private readonly versjoner = new Map<string, Trekkpaalegg[]>();
  /** Newest version of each order per trekkpliktig, kept sorted by sekvensnummer. */
  private readonly gjeldende = new Map<string, Trekkpaalegg[]>();
  private nesteSekvensnummer: number;

  constructor(private readonly startSekvensnummer = 1) {
    this.nesteSekvensnummer = startSekvensnummer;
  }

  clear(): void {
    this.versjoner.clear();
    this.gjeldende.clear();
    this.nesteSekvensnummer = this.startSekvensnummer;
  }

  /** Publishes a version under the next sequence number (its own is ignored). Versions must come in order. */
  publiser(t: Trekkpaalegg): Trekkpaalegg {
    const tidligere = this.versjoner.get(t.trekkid) ?? [];
    const forrige = tidligere[tidligere.length - 1];
    if (forrige && t.trekkversjon !== forrige.trekkversjon + 1) {
      throw new Error(`trekkpålegg ${t.trekkid}: version ${t.trekkversjon} does not follow ${forrige.trekkversjon}`);
    }
    if (forrige && forrige.trekkpliktig !== t.trekkpliktig) throw new Error(`trekkpålegg ${t.trekkid}: trekkpliktig cannot change`);
    const publisert: Trekkpaalegg = { ...t, sekvensnummer: this.nesteSekvensnummer++ };
    tidligere.push(publisert);
    this.versjoner.set(t.trekkid, tidligere);
    const liste = this.gjeldende.get(t.trekkpliktig) ?? [];
    if (forrige) liste.splice(liste.indexOf(forrige), 1);
    liste.push(publisert); // the newest sequence number, so the list stays sorted
    this.gjeldende.set(t.trekkpliktig, liste);
    return publisert;
  }

  /** Newest version of each of the org's orders with sekvensnummer > fra, ascending, at most maks. */
  liste(trekkpliktig: string, fraSekvensnummer = 0, maksAntall?: number): Trekkpaalegg[] {
    const liste = this.gjeldende.get(trekkpliktig) ?? [];
    let lo = 0;
    let hi = liste.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (liste[mid].sekvensnummer <= fraSekvensnummer) lo = mid + 1;
      else hi = mid;
    }
    return liste.slice(lo, maksAntall === undefined ? undefined : lo + maksAntall);
  }

  /** One version, only for the order's own trekkpliktig. */
  versjon(trekkpliktig: string, trekkid: string, trekkversjon: number): Trekkpaalegg | undefined {
    const v = this.versjoner.get(trekkid)?.find((x) => x.trekkversjon === trekkversjon);
    return v && v.trekkpliktig === trekkpliktig ? v : undefined;
  }

  alleVersjoner(trekkid: string): readonly Trekkpaalegg[] {
    return this.versjoner.get(trekkid) ?? [];
  }

  trekkpliktige(): string[] {
    return [...this.gjeldende.keys()];
  }
}

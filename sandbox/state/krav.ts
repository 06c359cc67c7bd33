import type { Innbetaling, KravIFeed } from '../../generators/feeds/index.ts';
import type { Utbetaling } from '../../generators/feeds/kravogbetalinger.ts';

/** A claim as the Krav og betalinger API returns it (specs/kravogbetalinger.yaml). */
export type Krav = KravIFeed;
export type { Innbetaling, Utbetaling };

export interface Partsdata {
  partIdentifikator: string;
  skjermet: boolean;
  krav: Krav[];
  innbetalinger: Innbetaling[];
  utbetalinger: Utbetaling[];
}

export interface Periode {
  fraOgMed: string;
  tilOgMed: string;
}

/** The day a claim belongs to for period searches: its creation, else its first due date. */
export function kravdato(k: Krav): string | undefined {
  return k.opprettelsesdatoForKrav ?? k.kravforfall?.[0]?.forfallsdato;
}

function innenfor(dato: string | undefined, p: Periode): boolean {
  return dato !== undefined && dato >= p.fraOgMed && dato <= p.tilOgMed;
}

/**
 * Read-only per party, organisations (9 digits) and persons (11 digits) alike, so the two kinds of
 * endpoint give answers of one shape; every rettighetspakke sees the same data in the sandbox.
 */
export class KravRegister {
  private readonly byPart: Map<string, Partsdata>;

  constructor(data: Partsdata[]) {
    this.byPart = new Map(data.map((d) => [d.partIdentifikator, d]));
  }

  har(part: string): boolean {
    return this.byPart.has(part);
  }

  aapneKrav(part: string) {
    const d = this.byPart.get(part);
    if (!d) return undefined;
    return {
      partIdentifikator: d.partIdentifikator,
      skjermet: d.skjermet,
      aapentKravMedGjenstaaendeBeloep: d.krav.filter((k) => k.gjenstaaendeBeloep !== 0),
      innbetalingMedUplassertBeloep: d.innbetalinger.filter((i) => (i.uplassertBeloep ?? 0) > 0),
    };
  }

  krav(part: string, periode: Periode) {
    const d = this.byPart.get(part);
    if (!d) return undefined;
    return { partIdentifikator: part, periode, skjermet: d.skjermet, krav: d.krav.filter((k) => innenfor(kravdato(k), periode)) };
  }

  innbetalinger(part: string, periode: Periode) {
    const d = this.byPart.get(part);
    if (!d) return undefined;
    return { partIdentifikator: part, periode, skjermet: d.skjermet, innbetaling: d.innbetalinger.filter((i) => innenfor(i.innbetalingsdato, periode)) };
  }

  utbetalinger(part: string, periode: Periode) {
    const d = this.byPart.get(part);
    if (!d) return undefined;
    return { partIdentifikator: part, periode, skjermet: d.skjermet, utbetaling: d.utbetalinger.filter((u) => innenfor(u.utbetaltdato, periode)) };
  }

  parter(): string[] {
    return [...this.byPart.keys()];
  }
}

import { listVersions } from '../../src/spec/versions.ts';
import { lastRegelkatalog, type Katalogregel, type Regelkatalog } from './catalog.ts';
import { kompilerMal, type Mal } from './melding.ts';
import type { Begjaering, Behov, Brudd, Regel, RegelKontekst, RegelModul, Verdier } from './types.ts';

/** A module bound to its catalog row; `kjoer` appends to a shared list so evaluate() allocates once. */
export interface BundetRegel extends Regel {
  tittel: string;
  beskrivelse: string;
  /** What the rule needs beyond the petition (the module's own declaration); empty when nothing. */
  trenger: readonly Behov[];
  kjoer(b: Begjaering, ktx: RegelKontekst, ut: Brudd[]): void;
}

export interface RegelSett {
  katalog: Regelkatalog;
  /** Catalog order. */
  alle: readonly BundetRegel[];
  /** Catalog order, without the rules that apply to changes only. */
  utenEndringsregler: readonly BundetRegel[];
  byKode: ReadonlyMap<string, BundetRegel>;
}

export class RegistryError extends Error {
  override name = 'RegistryError';
}

function bind(modul: RegelModul, rad: Katalogregel): BundetRegel {
  const kode = rad.kode;
  const mal = kompilerMal(rad.avvikstekst);
  const alternativer: Mal[] = (rad.avvikstekstAlternativer ?? []).map(kompilerMal);
  // One reporter per bound rule, made here rather than per run: it appends to the list of the run in
  // progress (`maal`), which kjoer sets and restores, so a run allocates no closure per rule.
  let maal: Brudd[] | undefined;
  const rapporter = (verdier?: Verdier, sti?: string, alternativ?: number) => {
    const m = (alternativ !== undefined && alternativer[alternativ]) || mal;
    maal!.push(sti === undefined ? { kode, melding: m(verdier) } : { kode, melding: m(verdier), sti });
  };
  const kjoer = (b: Begjaering, ktx: RegelKontekst, ut: Brudd[]) => {
    const forrige = maal;
    maal = ut;
    try {
      modul.sjekk(b, ktx, rapporter);
    } finally {
      maal = forrige;
    }
  };
  return Object.freeze({
    kode,
    gjelderKunEndringer: rad.gjelderKunEndringer,
    tittel: rad.tittel,
    beskrivelse: rad.beskrivelse,
    trenger: modul.trenger,
    kjoer,
    sjekk(b: Begjaering, ktx: RegelKontekst): Brudd[] {
      const ut: Brudd[] = [];
      kjoer(b, ktx, ut);
      return ut;
    },
  });
}

/**
 * Joins the modules with one catalog version. Fails loudly, naming file and code, when a module's code
 * is in no catalog, when two modules claim one code, or when a code of the chosen catalog has no module.
 */
export function bindRegler(moduler: readonly RegelModul[], version?: string): RegelSett {
  const katalog = lastRegelkatalog(version);
  const kjente = new Set<string>();
  const filer: string[] = [];
  for (const v of listVersions('utleggsbegjaering')) {
    const k = lastRegelkatalog(v);
    filer.push(k.file);
    for (const kode of k.byKode.keys()) kjente.add(kode);
  }
  const perKode = new Map<string, RegelModul>();
  for (const m of moduler) {
    if (!kjente.has(m.kode)) {
      throw new RegistryError(`${m.fil}: rule code "${m.kode}" is in no rule catalog (${filer.join(', ')}); fix the code or add the catalog row`);
    }
    const forrige = perKode.get(m.kode);
    if (forrige) throw new RegistryError(`${m.fil}: rule code "${m.kode}" is already implemented by ${forrige.fil}`);
    perKode.set(m.kode, m);
  }
  // Every missing code in one message: a new catalog usually brings several at once.
  const mangler = katalog.regler.filter((rad) => !perKode.has(rad.kode)).map((rad) => `"${rad.kode}"`);
  if (mangler.length === 1) {
    throw new RegistryError(`${katalog.file}: rule code ${mangler[0]} has no module in sandbox/rules/utleggsbegjaering/; add one (a file named after the code) and register it in index.ts`);
  }
  if (mangler.length > 1) {
    throw new RegistryError(`${katalog.file}: ${mangler.length} rule codes have no module in sandbox/rules/utleggsbegjaering/: ${mangler.join(', ')}; add one file per code (named after it) and register each in index.ts`);
  }
  const alle = katalog.regler.map((rad) => bind(perKode.get(rad.kode)!, rad));
  return Object.freeze({
    katalog,
    alle,
    utenEndringsregler: alle.filter((r) => !r.gjelderKunEndringer),
    byKode: new Map(alle.map((r) => [r.kode, r])),
  });
}

import type { Begjaering, Rapporter, RegelKontekst, RegisterPart } from '../../types.ts';
import { type Aktoer, idFelt, norskIdentifikator } from './modell.ts';
import { liste } from './tekst.ts';

export type Partsrolle = 'saksoeker' | 'saksoekt';

/**
 * Asks the party register about each organisation (virksomhet) a role names by a Norwegian orgnr, and
 * reports those `feil` finds fault with: at the organisation, or with `vedOrgnr` at its orgnr. Skipped
 * without a register (offline); an orgnr the register does not know is no concern of these rules
 * (SAKSOEKT_MANGLER_I_REGISTERET asks that).
 */
export function sjekkVirksomheter(
  b: Begjaering, ktx: RegelKontekst, rolle: Partsrolle, feil: (treff: RegisterPart & { type: 'organisasjon' }) => boolean, vedOrgnr: boolean, rapporter: Rapporter,
): void {
  const register = ktx.partsregister;
  if (!register) return;
  const parter = liste(b[rolle] as readonly Record<string, unknown>[] | undefined);
  for (let i = 0; i < parter.length; i++) {
    const a = parter[i]?.[rolle] as Aktoer | undefined;
    const v = a?.virksomhet;
    const orgnr = norskIdentifikator(v?.identifikator);
    if (orgnr === undefined) continue;
    const treff = register(orgnr);
    if (treff?.type !== 'organisasjon' || !feil(treff)) continue;
    const sti = `/${rolle}/${i}/${rolle}/virksomhet`;
    rapporter(undefined, vedOrgnr ? `${sti}/identifikator/${idFelt(v!.identifikator)}` : sti);
  }
}

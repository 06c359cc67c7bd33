import { erObjekt, type Tvangsgrunnlag } from './modell.ts';
import { liste, utfylt } from './tekst.ts';

/**
 * A tvangsgrunnlag satisfies a notice rule with a notice of the given type or a reason for giving none.
 * 2.1 deprecates the notice's type: a notice in the 2.x shape (forsendelsemaateType, required since 2.0)
 * that leaves the type out counts as the notice its tvangsgrunnlag calls for. A 0.9 notice has no
 * forsendelsemaateType, so there the type must still say it.
 */
export function harVarselEllerBegrunnelse(t: Tvangsgrunnlag, type: string): boolean {
  if (utfylt(t.begrunnelseUnnlatVarsel)) return true;
  const varsler = liste(t.varsel);
  for (let i = 0; i < varsler.length; i++) {
    const v: unknown = varsler[i];
    if (erObjekt(v) && (v.type === type || (v.type === undefined && v.forsendelsemaateType !== undefined))) return true;
  }
  return false;
}

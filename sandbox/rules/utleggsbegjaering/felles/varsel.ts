import type { BegjaeringensTvangsgrunnlag } from '../../../../src/model/utleggsbegjaering.ts';
import { liste, utfylt } from './tekst.ts';

/** A tvangsgrunnlag satisfies a notice rule with a notice of the given type or a reason for giving none. */
export function harVarselEllerBegrunnelse(t: BegjaeringensTvangsgrunnlag, type: string): boolean {
  return utfylt(t.begrunnelseUnnlatVarsel) || liste(t.varsel).some((v) => v?.type === type);
}

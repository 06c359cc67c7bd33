import { listVersions } from '../../../src/spec/versions.ts';
import type { InnsendingRegister, LagretInnsending } from '../../state/innsendinger.ts';
import { eksempelsaker } from '../../state/statuspaasak.ts';

/**
 * The cases one organisation has brought, as Status på sak and Innsyn i ett trekk both see them: the
 * sandbox's preloaded example case (the test client's) and its submissions of every Utleggsbegjæring
 * version, in the order received. Another organisation's cases are never among them.
 */
export function sakerFor(state: { innsendingerFor(version: string): InnsendingRegister }, orgnr: string): LagretInnsending[] {
  const forhaandslagret = eksempelsaker().filter((s) => s.eierOrgnr === orgnr);
  const innsendt = listVersions('utleggsbegjaering').flatMap((v) => state.innsendingerFor(v).forOrganisasjon(orgnr));
  return [...forhaandslagret, ...innsendt];
}

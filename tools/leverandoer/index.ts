// The supplier's own system under test: recording, judging and the scenario list (issue 13).
export { startOpptak, funnlinje, klargjoerMappe, OpptakError, type Opptak, type OpptakValg } from './opptak.ts';
export { sandkasseopptak, sandkassekrok, type Sandkasseopptak } from './sandkasse.ts';
export { createDommer, Oektsdommer, type Dommer } from './dommer/index.ts';
export { vurderOekt, alleFunn, type Oektsvurdering } from './vurdering.ts';
export { finnScenarier, samletScenarier, SCENARIER, type Scenario, type ScenarioId, type Scenarioresultat } from './scenarier.ts';
export { lesOpptak, OpptaksfilError, type LestOekt } from './les.ts';
export * from './post.ts';
export type { RaaUtveksling, Kroppskopi } from './raa.ts';

import type { Mount, Operasjoner } from '../http/mount.ts';
import type { SandboxState } from '../state/index.ts';
import type { ApiName } from '../../src/spec/versions.ts';
import { utleggsbegjaeringHandlers } from './utleggsbegjaering/index.ts';
import { trekkpaaleggHandlers } from './trekkpaalegg/index.ts';
import { kravOgBetalingerHandlers } from './kravogbetalinger/index.ts';
import { betjeningskartetHandlers } from './betjeningskartet/index.ts';
import { statusPaaSakHandlers } from './statuspaasak/index.ts';
import { innsynTrekkHandlers } from './innsyntrekk/index.ts';

/** What every API's handlers get: the sandbox's state (read at call time, it is rebuilt on reset), their mount, the version served and the clock. */
export interface HandlerKontekst {
  state: () => SandboxState;
  mount: () => Mount;
  version: string;
  now: () => Date;
}

type HandlerFactory = (k: HandlerKontekst) => Operasjoner;

/** One entry per API in API_NAMES (the type makes a missing one a compile error). */
const HANDLERS: Record<ApiName, HandlerFactory> = {
  utleggsbegjaering: ({ state, mount, version, now }) =>
    utleggsbegjaeringHandlers(() => ({ innsendinger: state().innsendingerFor(version), vedlegg: state().vedlegg, partsregister: state().partsregister }), mount, version, now),
  trekkpaalegg: ({ state, mount }) => trekkpaaleggHandlers(state, mount),
  kravogbetalinger: ({ state, mount }) => kravOgBetalingerHandlers(state, mount),
  betjeningskartet: ({ mount, now }) => betjeningskartetHandlers(mount, now),
  statuspaasak: ({ state, mount, now }) => statusPaaSakHandlers(state, mount, now),
  innsyntrekk: ({ state, mount, now }) => innsynTrekkHandlers({ state, mount, now }),
};

export function handlersFor(api: ApiName, k: HandlerKontekst): Operasjoner {
  return HANDLERS[api](k);
}

import { SANDBOX_VEDLEGG_POOL } from '../../generators/data/vedlegg.ts';
import { registerOppslag, sandkasseregister, type Party, type PartyRegistry } from '../../generators/parties/index.ts';
import { InnsendingRegister } from './innsendinger.ts';
import { KravRegister } from './krav.ts';
import { Samtykker } from './samtykker.ts';
import { PARTER_UTEN_SAMTYKKE, seedData } from './seed.ts';
import { SaksnummerRegister } from './statuspaasak.ts';
import { TrekkpaaleggFeed } from './trekkpaalegg.ts';
import { VedleggRegister } from './vedlegg.ts';

/** The attachment uuids the official examples reference (seeds and 1.1); preloaded so the examples can be sent as they are. */
export const EKSEMPELVEDLEGG = [
  '1a107a2d-6398-4675-944c-59f44fbeee82', '61e17f8d-9f24-4bd0-ad8b-d7908a1acc18', 'cbdf604f-03df-4327-8188-d8fcfe72d533',
  'c85a1f04-e531-46af-a87c-0ad40febb694', 'b538963a-8001-4474-98cc-1852ed0d192d',
];

export interface SandboxState {
  /** Submissions of the default version; every version has its own register (innsendingerFor). */
  innsendinger: InnsendingRegister;
  /** One register per Utleggsbegjæring version, so a /v1 petition is never a duplicate of, or changed as, a /v2 one. */
  innsendingerFor(version: string): InnsendingRegister;
  vedlegg: VedleggRegister;
  trekkpaalegg: TrekkpaaleggFeed;
  krav: KravRegister;
  samtykker: Samtykker;
  /** Who exists in the sandbox's Folkeregister and Enhetsregisteret: generated parties plus the caller's own. */
  parter: PartyRegistry;
  partsregister: ReturnType<typeof registerOppslag>;
  /** Status på sak: the case numbers and namsmann identifiers given to submissions. */
  saksnumre: SaksnummerRegister;
  reset(): void;
}

export function createState(options: { seed: number; kravVersion?: string; parties?: readonly Party[] }): SandboxState {
  const parter = sandkasseregister(options.parties);
  const data = seedData(options.seed, options.kravVersion);
  const innsendinger = new InnsendingRegister();
  const perVersjon = new Map<string, InnsendingRegister>();
  const vedlegg = new VedleggRegister([...EKSEMPELVEDLEGG, ...SANDBOX_VEDLEGG_POOL]);
  const trekkpaalegg = new TrekkpaaleggFeed();
  const saksnumre = new SaksnummerRegister();
  const publiser = () => {
    trekkpaalegg.clear();
    for (const versjon of data.trekkpaalegg) trekkpaalegg.publiser(versjon);
  };
  publiser();
  return {
    innsendinger,
    innsendingerFor(version: string) {
      let r = perVersjon.get(version);
      if (!r) perVersjon.set(version, (r = new InnsendingRegister()));
      return r;
    },
    vedlegg,
    trekkpaalegg,
    // Claims are read-only, so one copy serves every reset.
    krav: new KravRegister(data.krav),
    samtykker: new Samtykker(PARTER_UTEN_SAMTYKKE),
    parter,
    partsregister: registerOppslag(parter),
    saksnumre,
    reset() {
      saksnumre.reset();
      innsendinger.reset();
      for (const r of perVersjon.values()) r.reset();
      vedlegg.reset();
      publiser();
    },
  };
}

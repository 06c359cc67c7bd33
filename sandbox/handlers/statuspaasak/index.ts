import type { PartyRegistry } from '../../../generators/parties/index.ts';
import { sendJson } from '../../http/exchange.ts';
import type { Mount, Operasjoner } from '../../http/mount.ts';
import type { InnsendingRegister, LagretInnsending } from '../../state/innsendinger.ts';
import type { SaksnummerRegister } from '../../state/statuspaasak.ts';
import type { TrekkpaaleggFeed } from '../../state/trekkpaalegg.ts';
import { tilstandFor, trekkIKraftIFeed } from './livslop.ts';
import { sakerFor } from './saker.ts';
import { statusForInnsending } from './svar.ts';
import { testsak } from './testsaker.ts';

export interface StatusPaaSakState {
  innsendingerFor(version: string): InnsendingRegister;
  saksnumre: SaksnummerRegister;
  parter: PartyRegistry;
  /** Whether a debtor is withheld from already decides between utleggstrekk and inntreden (livslop.ts). */
  trekkpaalegg: TrekkpaaleggFeed;
}

/** The references a submission is found by: its innsenderReferanse, and any eksternSaksreferanse of its tvangsgrunnlag. */
function referanser(s: LagretInnsending): string[] {
  const b = s.begjaering;
  const out = typeof b.innsenderReferanse === 'string' ? [b.innsenderReferanse] : [];
  for (const t of Array.isArray(b.begjaeringensTvangsgrunnlag) ? b.begjaeringensTvangsgrunnlag : []) {
    if (typeof t?.eksternSaksreferanse === 'string') out.push(t.eksternSaksreferanse);
  }
  return out;
}

/**
 * hentStatusPaaSak: a test reference of the test tab answers as the table says, for everyone; any
 * other reference is looked up among the acting organisation's own cases (saker.ts: the preloaded example
 * case and its submissions of every Utleggsbegjæring version; the latest received wins when several carry
 * it). Another organisation's case is 404, as an unknown one, so its existence does not leak.
 */
export function statusPaaSakHandlers(state: () => StatusPaaSakState, mount: () => Mount, now: () => Date): Operasjoner {
  function finn(orgnr: string, referanse: string): LagretInnsending | undefined {
    let funnet: LagretInnsending | undefined;
    for (const s of sakerFor(state(), orgnr)) {
      if (referanser(s).includes(referanse) && (!funnet || s.mottatt >= funnet.mottatt)) funnet = s;
    }
    return funnet;
  }

  return {
    hentStatusPaaSak(kall) {
      const referanse = String(kall.params.eksternSaksreferanse);
      const test = testsak(referanse);
      if (test) return sendJson(kall.ex, 200, test);
      const innsending = test === null ? undefined : finn(kall.aktoer.orgnr, referanse);
      if (!innsending) return mount().feil(kall.ex, 'ikkeFunnet', `Ingen sak med referansen ${JSON.stringify(referanse.slice(0, 200))} for denne innsenderen`);
      const { parter, saksnumre, trekkpaalegg } = state();
      const naa = now();
      const kontekst = { register: saksnumre, naa, trekkIKraft: trekkIKraftIFeed(trekkpaalegg), oppslag: (id: string) => parter.byId(id) };
      // A case that will move on says when (RFC 9110 Retry-After, seconds), so a poller need not guess an interval.
      const neste = tilstandFor(innsending, naa).nesteEndring;
      const headers = neste ? { 'retry-after': String(Math.max(1, Math.ceil((neste.getTime() - naa.getTime()) / 1000))) } : undefined;
      sendJson(kall.ex, 200, statusForInnsending(innsending, referanse, kontekst), headers);
    },
  };
}

import { sendJson } from '../../http/exchange.ts';
import type { Mount, Operasjoner } from '../../http/mount.ts';
import type { TrekkpaaleggFeed } from '../../state/trekkpaalegg.ts';

/** Each trekkpliktig (the acting organisation) sees only its own orders; others' are as good as absent. */
export function trekkpaaleggHandlers(state: () => { trekkpaalegg: TrekkpaaleggFeed }, mount: () => Mount): Operasjoner {
  return {
    hentTrekkpaalegg(kall) {
      const fra = kall.query.fraSekvensnummer as number | undefined;
      const maks = kall.query.maksAntall as number | undefined;
      sendJson(kall.ex, 200, state().trekkpaalegg.liste(kall.aktoer.orgnr, fra ?? 0, maks));
    },

    hentTrekkpaaleggVersjon(kall) {
      const { trekkid, trekkversjon } = kall.params as { trekkid: string; trekkversjon: number };
      const versjon = state().trekkpaalegg.versjon(kall.aktoer.orgnr, decodeURIComponent(trekkid), trekkversjon);
      if (!versjon) return mount().feil(kall.ex, 'ikkeFunnet', `Trekkpålegget ${trekkid} i versjon ${trekkversjon} finnes ikke`);
      sendJson(kall.ex, 200, versjon);
    },
  };
}

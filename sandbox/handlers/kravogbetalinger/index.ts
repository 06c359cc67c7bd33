import { sendFeil, sendJson, sendText } from '../../http/exchange.ts';
import { kbKode } from '../../http/codes.ts';
import type { Kall, Mount, Operasjoner } from '../../http/mount.ts';
import { negotiate } from '../../http/negotiate.ts';
import { toXml } from '../../http/xml.ts';
import type { KravRegister, Periode } from '../../state/krav.ts';
import type { Samtykker } from '../../state/samtykker.ts';
import { periodeFeil } from './periode.ts';

interface KravState {
  krav: KravRegister;
  samtykker: Samtykker;
}

/**
 * The checks in the order a client meets them: format (406), consent (403), period (400), party
 * (404 KB-009), data in the period (404 KB-007). Consent comes before the lookup so a 403 does not
 * tell whether the party exists.
 */
export function kravOgBetalingerHandlers(state: () => KravState, mount: () => Mount): Operasjoner {
  const feil = (kall: Kall, kode: string, melding: string, felt?: string) => {
    const { status } = kbKode(kode);
    sendFeil(kall.ex, status, kode, melding, felt ? [{ felt, melding }] : undefined);
  };

  function svar(kall: Kall, rot: string, body: unknown): void {
    const format = negotiate(kall.ex.req.headers.accept);
    if (format === 'xml') sendText(kall.ex, 200, 'application/xml; charset=utf-8', toXml(rot, body));
    else sendJson(kall.ex, 200, body);
  }

  /** Shared preamble; returns the party, or undefined when an error has been answered. */
  function forbered(kall: Kall, periode?: Periode): string | undefined {
    if (!negotiate(kall.ex.req.headers.accept)) {
      feil(kall, 'KB-008', 'only application/json and application/xml are offered', 'Accept');
      return undefined;
    }
    const { rettighetspakke, partIdentifikator } = kall.params as { rettighetspakke: string; partIdentifikator: string };
    const { krav, samtykker } = state();
    if (!samtykker.harSamtykke(kall.aktoer.orgnr, partIdentifikator, rettighetspakke)) {
      feil(kall, 'KB-005', `no consent from ${partIdentifikator} for ${rettighetspakke}`);
      return undefined;
    }
    if (periode) {
      const problem = periodeFeil(periode);
      if (problem) {
        mount().feil(kall.ex, 'ugyldig', 'the period is not valid', [problem]);
        return undefined;
      }
    }
    if (!krav.har(partIdentifikator)) {
      feil(kall, 'KB-009', `unknown partIdentifikator ${partIdentifikator}`, 'partIdentifikator');
      return undefined;
    }
    return partIdentifikator;
  }

  function periodeAv(kall: Kall): Periode {
    return { fraOgMed: String(kall.query.fraOgMed), tilOgMed: String(kall.query.tilOgMed) };
  }

  return {
    hentAapneKrav(kall) {
      const part = forbered(kall);
      if (part) svar(kall, 'AapneKrav', state().krav.aapneKrav(part));
    },

    hentKrav(kall) {
      const periode = periodeAv(kall);
      const part = forbered(kall, periode);
      if (!part) return;
      const body = state().krav.krav(part, periode)!;
      if (body.krav.length === 0) return feil(kall, 'KB-007', `no claims from ${periode.fraOgMed} to ${periode.tilOgMed}`);
      svar(kall, 'KravIPeriode', body);
    },

    hentInnbetalinger(kall) {
      const periode = periodeAv(kall);
      const part = forbered(kall, periode);
      if (!part) return;
      const body = state().krav.innbetalinger(part, periode)!;
      if (body.innbetaling.length === 0) return feil(kall, 'KB-007', `no payments from ${periode.fraOgMed} to ${periode.tilOgMed}`);
      svar(kall, 'InnbetalingerIPeriode', body);
    },
  };
}

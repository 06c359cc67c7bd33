import { sendFeil, sendJson, sendText } from '../../http/exchange.ts';
import { kbKode } from '../../http/codes.ts';
import type { Kall, Mount, Operasjon, Operasjoner } from '../../http/mount.ts';
import { negotiate } from '../../http/negotiate.ts';
import { toXml } from '../../http/xml.ts';
import type { KravRegister, Periode } from '../../state/krav.ts';
import type { Samtykker } from '../../state/samtykker.ts';
import { periodeFeil } from './periode.ts';

interface KravState {
  krav: KravRegister;
  samtykker: Samtykker;
}

/** The party a call is about: an organisation on the /{pakke}/{orgnr}/… paths, a person on /{pakke}/person/{id}/…. */
interface Part {
  id: string;
  person: boolean;
}

/** A lookup over a period: what the register gives, the list that must not be empty, and the answer's XML root. */
interface Periodeoppslag {
  rot: string;
  liste: 'krav' | 'innbetaling' | 'utbetaling';
  hva: string;
  hent(krav: KravRegister, part: string, periode: Periode): Record<string, unknown> | undefined;
}

const PERIODEOPPSLAG: Record<'krav' | 'innbetalinger' | 'utbetalinger', Periodeoppslag> = {
  krav: { rot: 'KravIPeriode', liste: 'krav', hva: 'claims', hent: (k, p, per) => k.krav(p, per) },
  innbetalinger: { rot: 'InnbetalingerIPeriode', liste: 'innbetaling', hva: 'payments', hent: (k, p, per) => k.innbetalinger(p, per) },
  utbetalinger: { rot: 'UtbetalingerIPeriode', liste: 'utbetaling', hva: 'payments out', hent: (k, p, per) => k.utbetalinger(p, per) },
};

/**
 * The checks in the order a client meets them: format (406), access (403: the rettighetspakke's
 * rules and consent), period (400), party (404 KB-009), data in the period (404 KB-007). Access comes
 * before the lookup so a 403 does not tell whether the party exists. Persons and organisations go
 * through the same steps and get answers of the same shape.
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

  function partAv(kall: Kall): Part & { felt: string } {
    const { personidentifikator, partIdentifikator } = kall.params as { personidentifikator?: string; partIdentifikator?: string };
    return personidentifikator !== undefined
      ? { id: personidentifikator, person: true, felt: 'personidentifikator' }
      : { id: String(partIdentifikator), person: false, felt: 'partIdentifikator' };
  }

  /** Shared preamble; returns the party, or undefined when an error has been answered. */
  function forbered(kall: Kall, periode?: Periode): string | undefined {
    if (!negotiate(kall.ex.req.headers.accept)) {
      feil(kall, 'KB-008', 'only application/json and application/xml are offered', 'Accept');
      return undefined;
    }
    const part = partAv(kall);
    const { krav, samtykker } = state();
    const avslag = samtykker.avslag(kall.aktoer, part.id, String(kall.params.rettighetspakke), part.person);
    if (avslag) {
      feil(kall, 'KB-005', avslag);
      return undefined;
    }
    if (periode) {
      const problem = periodeFeil(periode);
      if (problem) {
        mount().feil(kall.ex, 'ugyldig', 'the period is not valid', [problem]);
        return undefined;
      }
    }
    if (!krav.har(part.id)) {
      feil(kall, 'KB-009', `unknown ${part.felt} ${part.id}`, part.felt);
      return undefined;
    }
    return part.id;
  }

  const aapneKrav: Operasjon = (kall) => {
    const part = forbered(kall);
    if (part) svar(kall, 'AapneKrav', state().krav.aapneKrav(part));
  };

  function periodeoperasjon(o: Periodeoppslag): Operasjon {
    return (kall) => {
      const periode = { fraOgMed: String(kall.query.fraOgMed), tilOgMed: String(kall.query.tilOgMed) };
      const part = forbered(kall, periode);
      if (!part) return;
      const body = o.hent(state().krav, part, periode)!;
      if ((body[o.liste] as unknown[]).length === 0) return feil(kall, 'KB-007', `no ${o.hva} from ${periode.fraOgMed} to ${periode.tilOgMed}`);
      svar(kall, o.rot, body);
    };
  }

  const krav = periodeoperasjon(PERIODEOPPSLAG.krav);
  const innbetalinger = periodeoperasjon(PERIODEOPPSLAG.innbetalinger);
  const utbetalinger = periodeoperasjon(PERIODEOPPSLAG.utbetalinger);
  return {
    hentAapneKrav: aapneKrav,
    hentKrav: krav,
    hentInnbetalinger: innbetalinger,
    hentUtbetalinger: utbetalinger,
    hentAapneKravForPerson: aapneKrav,
    hentKravForPerson: krav,
    hentInnbetalingerForPerson: innbetalinger,
    hentUtbetalingerForPerson: utbetalinger,
  };
}

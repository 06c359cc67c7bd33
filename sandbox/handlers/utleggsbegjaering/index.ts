import { loadRegelkatalog } from '../../../src/spec/catalog.ts';
import { apiVersion } from '../../../src/spec/versions.ts';
import type { Utleggsbegjaering } from '../../../src/model/utleggsbegjaering.ts';
import { VEDLEGG_UNDER_BEHANDLING, type RegelKontekst, type Modus, type Vedleggsstatus } from '../../rules/types.ts';
import { sendEmpty, sendJson } from '../../http/exchange.ts';
import type { Kall, Mount, Operasjoner } from '../../http/mount.ts';
import type { InnsendingRegister, LagretInnsending } from '../../state/innsendinger.ts';
import type { VedleggRegister } from '../../state/vedlegg.ts';
import { evaluate, reglerFor } from '../../rules/utleggsbegjaering/index.ts';
import { norskDato } from '../../rules/utleggsbegjaering/felles/dato.ts';
import { innsendingsstatus, kontrollutslag, kvittering, vedleggsstatus } from './svar.ts';

const VEDLEGG_SJEKK_IGJEN_S = 5;

export interface UtleggsbegjaeringState {
  innsendinger: InnsendingRegister;
  vedlegg: VedleggRegister;
  /** The sandbox's party register, as the register rules (…_MANGLER_I_REGISTERET, …_ER_ENK, …HOVEDENHET) ask it. */
  partsregister: RegelKontekst['partsregister'];
}

/**
 * sendInn, valider, endre, hent and the attachment operations. The rules run synchronously and the
 * store is written in the same turn, so the duplicate check cannot race with a concurrent twin.
 */
export function utleggsbegjaeringHandlers(state: () => UtleggsbegjaeringState, mount: () => Mount, chosen: string | undefined, now: () => Date): Operasjoner {
  const version = apiVersion('utleggsbegjaering', chosen).version;
  const katalog = loadRegelkatalog(version);
  // Bound now, at start-up: a catalog code without a rule module stops the sandbox before its first request.
  reglerFor(version);

  function kontekst(kall: Kall, modus: Modus, tidligere?: LagretInnsending): RegelKontekst {
    const { innsendinger, vedlegg } = state();
    const orgnr = kall.aktoer.orgnr;
    return {
      modus,
      paaloggetOrgnr: orgnr,
      tidligere: tidligere ? { begjaering: tidligere.begjaering, status: tidligere.status } : undefined,
      erDuplikat: (o, d, r) => innsendinger.erDuplikat(o, d, r, tidligere?.begjaeringId),
      hentVedlegg: (uuid) => vedlegg.hent(uuid, orgnr),
      partsregister: state().partsregister,
      // The sandbox's clock decides "today" (payments in the future, the transition period), so a test can move it.
      idag: norskDato(now()),
    };
  }

  /** Runs the rules; answers 422 and returns false when any is broken. */
  function bestaar(kall: Kall, b: Utleggsbegjaering, ktx: RegelKontekst): boolean {
    const brudd = evaluate(b, ktx, version);
    if (brudd.length === 0) return true;
    const body = kontrollutslag(brudd, katalog, kall.ex.korrelasjonsid, kall.ex.req.url?.split('?')[0] ?? '');
    sendJson(kall.ex, 422, body, {}, 'application/problem+json');
    return false;
  }

  /** Where a resource lives, from the document's own path of the operation that fetches it (a published document may differ). */
  function adresse(operationId: string, param: string, id: string): string {
    const op = mount().spec.operations.get(operationId);
    return op ? op.fullPath.replace(`{${param}}`, encodeURIComponent(id)) : `${mount().basePath}/${id}`;
  }

  /** An attachment still being processed tells the client when to look again (Retry-After, seconds). */
  function kommIgjen(status: Vedleggsstatus): Record<string, string> {
    return VEDLEGG_UNDER_BEHANDLING.has(status) ? { 'retry-after': String(VEDLEGG_SJEKK_IGJEN_S) } : {};
  }

  function ikkeFunnet(kall: Kall, hva: string): void {
    mount().feil(kall.ex, 'ikkeFunnet', `${hva} finnes ikke`);
  }

  return {
    sendInnUtleggsbegjaering(kall) {
      const b = kall.body as Utleggsbegjaering;
      if (!bestaar(kall, b, kontekst(kall, 'sendInn'))) return;
      const lagret = state().innsendinger.lagre(b, kall.aktoer.orgnr, now());
      sendJson(kall.ex, 201, kvittering(lagret), { location: adresse('hentUtleggsbegjaering', 'begjaeringId', lagret.begjaeringId) });
    },

    validerUtleggsbegjaering(kall) {
      if (bestaar(kall, kall.body as Utleggsbegjaering, kontekst(kall, 'valider'))) sendEmpty(kall.ex, 204);
    },

    endreUtleggsbegjaering(kall) {
      const tidligere = state().innsendinger.hent(kall.params.begjaeringId, kall.aktoer.orgnr);
      if (!tidligere) return ikkeFunnet(kall, `Begjæringen ${kall.params.begjaeringId}`);
      const b = kall.body as Utleggsbegjaering;
      if (!bestaar(kall, b, kontekst(kall, 'endre', tidligere))) return;
      sendJson(kall.ex, 200, kvittering(state().innsendinger.endre(tidligere, b, now())));
    },

    hentUtleggsbegjaering(kall) {
      const lagret = state().innsendinger.hent(kall.params.begjaeringId, kall.aktoer.orgnr);
      if (!lagret) return ikkeFunnet(kall, `Begjæringen ${kall.params.begjaeringId}`);
      sendJson(kall.ex, 200, innsendingsstatus(lagret));
    },

    lastOppVedlegg(kall) {
      const raw = kall.ex.raw;
      if (!raw || raw.length === 0) {
        return mount().feil(kall.ex, 'ugyldig', 'the attachment is empty', [{ felt: '', melding: 'request body is required' }]);
      }
      const lagret = state().vedlegg.lastOpp(
        { filnavn: String(kall.query.filnavn), innsenderReferanse: String(kall.query.innsenderReferanse), eierOrgnr: kall.aktoer.orgnr, stoerrelse: raw.length },
        now(),
      );
      sendJson(kall.ex, 201, vedleggsstatus(lagret), { location: adresse('hentVedlegg', 'vedleggId', lagret.uuid), ...kommIgjen(lagret.status) });
    },

    hentVedlegg(kall) {
      const v = state().vedlegg.hent(kall.params.vedleggId, kall.aktoer.orgnr);
      if (!v) return ikkeFunnet(kall, `Vedlegget ${kall.params.vedleggId}`);
      sendJson(kall.ex, 200, vedleggsstatus(v), kommIgjen(v.status));
    },
  };
}

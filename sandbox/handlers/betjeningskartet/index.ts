import { sendJson, type Detalj } from '../../http/exchange.ts';
import type { Mount, Operasjoner } from '../../http/mount.ts';
import { norskDato } from '../../rules/utleggsbegjaering/felles/dato.ts';
import { identifikatorFeil, regelverkFor, samletRegelverk } from './regelverk.ts';

/**
 * Answers from the test environment's locked parties (specs/data/gammelt-regelverk.json) and the
 * sandbox's clock, so a test can stand on either side of the transition period's end. The schema has
 * already refused a list that is empty, too long, repeats itself or holds a badly shaped identifier.
 */
export function betjeningskartetHandlers(mount: () => Mount, now: () => Date): Operasjoner {
  return {
    slaaOppRegelverk(kall) {
      const { identifikatorer } = kall.body as { identifikatorer: string[] };
      const detaljer: Detalj[] = [];
      identifikatorer.forEach((id, i) => {
        const feil = identifikatorFeil(id);
        if (feil) detaljer.push({ felt: `/identifikatorer/${i}`, melding: feil });
      });
      if (detaljer.length > 0) return mount().feil(kall.ex, 'ugyldig', 'some identifiers are not valid', detaljer);
      const dato = norskDato(now());
      const resultater = identifikatorer.map((id) => regelverkFor(id, dato));
      sendJson(kall.ex, 200, { dato, samletRegelverk: samletRegelverk(resultater), resultater });
    },

    hentRegelverk(kall) {
      const identifikator = String(kall.params.identifikator);
      const feil = identifikatorFeil(identifikator);
      if (feil) return mount().feil(kall.ex, 'ugyldig', 'the identifier is not valid', [{ felt: 'identifikator', melding: feil }]);
      const dato = norskDato(now());
      sendJson(kall.ex, 200, { ...regelverkFor(identifikator, dato), dato });
    },
  };
}

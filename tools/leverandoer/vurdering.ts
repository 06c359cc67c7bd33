import { Oektsdommer } from './dommer/oekt.ts';
import type { Funn, Oekthode, Utvekslingspost } from './post.ts';

/** A session as certify sees it: the records with their findings, what only its end showed, its judges' state. */
export interface Oektsvurdering {
  hode: Oekthode;
  poster: Utvekslingspost[];
  slutt: Funn[];
  dommer: Oektsdommer;
}

/**
 * Judges a recorded session again: the findings judged from an exchange's own bytes are kept as they
 * were stored (those bytes may be masked since), the session's are judged anew from the facts, so a
 * recording cut short (the recorder killed) still gets its end-of-session findings.
 */
export function vurderOekt(hode: Oekthode, poster: readonly Utvekslingspost[]): Oektsvurdering {
  const dommer = new Oektsdommer(hode.valg, hode.utsteder);
  const ut = poster.map((p) => {
    const kopi: Utvekslingspost = { ...p, funn: p.funn.filter((f) => f.omfang === 'utveksling') };
    kopi.funn.push(...dommer.observer(kopi));
    return kopi;
  });
  return { hode, poster: ut, slutt: dommer.avslutt(), dommer };
}

export function alleFunn(v: Oektsvurdering): Funn[] {
  return [...v.poster.flatMap((p) => p.funn), ...v.slutt];
}

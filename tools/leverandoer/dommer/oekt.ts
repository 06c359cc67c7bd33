import type { Funn, Utvekslingspost, Valg } from '../post.ts';
import { Flytdommer } from './flyt.ts';
import { Maskinportendommer } from './maskinporten.ts';

/**
 * The judges over a session, fed one exchange at a time in order. They read only a record's facts, so
 * certify runs them again over a recording and gets what the live recorder printed.
 */
export class Oektsdommer {
  readonly maskinporten: Maskinportendommer;
  readonly flyt: Flytdommer;

  constructor(valg: Valg, utsteder: string | undefined) {
    this.maskinporten = new Maskinportendommer(valg, utsteder);
    this.flyt = new Flytdommer(valg);
  }

  observer(p: Utvekslingspost): Funn[] {
    return [...this.maskinporten.observer(p), ...this.flyt.observer(p)];
  }

  avslutt(): Funn[] {
    return this.flyt.avslutt();
  }
}

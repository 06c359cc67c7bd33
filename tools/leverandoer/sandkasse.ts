import type { IncomingMessage, ServerResponse } from 'node:http';
import { klargjoerMappe, startOpptak, type Opptak, type OpptakValg } from './opptak.ts';
import { flateHeaders, leses, Tapp, type RaaUtveksling } from './raa.ts';

type Skriv = ServerResponse['write'];
type Avslutt = ServerResponse['end'];

/**
 * The sandbox's exchange hook (SandboxOptions.onExchange) for a recording: a tee of the request body and
 * of what the sandbox writes back, handed to the recorder once the answer is finished or the connection
 * gone. Called before the sandbox reads the request, in the same turn, so both see every chunk.
 */
export function sandkassekrok(mottak: (raa: Omit<RaaUtveksling, 'origin'>) => void): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    try {
      const start = Date.now();
      const inn = new Tapp(leses(req.headers['content-type']));
      const ut = new Tapp(true);
      let typeKjent = false;
      const tapp = (chunk: unknown, encoding?: unknown) => {
        if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
        if (!typeKjent) {
          typeKjent = true;
          ut.behold = leses(res.getHeader('content-type') as string | undefined);
        }
        ut.skriv(typeof chunk === 'string' ? Buffer.from(chunk, (typeof encoding === 'string' ? encoding : 'utf8') as BufferEncoding) : Buffer.from(chunk as Uint8Array));
      };
      req.on('data', (chunk: Buffer) => inn.skriv(chunk));
      const write = res.write as Skriv;
      const end = res.end as Avslutt;
      res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
        tapp(chunk, rest[0]);
        return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
      } as Skriv;
      res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
        tapp(chunk, rest[0]);
        return (end as (...a: unknown[]) => ServerResponse).call(this, chunk, ...rest);
      } as Avslutt;
      let levert = false;
      const lever = (avbrudd?: string) => {
        if (levert) return;
        levert = true;
        mottak({
          start, slutt: Date.now(), metode: req.method ?? 'GET', url: req.url ?? '/',
          foresporselHeaders: flateHeaders(req.headers), inn: inn.ferdig(),
          ...(res.headersSent ? { svar: { status: res.statusCode, headers: flateHeaders(res.getHeaders()), kropp: ut.ferdig() } } : {}),
          ...(avbrudd ? { avbrudd } : {}),
        });
      };
      res.once('finish', () => lever());
      res.once('close', () => lever(res.writableFinished ? undefined : 'the connection closed before the answer was finished'));
    } catch {
      // The recording is a bystander: whatever goes wrong here, the sandbox serves the request as ever.
    }
  };
}

export interface Sandkasseopptak {
  /** The hook to give createSandbox as onExchange. */
  krok: (req: IncomingMessage, res: ServerResponse) => void;
  /** Starts the session once the sandbox listens (its origin is the recording's target, its issuer the grants' audience). */
  start(url: string): Opptak;
  lukk(): Promise<void>;
}

/**
 * A recording of the sandbox: the hook exists before the sandbox does, the session once it listens;
 * an exchange finished in between (a request that arrived while it was starting) waits for the session.
 * Throws OpptakError at once when the folder cannot be written.
 */
export function sandkasseopptak(valg: Omit<OpptakValg, 'modus' | 'maal' | 'utsteder'>): Sandkasseopptak {
  klargjoerMappe(valg.mappe);
  let opptak: Opptak | undefined;
  let url = '';
  const venter: Omit<RaaUtveksling, 'origin'>[] = [];
  const lever = (raa: Omit<RaaUtveksling, 'origin'>) => opptak!.observer({ ...raa, origin: url });
  return {
    krok: sandkassekrok((raa) => (opptak ? lever(raa) : venter.push(raa))),
    start(u) {
      url = u;
      opptak = startOpptak({ ...valg, modus: 'sandkasse', maal: u, utsteder: `${u}/maskinporten/` });
      for (const raa of venter.splice(0)) lever(raa);
      return opptak;
    },
    async lukk() {
      await opptak?.lukk();
    },
  };
}

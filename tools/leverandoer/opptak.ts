import { randomBytes } from 'node:crypto';
import { accessSync, constants, createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { createDommer } from './dommer/index.ts';
import { FORMAT, STANDARDVALG, type Funn, type Modus, type Oekthode, type Utvekslingspost, type Valg } from './post.ts';
import type { RaaUtveksling } from './raa.ts';
import { brukteSpesifikasjoner } from './rute.ts';
import { versjonAvProsjektet } from './prosjekt.ts';

export interface OpptakValg {
  /** The folder the session's JSONL file is written to (created when missing). */
  mappe: string;
  modus: Modus;
  /** The origin the exchanges go to. */
  maal: string;
  /** The sandbox's Maskinporten issuer. */
  utsteder?: string;
  valg?: Partial<Valg>;
  /** A line per finding as it is found; default process.stderr, null for none. */
  utskrift?: Writable | null;
  /** Called with each record once written (tests, the proxy's own counters). */
  vedPost?: (post: Utvekslingspost) => void;
}

export interface Opptak {
  readonly fil: string;
  readonly hode: Oekthode;
  /** Judges an exchange and appends its record. Never throws: a recorder must not break what it records. */
  observer(raa: RaaUtveksling): void;
  /** How many exchanges and findings so far. */
  readonly antall: { utvekslinger: number; feil: number; advarsler: number };
  /** Prints what only the end of the session shows, and closes the file. */
  lukk(): Promise<Funn[]>;
}

const enLinje = (s: string) => s.replace(/\s*\n\s*/g, ' / ');

/** `#12 POST /api/…/utleggsbegjaering → 422  FEIL regel.UGYLDIG_KID: …`: the path without its query. */
export function funnlinje(f: Funn, post?: Pick<Utvekslingspost, 'foresporsel' | 'svar'>): string {
  let hva = '';
  if (post) {
    const url = new URL(post.foresporsel.url);
    hva = ` ${post.foresporsel.metode} ${url.pathname} → ${post.svar?.status ?? 'intet svar'}`;
  }
  return `opptak: #${f.nr}${hva}  ${f.alvor === 'feil' ? 'FEIL' : 'ADVARSEL'} ${f.sjekk}: ${enLinje(f.melding)}`;
}

/** The recording folder cannot be made or written: bad input, named with its folder. */
export class OpptakError extends Error {}

/** Makes the folder (when missing) and checks it can be written, before anything listens. */
export function klargjoerMappe(mappe: string): string {
  const full = resolve(mappe);
  try {
    mkdirSync(full, { recursive: true });
    accessSync(full, constants.W_OK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new OpptakError(`cannot record to ${mappe}: ${code === 'EEXIST' || code === 'ENOTDIR' ? 'it is a file, not a folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (err as Error).message}`);
  }
  return full;
}

export function startOpptak(options: OpptakValg): Opptak {
  const valg: Valg = { ...STANDARDVALG, ...options.valg };
  const start = new Date();
  const id = `${start.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}-${process.pid}-${randomBytes(3).toString('hex')}`;
  const mappe = klargjoerMappe(options.mappe);
  const fil = join(mappe, `oekt-${id}.jsonl`);
  const hode: Oekthode = {
    type: 'oekt', format: FORMAT, id, start: start.toISOString(), modus: options.modus, maal: options.maal,
    ...(options.utsteder ? { utsteder: options.utsteder } : {}),
    valg, spesifikasjoner: brukteSpesifikasjoner(), verktoey: { navn: 'innkreving-conformance', versjon: versjonAvProsjektet(), node: process.version },
  };
  const ut: WriteStream = createWriteStream(fil, { flags: 'a' });
  let skrivefeil: Error | undefined;
  let lukket: Promise<Funn[]> | undefined;
  ut.on('error', (err) => {
    skrivefeil = err;
  });
  ut.write(`${JSON.stringify(hode)}\n`);
  const dommer = createDommer({ modus: options.modus, valg, utsteder: options.utsteder });
  const utskrift = options.utskrift === undefined ? process.stderr : options.utskrift;
  const antall = { utvekslinger: 0, feil: 0, advarsler: 0 };
  const skrivFunn = (f: Funn, post?: Utvekslingspost) => {
    if (f.alvor === 'feil') antall.feil++;
    else antall.advarsler++;
    utskrift?.write(`${funnlinje(f, post)}\n`);
  };

  return {
    fil,
    hode,
    antall,
    observer(raa) {
      // An exchange that ends after the session closed (a slow upload at shutdown) is not recorded.
      if (lukket) return;
      try {
        const post = dommer.doem(raa);
        antall.utvekslinger++;
        if (!skrivefeil) ut.write(`${JSON.stringify(post)}\n`);
        for (const f of post.funn) skrivFunn(f, post);
        options.vedPost?.(post);
      } catch (err) {
        // A judge that fails is our bug; the exchange itself went through untouched.
        utskrift?.write(`opptak: could not judge ${raa.metode} ${raa.url.split('?')[0]}: ${String((err as Error)?.message ?? err).split('\n')[0]}\n`);
      }
    },
    lukk() {
      lukket ??= (async () => {
        const slutt = dommer.avslutt();
        for (const f of slutt) skrivFunn(f);
        await new Promise<void>((done) => ut.end(() => done()));
        if (skrivefeil) throw new Error(`opptak: could not write ${fil}: ${skrivefeil.message}`);
        return slutt;
      })();
      return lukket;
    },
  };
}

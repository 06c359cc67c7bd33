import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FORMAT, type Oekthode, type Utvekslingspost } from './post.ts';

/** A recording that cannot be read: names the folder, file and line. */
export class OpptaksfilError extends Error {}

export interface LestOekt {
  fil: string;
  sha256: string;
  bytes: number;
  hode: Oekthode;
  poster: Utvekslingspost[];
  /** Lines that could not be read (a recorder killed mid-line): said, and skipped. */
  advarsler: string[];
}

const vis = (f: string) => {
  const r = relative(process.cwd(), f);
  return r.startsWith('..') ? f : r;
};

function lesFil(fil: string): LestOekt {
  const bytes = readFileSync(fil);
  const linjer = bytes.toString('utf8').split('\n');
  const advarsler: string[] = [];
  let hode: Oekthode | undefined;
  const poster: Utvekslingspost[] = [];
  linjer.forEach((tekst, i) => {
    if (tekst.trim() === '') return;
    let linje: { type?: unknown; format?: unknown; nr?: unknown };
    try {
      linje = JSON.parse(tekst);
    } catch {
      // The last line of a recorder that was killed may be cut off; any other bad line is said too.
      advarsler.push(`${vis(fil)}:${i + 1}: not a JSON line${i >= linjer.length - 2 ? ' (cut off at the end: the recorder stopped while writing?)' : ''}; skipped`);
      return;
    }
    if (i === 0 || !hode) {
      if (linje?.type !== 'oekt') throw new OpptaksfilError(`${vis(fil)}:${i + 1}: the first line must be the session header ({"type":"oekt",…}); is this a recording of npm run sandbox -- --record or npm run proxy?`);
      if (linje.format !== FORMAT) throw new OpptaksfilError(`${vis(fil)}:${i + 1}: recording format ${JSON.stringify(linje.format)}, this version reads format ${FORMAT}`);
      hode = linje as Oekthode;
      return;
    }
    if (linje?.type !== 'utveksling' || typeof linje.nr !== 'number') {
      advarsler.push(`${vis(fil)}:${i + 1}: not an exchange record; skipped`);
      return;
    }
    poster.push(linje as Utvekslingspost);
  });
  if (!hode) throw new OpptaksfilError(`${vis(fil)}: is empty; a recording starts with its session header`);
  return { fil: vis(fil), sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length, hode, poster, advarsler };
}

/** Every session of a recording folder (oekt-*.jsonl), oldest first; or one file given directly. */
export function lesOpptak(sti: string): LestOekt[] {
  let st;
  try {
    st = statSync(sti);
  } catch {
    throw new OpptaksfilError(`${sti} does not exist; give the folder of npm run sandbox -- --record DIR or of npm run proxy -- --record DIR`);
  }
  const filer = st.isDirectory() ? readdirSync(sti).filter((f) => /^oekt-.*\.jsonl$/.test(f)).sort().map((f) => join(sti, f)) : [sti];
  if (filer.length === 0) throw new OpptaksfilError(`${sti} holds no recording (no oekt-*.jsonl files)`);
  return filer.map(lesFil).sort((a, b) => a.hode.start.localeCompare(b.hode.start));
}

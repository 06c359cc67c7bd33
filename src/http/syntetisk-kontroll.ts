import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { finnIkkeSyntetiske, type SyntetiskFunn } from '../data/syntetisk.ts';

/**
 * The check before a request leaves the machine (Skatteetaten's checklist: only synthetic data in
 * messages and attachments): every fødselsnummer and D-nummer in its path, query and body must be
 * synthetic, and organisation numbers in the series real enterprises get are warned about. A finding
 * that stops a request names where it is in the request and where the value came from.
 */

export interface Forespoerselsfunn extends SyntetiskFunn {
  /** Where in the request: `body /saksoekte/0/identifikator`, `path`, `query partIdentifikator`, `body (byte 120)`. */
  hvor: string;
  /** The file or generator the value came from, when known. */
  kilde?: string;
}

export interface Kontrollresultat {
  /** `METHOD url` of the request checked. */
  forespoersel: string;
  stopp: Forespoerselsfunn[];
  advarsler: Forespoerselsfunn[];
}

export interface SyntetiskKontroll {
  /** Organisation numbers that are real on purpose: the supplier's own (the checklist asks for it). */
  egneOrgnr?: readonly string[];
  /** Files or folders of JSON the request's data may come from; searched to name a finding's source. */
  kilder?: readonly string[];
  /** Called for every request checked, before it is sent (or stopped). */
  etterKontroll?: (resultat: Kontrollresultat) => void;
}

export interface KontrollertForespoersel {
  method: string;
  url: URL;
  json?: unknown;
  raw?: { data: string | Uint8Array; contentType: string };
  /** Where the body came from, when the caller knows (an example file, a generator and its seed). */
  opphav?: string;
}

/** Only the birth date of a real-looking number is shown: the rest identifies a person. */
export function maskert(verdi: string): string {
  return verdi.length === 11 ? `${verdi.slice(0, 6)}*****` : verdi;
}

const DIGIT_RUN = /(?<!\d)(\d{11}|\d{9})(?!\d)/g;

function iTekst(text: string, hvor: (offset: number) => string): Forespoerselsfunn[] {
  const funn: Forespoerselsfunn[] = [];
  for (const m of text.matchAll(DIGIT_RUN)) for (const f of finnIkkeSyntetiske(m[1])) funn.push({ ...f, hvor: hvor(m.index ?? 0) });
  return funn;
}

function iBody(req: KontrollertForespoersel): Forespoerselsfunn[] {
  if (req.json !== undefined) return finnIkkeSyntetiske(req.json).map((f) => ({ ...f, hvor: `body ${f.sti || '/'}` }));
  if (!req.raw) return [];
  const text = typeof req.raw.data === 'string' ? req.raw.data : Buffer.from(req.raw.data).toString('latin1');
  if (/json/i.test(req.raw.contentType)) {
    try {
      return finnIkkeSyntetiske(JSON.parse(text)).map((f) => ({ ...f, hvor: `body ${f.sti || '/'}` }));
    } catch {
      // Deliberately malformed JSON: its digits are checked as text below.
    }
  }
  return iTekst(text, (at) => `body (byte ${at})`);
}

// An identifier in a path or query is the whole segment or value; digits inside a uuid are not one.
function iAdresse(url: URL): Forespoerselsfunn[] {
  const funn: Forespoerselsfunn[] = [];
  for (const segment of url.pathname.split('/')) {
    let value = segment;
    try { value = decodeURIComponent(segment); } catch { /* checked as written */ }
    for (const f of finnIkkeSyntetiske(value)) funn.push({ ...f, hvor: 'path' });
  }
  for (const [name, value] of url.searchParams) for (const f of finnIkkeSyntetiske(value)) funn.push({ ...f, hvor: `query ${name}` });
  return funn;
}

function jsonFiles(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? jsonFiles(join(path, e.name)) : e.name.endsWith('.json') ? [join(path, e.name)] : []));
}

/** The first of `kilder` (files, or folders of .json files) that holds the value, or undefined. */
export function finnKilde(verdi: string, kilder: readonly string[]): string | undefined {
  for (const file of kilder.flatMap(jsonFiles)) {
    try {
      if (readFileSync(file, 'utf8').includes(verdi)) {
        const near = relative(process.cwd(), file);
        return near.startsWith('..') || isAbsolute(near) ? file : near.split('\\').join('/');
      }
    } catch {
      // An unreadable file cannot be the source.
    }
  }
  return undefined;
}

/** Checks one request; the request may be sent when `stopp` is empty. */
export function kontrollerForespoersel(req: KontrollertForespoersel, kontroll: SyntetiskKontroll = {}): Kontrollresultat {
  const egne = new Set(kontroll.egneOrgnr ?? []);
  const funn = [...iAdresse(req.url), ...iBody(req)];
  const stopp = funn.filter((f) => f.alvor === 'stopp').map((f) => ({ ...f, kilde: req.opphav ?? finnKilde(f.verdi, kontroll.kilder ?? []) }));
  const advarsler = funn.filter((f) => f.alvor === 'advarsel' && !egne.has(f.verdi));
  return { forespoersel: `${req.method} ${req.url.href}`, stopp, advarsler };
}

/** A request that was not sent because it held what may be a real person's number. */
export class IkkeSyntetiskeDataError extends Error {
  constructor(readonly resultat: Kontrollresultat) {
    const lines = resultat.stopp.map(
      (f) =>
        `${f.hvor} is ${maskert(f.verdi)}, which ${f.grunn}; ${f.kilde ? `it comes from ${f.kilde}` : 'no example or parties file holds it, so a generator or the test itself made it'}`,
    );
    super(`Stopped before sending ${resultat.forespoersel}: only synthetic data may leave this machine.\n  ${lines.join('\n  ')}`);
    this.name = 'IkkeSyntetiskeDataError';
  }
}

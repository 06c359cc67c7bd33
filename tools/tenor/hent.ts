import { lesDokument, TENOR_PER_SOEK, type TenorKilde } from '../../generators/parties/index.ts';
import { fraTenorSvar, TenorFeil } from './feil.ts';

// Fetches N documents from Tenor's search API. One query reaches at most 200 documents whatever the
// page, so past that the fetch asks again with the next seed (Tenor shuffles by seed) and keeps only
// documents it has not seen, by tenorMetadata.id, as the clients that know the limit do. Each document
// is read with the same mapper as --parties: one that cannot become a party is skipped and named, one
// holding a real-looking personal number stops the fetch, so what is written always imports.

type Obj = Record<string, unknown>;

/** The fields asked for with vis; tenorMetadata carries kildedata, the only place organisasjonsform is. */
export const VIS: Record<TenorKilde, readonly string[]> = {
  freg: ['id', 'identifikator', 'identifikatorType', 'fornavn', 'etternavn', 'visningnavn', 'foedselsdato', 'personstatus', 'bostedsadresse', 'tenorMetadata'],
  'brreg-er-fr': ['organisasjonsnummer', 'navn', 'forretningsadresse', 'postadresse', 'tenorMetadata'],
};

/** Page size: small enough that a few skipped documents do not cost a whole extra query. */
const SIDE = 100;
/** Seeds in a row that bring nothing new before the fetch settles for what it has. */
const TOMME_RUNDER = 3;

export interface HentValg {
  /** Tenor's API root, e.g. https://testdata.api.skatteetaten.no/api/testnorge/v2 */
  baseUrl: string;
  kilde: TenorKilde;
  kql: string;
  antall: number;
  seed: number;
  token: () => Promise<string>;
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** After each page. */
  fremdrift?: (f: { hentet: number; antall: number; seed: number; side: number; treff: number }) => void;
  /** A document skipped, or mapped with a note; one line each. */
  advar?: (linje: string) => void;
}

export interface Hentet {
  dokumentListe: Obj[];
  /** What the query matches, as Tenor counted it. */
  treff: number;
  seeds: number[];
  sider: number;
}

const tekst = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

function idAv(d: Obj): string | undefined {
  const meta = d.tenorMetadata && typeof d.tenorMetadata === 'object' ? (d.tenorMetadata as Obj) : {};
  return tekst(meta.id) ?? tekst(d.id) ?? tekst(d.organisasjonsnummer) ?? (Array.isArray(d.identifikator) ? tekst(d.identifikator[0]) : undefined);
}

async function side(valg: HentValg, seed: number, nr: number, antall: number): Promise<{ treff: number; nesteSide: number | null; dokumentListe: unknown[] }> {
  const params = new URLSearchParams({ kql: valg.kql, antall: String(antall), side: String(nr), seed: String(seed), vis: VIS[valg.kilde].join(',') });
  const url = `${valg.baseUrl.replace(/\/+$/, '')}/soek/${valg.kilde}?${params}`;
  const token = await valg.token();
  let res: Response;
  try {
    res = await (valg.fetch ?? fetch)(url, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' }, signal: AbortSignal.timeout(valg.timeoutMs ?? 30_000) });
  } catch (err) {
    const cause = err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err);
    throw new TenorFeil('nettverk', `cannot reach Tenor at ${new URL(url).origin}: ${cause}`);
  }
  const text = await res.text().catch(() => '');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const b = (body && typeof body === 'object' ? body : {}) as Obj;
  if (!res.ok) {
    const melding = tekst(b.message) ?? tekst(b.melding) ?? tekst(b.error_description) ?? tekst(b.error) ?? text.replace(/\s+/g, ' ').slice(0, 200);
    throw fraTenorSvar(res.status, melding, `${new URL(url).origin}${new URL(url).pathname}`, valg.kql);
  }
  if (!Array.isArray(b.dokumentListe)) throw new TenorFeil('svar', `Tenor's answer at ${new URL(url).pathname} has no dokumentListe`);
  const treff = typeof b.treff === 'number' ? b.treff : b.dokumentListe.length;
  const nesteSide = typeof b.nesteSide === 'number' ? b.nesteSide : null;
  return { treff, nesteSide, dokumentListe: b.dokumentListe };
}

export async function hentFraTenor(valg: HentValg): Promise<Hentet> {
  const sett = new Set<string>();
  const beholdt: Obj[] = [];
  const seeds: number[] = [];
  const advar = valg.advar ?? (() => {});
  let treff = 0;
  let sider = 0;
  let tomme = 0;
  for (let seed = valg.seed; beholdt.length < valg.antall; seed++) {
    seeds.push(seed);
    let nye = 0;
    for (let nr = 0; ; ) {
      const svar = await side(valg, seed, nr, Math.min(SIDE, TENOR_PER_SOEK));
      treff = svar.treff;
      sider++;
      for (const d of svar.dokumentListe) {
        if (beholdt.length >= valg.antall) break;
        if (!d || typeof d !== 'object') continue;
        const id = idAv(d as Obj);
        if (id === undefined) {
          advar(`skipped a document of seed ${seed} page ${nr}: it has no tenorMetadata.id`);
          continue;
        }
        if (sett.has(id)) continue;
        sett.add(id);
        nye++;
        const lest = lesDokument(d, '');
        const ekte = lest.feil.find((f) => f.ekte);
        if (ekte) throw new TenorFeil('ekte', `document ${id}: ${ekte.sti}: ${ekte.melding}; nothing written`);
        if (lest.feil.length) {
          advar(`skipped ${id}: ${lest.feil.map((f) => (f.sti ? `${f.sti}: ${f.melding}` : f.melding)).join('; ')}`);
          continue;
        }
        for (const a of lest.advarsler) advar(`${id}: ${a.sti ? `${a.sti}: ` : ''}${a.melding}`);
        beholdt.push(d as Obj);
      }
      valg.fremdrift?.({ hentet: beholdt.length, antall: valg.antall, seed, side: nr, treff });
      if (beholdt.length >= valg.antall || svar.nesteSide === null || svar.dokumentListe.length === 0) break;
      nr = svar.nesteSide;
    }
    // Everything the query matches has been seen, or one seed already reaches all of it.
    if (sett.size >= treff || treff <= TENOR_PER_SOEK) break;
    tomme = nye === 0 ? tomme + 1 : 0;
    if (tomme >= TOMME_RUNDER) break;
  }
  return { dokumentListe: beholdt, treff, seeds, sider };
}

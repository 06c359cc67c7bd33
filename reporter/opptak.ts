import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SANDBOX_CLIENT } from '../src/config/environment.ts';
import { redactText } from '../src/redact.ts';
import { loadSpec } from '../src/spec/document.ts';
import { byggRapport } from '../tools/certify/modell.ts';
import { lesOpptak, type LestOekt } from '../tools/leverandoer/les.ts';
import type { Valg } from '../tools/leverandoer/post.ts';
import { writeSummary } from './certification.ts';
import { kjoeringsmetadata } from './metadata.ts';
import { tekster } from './tekster.ts';
import type { Leverandoerrapport, Miljoeklasse, Sertifiseringsrapport, Spesifikasjon, Spraak } from './types.ts';

const ROT = fileURLToPath(new URL('..', import.meta.url));

/** The documents the sessions were judged against, with their source; a document changed since is warned about. */
function spesifikasjoner(oekter: LestOekt[], advarsler: string[]): Spesifikasjon[] {
  const ut = new Map<string, Spesifikasjon>();
  for (const s of oekter.flatMap((o) => o.hode.spesifikasjoner ?? [])) {
    const key = `${s.api}|${s.versjon}|${s.sha256}`;
    if (ut.has(key)) continue;
    let publisert: boolean | undefined;
    try {
      const spec = loadSpec(s.api as never, s.versjon);
      publisert = spec.publisert;
      if (spec.sha256 !== s.sha256) advarsler.push(tekster().advarsel.dokumentEndret(s.api, s.versjon, spec.sha256.slice(0, 12), s.sha256.slice(0, 12)));
    } catch {
      publisert = undefined;
    }
    ut.set(key, { api: s.api, versjon: s.versjon, fil: s.fil, sha256: s.sha256, ...(publisert !== undefined ? { publisert } : {}) });
  }
  return [...ut.values()];
}

/** When the recording spans: the first session's start to its last exchange. */
function tid(oekter: LestOekt[]): Sertifiseringsrapport['tid'] {
  const tider = oekter.flatMap((o) => [o.hode.start, ...o.poster.map((p) => p.tid)]).map((x) => Date.parse(x)).filter(Number.isFinite);
  const start = tider.length ? Math.min(...tider) : Date.now();
  const slutt = tider.length ? Math.max(...tider) : start;
  return { start: new Date(start).toISOString(), slutt: new Date(slutt).toISOString(), varighetMs: slutt - start };
}

/**
 * The certification summary of a recording alone (no test run): the supplier section, the recording's
 * own notice, and the grounds a recording has (the suite's version and commit that judged it, Node). It
 * claims nothing about the suite's tests: they did not run, which the summary says in its amber box.
 */
export function rapportFraOpptak(l: Leverandoerrapport, oekter: LestOekt[], spraak: Spraak = 'nb', metadata: Record<string, unknown> = kjoeringsmetadata({ rootDir: ROT })): Sertifiseringsrapport {
  const t = tekster(spraak);
  const advarsler: string[] = [];
  const tokens = oekter.flatMap((o) => o.poster.map((p) => p.fakta.token).filter((x) => x !== undefined));
  const sandkassensTestklient = tokens.length > 0 && tokens.every((x) => x.klient === SANDBOX_CLIENT.clientId);
  const klasse = l.miljoe.klasse as Miljoeklasse;
  const maal = [...new Set(l.opptak.map((o) => o.maal))].join(', ');
  const utstedere = [...new Set(tokens.map((x) => x.iss).filter((x): x is string => typeof x === 'string' && x !== ''))];
  // The supplier is named only where the recording is evidence: its own client's tokens, acting for itself.
  const egne = [...new Set(tokens.filter((x) => !x.systembruker).map((x) => x.org).filter((x): x is string => !!x))];
  const p = (metadata.prosjekt ?? {}) as Record<string, unknown>;
  const vist = l.scenarier.filter((s) => s.resultat === 'vist').length;
  return {
    format: 'innkreving-conformance/sertifiseringsrapport',
    formatVersjon: 3,
    spraak,
    generert: l.generert,
    status: {
      utfall: l.totalt.feil > 0 ? 'feilet' : 'bestaatt',
      tekst: [t.leverandoer.statuslinje({ feil: l.totalt.feil, advarsler: l.totalt.advarsler, utvekslinger: l.totalt.utvekslinger, vist, scenarier: l.scenarier.length }), ...(l.miljoe.bevis ? [] : [t.statusForbehold.ikkeBevis])].join(' '),
    },
    miljoe: {
      type: 'opptak',
      klasse,
      navn: t.leverandoer.miljoeNavn(klasse),
      baseUrl: redactText(maal),
      maskinporten: utstedere.length ? redactText(utstedere.join(', ')) : null,
      erSandkasse: oekter.some((o) => o.hode.modus === 'sandkasse'),
      erBevis: l.miljoe.bevis,
      leverandoerOrg: l.miljoe.bevis && !sandkassensTestklient && egne.length ? egne.join(', ') : null,
      sandkassensTestklient,
    },
    miljoeMerknad: l.miljoe.merknad,
    delvis: { filtre: [], ikkeKjoert: 0, merknad: t.leverandoer.bareOpptak },
    delkjoering: null,
    kjoering: {
      prosjekt: {
        navn: typeof p.navn === 'string' ? p.navn : 'innkreving-conformance',
        versjon: typeof p.versjon === 'string' ? p.versjon : null,
        commit: typeof p.commit === 'string' && /^[0-9a-f]{7,64}$/.test(p.commit) ? p.commit : null,
        endret: typeof p.endret === 'boolean' ? p.endret : null,
      },
      froe: null,
      node: typeof metadata.node === 'string' ? metadata.node : null,
      playwright: null,
      filtre: [],
      parter: null,
    },
    spesifikasjoner: spesifikasjoner(oekter, advarsler),
    tid: tid(oekter),
    kjoeringsstatus: 'opptak',
    totalt: { tester: 0, bestaatt: 0, feilet: 0, hoppetOver: 0, ustabil: 0, ikkeKjoert: 0 },
    sjekkliste: [],
    syntetiskeData: { kontrollert: false, forespoersler: 0, stopp: [], advarsler: [], merknad: t.leverandoer.syntetiskISeksjonen },
    dekning: [],
    regelkataloger: [],
    katalogendringer: [],
    feilkoder: [],
    feil: [],
    hull: { dekning: [], regler: [], feilkoder: [], ikkeTestbare: [] },
    advarsler,
    tester: [],
    bevis: [],
    leverandoersystem: l,
  };
}

export interface Sertifisering {
  /** The summary as written to summary.json. */
  rapport: Sertifiseringsrapport;
  /** Its section "Leverandørsystemets kjøring". */
  leverandoer: Leverandoerrapport;
  filer: { json: string; md: string; html: string };
}

/** A suite run's summary in `dir` (one with tests and no supplier section), which certify must not overwrite. */
export function suitensOppsummering(dir: string): boolean {
  try {
    const r = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'));
    return r?.format === 'innkreving-conformance/sertifiseringsrapport' && !r.leverandoersystem;
  } catch {
    return false;
  }
}

export class OverskrivingError extends Error {}

/**
 * Reads a recording (a folder of sessions, or one file), builds the summary and writes it with the
 * reporter's writers as summary.{json,md,html}, into the recording's folder unless `ut` names another.
 * summary.json lists every recording file with its sha256. Refuses to overwrite a suite run's summary.
 */
export function sertifiser(opptak: string, ut?: string, generert = new Date(), overstyr: Partial<Valg> = {}, spraak: Spraak = 'nb'): Sertifisering {
  const oekter = lesOpptak(opptak);
  const leverandoer = byggRapport(oekter, generert, overstyr);
  const mappe = resolve(ut ?? (statSync(opptak).isDirectory() ? opptak : dirname(opptak)));
  if (suitensOppsummering(mappe)) throw new OverskrivingError(`${mappe} holds a suite run's summary.json, which certify would overwrite; give another folder with --out`);
  mkdirSync(mappe, { recursive: true });
  const rapport = rapportFraOpptak(leverandoer, oekter, spraak);
  const [json, md, html] = writeSummary(rapport, mappe, oekter.map((o) => resolve(o.fil)));
  return { rapport, leverandoer, filer: { json, md, html } };
}

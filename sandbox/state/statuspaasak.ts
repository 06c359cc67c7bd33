import { join } from 'node:path';
import { readDataFile, specsDir } from '../../src/spec/files.ts';
import type { Utleggsbegjaering } from '../../src/model/utleggsbegjaering.ts';
import type { LagretInnsending } from './innsendinger.ts';
import { TESTKLIENT_ORGNR } from './seed.ts';

/**
 * What the namsmann assigns to a sandbox submission and must keep once given: the case number
 * (UTLBGJ/<year>/<n>), a kravgrunnlagsidentifikator per claim and a tiltaksidentifikator per decided
 * measure. Assigned at the first answer that shows them, so a case polled twice keeps its numbers.
 * The test references and the preloaded example case have fixed numbers of their own (below
 * FOERSTE_SAKSNUMMER), so the documents' examples read the same in every run.
 */
export const FOERSTE_SAKSNUMMER = 101;

/** Numbers a case has from the start: restored on every reset. */
export interface FasteNumre {
  begjaeringId: string;
  saksnummer: string;
  /** By the claim's place in the petition. */
  kravgrunnlagsidentifikator: readonly string[];
  /** By the measure's key within the case (tiltaksidentifikator's `noekkel`). */
  tiltaksidentifikator: Readonly<Record<string, string>>;
}

/**
 * The case the sandbox holds for its test client from the start, so the documented example of Innsyn i
 * ett trekk (the seed example's pair) answers on a fresh sandbox, as the preloaded example attachments
 * let the official petitions be sent as they are. It is the official simple example (0.9, sent under
 * /v1) received 2026-01-05 and marked __besluttet__: decided at once, and it stays decided. Status på sak
 * and Innsyn i ett trekk see it; Utleggsbegjæring does not (it is no submission, so it cannot be fetched,
 * changed or be a duplicate).
 */
export const EKSEMPELSAK = {
  begjaeringId: '5e1d7c3a-2b9f-4a6e-8d0c-4f7a9b2e6c10',
  eierOrgnr: TESTKLIENT_ORGNR,
  fil: 'utleggsbegjaering/v1/enkel.json',
  mottatt: '2026-01-05T09:00:00.000Z',
  markoer: '__besluttet__',
} as const;

const EKSEMPELSAKENS_NUMRE: FasteNumre = {
  begjaeringId: EKSEMPELSAK.begjaeringId,
  saksnummer: 'UTLBGJ/2026/100',
  kravgrunnlagsidentifikator: ['KG-2026-800001', 'KG-2026-800002', 'KG-2026-800003'],
  // Its one saksøkt is a person: utleggstrekk, or inntreden when the Trekkpålegg feed already withholds from them.
  tiltaksidentifikator: { '0:besluttetUtleggstrekk': 'TT-2026-800001', '0:besluttetInntredenIUtleggstrekk': 'TT-2026-800001' },
};

let lest: { dir: string; saker: readonly LagretInnsending[] } | undefined;

/** The preloaded cases (read from specs/examples, so a specs folder of one's own brings its own example). */
export function eksempelsaker(): readonly LagretInnsending[] {
  const dir = specsDir();
  if (lest?.dir !== dir) {
    const begjaering = readDataFile(join(dir, 'examples', EKSEMPELSAK.fil)) as Utleggsbegjaering;
    begjaering.innsenderReferanse = `${begjaering.innsenderReferanse ?? 'eksempelsak'}${EKSEMPELSAK.markoer}`;
    const sak: LagretInnsending = {
      begjaeringId: EKSEMPELSAK.begjaeringId, eierOrgnr: EKSEMPELSAK.eierOrgnr, begjaering, status: 'registrert',
      mottatt: EKSEMPELSAK.mottatt, sistEndret: EKSEMPELSAK.mottatt, versjon: 1,
    };
    lest = { dir, saker: [Object.freeze(sak)] };
  }
  return lest.saker;
}

export class SaksnummerRegister {
  private readonly saker = new Map<string, string>();
  private readonly krav = new Map<string, string>();
  private readonly tiltak = new Map<string, string>();
  private nesteSak = FOERSTE_SAKSNUMMER;
  private nesteKrav = 1;
  private nesteTiltak = 1;

  constructor(private readonly faste: readonly FasteNumre[] = [EKSEMPELSAKENS_NUMRE]) {
    this.reset();
  }

  reset(): void {
    this.saker.clear();
    this.krav.clear();
    this.tiltak.clear();
    this.nesteSak = FOERSTE_SAKSNUMMER;
    this.nesteKrav = 1;
    this.nesteTiltak = 1;
    for (const f of this.faste) {
      this.saker.set(f.begjaeringId, f.saksnummer);
      f.kravgrunnlagsidentifikator.forEach((k, i) => this.krav.set(`${f.begjaeringId}#${i}`, k));
      for (const [noekkel, t] of Object.entries(f.tiltaksidentifikator)) this.tiltak.set(`${f.begjaeringId}#${noekkel}`, t);
    }
  }

  /** The case number of a submission, `aar` being the year it was received. */
  saksnummer(begjaeringId: string, aar: string): string {
    return hentEllerLag(this.saker, begjaeringId, () => `UTLBGJ/${aar}/${this.nesteSak++}`);
  }

  /** The namsmann's identifier of the claim at `kravnummer` (its index in the petition). */
  kravgrunnlagsidentifikator(begjaeringId: string, kravnummer: number, aar: string): string {
    return hentEllerLag(this.krav, `${begjaeringId}#${kravnummer}`, () => `KG-${aar}-${String(this.nesteKrav++).padStart(6, '0')}`);
  }

  /** The identifier of one decided measure; `noekkel` names it within the case (saksøkt, kind, number). */
  tiltaksidentifikator(begjaeringId: string, noekkel: string, aar: string): string {
    return hentEllerLag(this.tiltak, `${begjaeringId}#${noekkel}`, () => `TT-${aar}-${String(this.nesteTiltak++).padStart(6, '0')}`);
  }
}

function hentEllerLag(map: Map<string, string>, key: string, lag: () => string): string {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = lag()));
  return v;
}

import type { Utleggsbegjaering as Begjaering09 } from '../../src/model/utleggsbegjaering.ts';
import type { Utleggsbegjaering as Begjaering21 } from '../../src/model/utleggsbegjaering-v2.ts';

/**
 * A petition in either data model the rules read: 0.9 (served under /v1) or 2.1 (/v2). The rules tell
 * them apart by shape, field by field (utleggsbegjaering/felles/modell.ts), never by version name.
 */
export type Begjaering = Begjaering09 | Begjaering21;

/** Which operation is running the rules: changes-only rules run in 'endre' alone. */
export type Modus = 'sendInn' | 'valider' | 'endre';

export type Vedleggsstatus =
  | 'lastetOpp' | 'virussjekket' | 'validert' | 'konvertert' | 'feilet' | 'slettet' | 'kassert' | 'virusFunnet';

/** The states an attachment leaves by itself (processing not done yet); the others are final. */
export const VEDLEGG_UNDER_BEHANDLING: ReadonlySet<Vedleggsstatus> = new Set(['lastetOpp', 'virussjekket', 'validert']);

export interface LagretVedlegg {
  uuid: string;
  status: Vedleggsstatus;
  /** undefined = unbound, usable by any petition. */
  innsenderReferanse?: string;
}

export type Behandlingsstatus = 'mottatt' | 'underBehandling' | 'registrert' | 'avsluttet' | 'avvist';

/** What the party register (Enhetsregisteret, Folkeregisteret) says about one identifier. */
export type RegisterPart =
  | { type: 'person' }
  /** `overordnetEnhet` is the hovedenhet's orgnr when the party is an underenhet. */
  | { type: 'organisasjon'; organisasjonsform: string; overordnetEnhet?: string };

/**
 * What a rule may know beyond the petition. Every lookup is optional: offline validation has no server
 * state, and rules that need a missing lookup are skipped rather than guessed.
 */
export interface RegelKontekst {
  modus: Modus;
  /** Acting organisation (systembruker org, else consumer); undefined offline → the auth rule is skipped. */
  paaloggetOrgnr?: string;
  /** The stored earlier submission; set in modus 'endre'. */
  tidligere?: { begjaering: Begjaering; status: Behandlingsstatus };
  erDuplikat?: (innsenderOrgnr: string, begjaeringsdato: string, innsenderReferanse: string) => boolean;
  hentVedlegg?: (uuid: string) => LagretVedlegg | undefined;
  /** The party register by identifier (fødselsnummer, D-nummer, orgnr); undefined offline → the register rules are skipped. */
  partsregister?: (identifikator: string) => RegisterPart | undefined;
  /** Today's date (YYYY-MM-DD) by the server's clock; when absent, the machine's date in Norway. */
  idag?: string;
}

/**
 * What a rule needs beyond the petition, so the offline validator can say which rules it cannot judge:
 * the earlier submissions (duplicates), the authenticated organisation, the uploaded attachments, the
 * party register, the stored submission a change replaces.
 */
export type Behov = 'innsendinger' | 'autentisering' | 'vedlegg' | 'partsregister' | 'tidligere';

/** One broken rule: `melding` is the catalog's avvikstekst with the values filled in. */
export interface Brudd {
  kode: string;
  melding: string;
  /** JSON pointer of the offending node, when there is one. */
  sti?: string;
}

/** A rule bound to one catalog version: code, scope and message template come from the catalog. */
export interface Regel {
  kode: string;
  gjelderKunEndringer: boolean;
  sjekk(b: Begjaering, ktx: RegelKontekst): Brudd[];
}

/** Values for a template: named (%kravreferanse) by key, positional ('%s') by index. */
export type Verdier = Readonly<Record<string, string | number | undefined>> | readonly (string | number | undefined)[];

/**
 * Reports one violation. `alternativ` picks one of the catalog's avvikstekstAlternativer (rows whose
 * text lists several cases); without it, or when the catalog has no alternatives, the whole avvikstekst is used.
 */
export type Rapporter = (verdier?: Verdier, sti?: string, alternativ?: number) => void;

/** What a rule module supplies: its code (to find its catalog row), the check, and what it needs. */
export interface RegelModul {
  kode: string;
  /** The module's file, named in registry errors. */
  fil: string;
  /** What the check needs beyond the petition; without it the check finds nothing to judge. Empty when none. */
  trenger: readonly Behov[];
  sjekk(b: Begjaering, ktx: RegelKontekst, rapporter: Rapporter): void;
}

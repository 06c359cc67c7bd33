import type { Utleggsbegjaering } from '../../src/model/utleggsbegjaering.ts';

/** Which operation is running the rules: changes-only rules run in 'endre' alone. */
export type Modus = 'sendInn' | 'valider' | 'endre';

export type Vedleggsstatus =
  | 'lastetOpp' | 'virussjekket' | 'validert' | 'konvertert' | 'feilet' | 'slettet' | 'kassert' | 'virusFunnet';

export interface LagretVedlegg {
  uuid: string;
  status: Vedleggsstatus;
  /** undefined = unbound, usable by any petition. */
  innsenderReferanse?: string;
}

export type Behandlingsstatus = 'mottatt' | 'underBehandling' | 'registrert' | 'avsluttet' | 'avvist';

/**
 * What a rule may know beyond the petition. Every lookup is optional: offline validation has no server
 * state, and rules that need a missing lookup are skipped rather than guessed.
 */
export interface RegelKontekst {
  modus: Modus;
  /** Acting organisation (systembruker org, else consumer); undefined offline → the auth rule is skipped. */
  paaloggetOrgnr?: string;
  /** The stored earlier submission; set in modus 'endre'. */
  tidligere?: { begjaering: Utleggsbegjaering; status: Behandlingsstatus };
  erDuplikat?: (innsenderOrgnr: string, begjaeringsdato: string, innsenderReferanse: string) => boolean;
  hentVedlegg?: (uuid: string) => LagretVedlegg | undefined;
}

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
  sjekk(b: Utleggsbegjaering, ktx: RegelKontekst): Brudd[];
}

/** Values for a template: named (%kravreferanse) by key, positional ('%s') by index. */
export type Verdier = Readonly<Record<string, string | number | undefined>> | readonly (string | number | undefined)[];

/**
 * Reports one violation. `alternativ` picks one of the catalog's avvikstekstAlternativer (rows whose
 * text lists several cases); without it, or when the catalog has no alternatives, the whole avvikstekst is used.
 */
export type Rapporter = (verdier?: Verdier, sti?: string, alternativ?: number) => void;

/** What a rule module supplies: its code (to find its catalog row) and the check. */
export interface RegelModul {
  kode: string;
  /** The module's file, named in registry errors. */
  fil: string;
  sjekk(b: Utleggsbegjaering, ktx: RegelKontekst, rapporter: Rapporter): void;
}

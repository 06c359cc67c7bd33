/**
 * The recording of a supplier's system: one JSONL file per session, a header line and then one line per
 * exchange, each already judged. Everything in it is redacted (src/redact.ts) and a real-looking personal
 * identifier is masked: the file is meant to be sent to Skatteetaten with the summary.
 */
import type { ApiName } from '../../src/spec/versions.ts';

export const FORMAT = 1;

/** Where the exchanges went: the project's sandbox, or a real environment through the proxy. */
export type Modus = 'sandkasse' | 'proxy';

/** The session judges' settings; every number here is our choice, and the summary says so. */
export interface Valg {
  /** The supplier says it validates before it submits: a sendInn without a valider of the same body is wrong. */
  validerFoerInnsending: boolean;
  /** Least time between two polls of the status of one case (no page gives an interval). */
  statusintervallSekunder: number;
  /** A new token while the previous one for the same scope and organisation had more than this left is a wasted grant. */
  tokenmarginSekunder: number;
}

export const STANDARDVALG: Valg = Object.freeze({ validerFoerInnsending: false, statusintervallSekunder: 60, tokenmarginSekunder: 30 });

export interface Oekthode {
  type: 'oekt';
  format: number;
  id: string;
  start: string;
  modus: Modus;
  /** The origin the exchanges went to (the sandbox's, or the proxy's target). */
  maal: string;
  /** The sandbox's issuer (grants are judged against it); undefined in proxy mode. */
  utsteder?: string;
  valg: Valg;
  spesifikasjoner: { api: string; versjon: string; fil: string; sha256: string }[];
  verktoey: { navn: string; versjon: string | null; node: string };
}

export type Alvor = 'feil' | 'advarsel';
export type Kategori = 'kontrakt' | 'regel' | 'syntetisk' | 'maskinporten' | 'flyt' | 'svar';

/** One thing the judges found. `sjekk` names the check, e.g. kontrakt.skjema, regel.UGYLDIG_KID, flyt.statusForOfte. */
export interface Funn {
  sjekk: string;
  kategori: Kategori;
  alvor: Alvor;
  /** The exchange that showed it. */
  nr: number;
  melding: string;
  /** JSON pointer into the body, or the parameter's name. */
  sti?: string;
  /** Earlier exchanges it points back at (the 422 a resubmission repeats, the page whose end it skipped). */
  se?: number[];
  /**
   * 'utveksling': judged from the exchange's own bytes, stored as found (the bytes may be masked since).
   * 'oekt': judged from the facts of the session, and judged again from them when certifying.
   */
  omfang: 'utveksling' | 'oekt';
}

/** What the token of a request said (never the token: its fingerprint, the sha256 of it, cut short). */
export interface Tokenfakta {
  fp: string;
  /** False when the Authorization value is not a decodable JWT. */
  jwt: boolean;
  iss?: string;
  klient?: string;
  scope?: string;
  org?: string;
  systembruker: boolean;
  iat?: number;
  exp?: number;
}

/** The assertion of a grant to the sandbox's Maskinporten, decoded (never the assertion itself). */
export interface Grantfakta {
  grantType?: string;
  /** False when the assertion is missing or not a JWT. */
  jwt: boolean;
  alg?: string;
  kid?: string;
  x5c: boolean;
  iss?: string;
  aud?: unknown;
  scope?: string;
  iat?: number;
  exp?: number;
  jti?: string;
  /** undefined: no authorization_details; null: present but not a systembruker entry of the right form. */
  systembrukerOrg?: string | null;
  /** The token the grant was answered with. */
  utstedt?: { fp: string; scope?: string; org?: string; systembruker: boolean; exp?: number };
}

export interface Begjaeringsfakta {
  /** sha256 of the body as canonical JSON: two bodies that differ only in spacing or key order are the same. */
  hash: string;
  innsenderReferanse?: string;
  innsenderOrgnr?: string;
  /** The attachment uuids the petition references, each once. */
  vedlegg: string[];
  /** sha256 (cut short) of each saksøkt's identifier: the facts hold no personal identifier. */
  saksoekte: string[];
  antallSaksoekte: number;
  antallTvangsgrunnlag: number;
  antallKrav: number;
}

export interface Fakta {
  korrelasjonsid?: string;
  token?: Tokenfakta;
  grant?: Grantfakta;
  begjaering?: Begjaeringsfakta;
  /** The begjaeringId a sendInn was answered with (201), or an endre/hent names in its path. */
  begjaeringId?: string;
  /** An upload's uuid (201) and the innsenderReferanse it was uploaded for. */
  vedlegg?: { uuid: string; innsenderReferanse?: string };
  /** A page of the trekkpålegg feed (200): the query and the sekvensnummer of each order in it. */
  trekkside?: { fra?: number; maks?: number; sekvens: number[] };
  /** The case a status poll asked about. */
  statusreferanse?: string;
  /** Hashes of the identifiers a Betjeningskartet lookup answered (200). */
  regelverk?: string[];
  /** Rule codes the environment's 422 named. */
  regelkoder?: string[];
  /** Norway's date at the exchange (YYYY-MM-DD). */
  dag: string;
}

export interface Operasjonsref {
  api: ApiName;
  versjon: string;
  operationId: string;
}

export interface Kroppspost {
  /** The body as text when it is JSON, a form or text and not larger than the recording keeps; redacted. */
  tekst?: string;
  bytes: number;
  sha256: string;
  innholdstype?: string;
  /** True when the body was larger than what the recording keeps (its hash and size are still exact). */
  avkortet?: boolean;
  /** True when a real-looking identifier was masked in `tekst`. */
  maskert?: boolean;
}

export interface Utvekslingspost {
  type: 'utveksling';
  nr: number;
  /** When the request started (ISO 8601). */
  tid: string;
  varighetMs: number;
  operasjon: Operasjonsref | null;
  /** Requests that are not calls of an API: the sandbox's Maskinporten and its own endpoints. */
  infrastruktur?: 'maskinporten' | 'sandkasse';
  foresporsel: { metode: string; url: string; headers: Record<string, string>; kropp?: Kroppspost };
  /** null when no answer was given (the client went away, the target could not be reached). */
  svar: { status: number; headers: Record<string, string>; kropp?: Kroppspost } | null;
  /** Why there was no answer, or what broke on the way. */
  avbrudd?: string;
  fakta: Fakta;
  funn: Funn[];
}

export type Linje = Oekthode | Utvekslingspost;

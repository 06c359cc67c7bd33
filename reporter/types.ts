import type { Feltendring, Katalogdiff, Katalograd } from '../tools/catalog/diff.ts';
import type { Leverandoerrapport } from '../tools/certify/modell.ts';

export type { Leverandoerrapport };

/**
 * The certification summary's data model. Field names are Norwegian because the summary is read by
 * Skatteetaten; the JSON form (reports/summary.json) is this model as is.
 */

/** How one test ended. `ustabil` = passed on a retry; `ikkeKjoert` = never ran (interrupted, max failures). */
export type TestUtfall = 'bestaatt' | 'feilet' | 'hoppetOver' | 'ustabil' | 'ikkeKjoert';

/** The result of a rule or error code: passed, failed, not testable in this environment, not reached. */
export type KodeResultat = 'bestaatt' | 'feilet' | 'ikkeTestbar' | 'ikkeNaadd';

/** One test as the reporter saw it, already redacted. */
export interface TestPost {
  tittel: string;
  fil: string;
  linje: number;
  prosjekt: string;
  tags: string[];
  utfall: TestUtfall;
  varighetMs: number;
  /**
   * `contract` annotations: which operation answered which status, and in which API and version
   * (`<operationId> <status> <api>@<version>`; older results lack the third token, so both may be missing).
   */
  kontrakt: { operationId: string; status: string; api?: string; versjon?: string }[];
  regler: string[];
  feilkoder: string[];
  /** Why the test was skipped (the `skip`/`fixme` annotations). */
  skipGrunner: string[];
  feilmeldinger: string[];
  /** The last `*.curl.sh` attachments, in attachment order. */
  reproduksjon: { navn: string; tekst: string }[];
  /** How many earlier requests of the test were left out of the summary (they are in reports/html). */
  reproduksjonUtelatt: number;
  /** The synthetic-data check's annotations: requests checked, warnings, and the finding that stopped a request. */
  syntetisk: { kontrollert: number; advarsler: string[]; stopp: string[] };
  /** Checklist items the test declares it speaks to (`sjekkliste` annotations), beyond the built-in rules. */
  sjekkliste: string[];
}

export interface Spesifikasjon {
  api: string;
  versjon: string;
  fil: string;
  sha256: string;
  /** Skatteetaten's published document rather than the project's reconstruction (false when the metadata does not say). */
  publisert?: boolean;
}

/** One rule of a catalog as the summary needs it: enough to show it and to tell two versions apart. */
export type Regelgrunnlag = Katalograd;

/**
 * Everything the suite is measured against: the documented operations and statuses of every (api,
 * version) the run covered, the rule catalog of every Utleggsbegjæring version it covered, error codes.
 */
export interface Dekningsgrunnlag {
  apier: {
    api: string;
    versjon: string;
    /** The version's data model (specs/versions.json), when it names one. */
    datamodell: string | null;
    operasjoner: { operationId: string; navn: string | null; metode: string; sti: string; statuser: string[] }[];
  }[];
  /** In the order of specs/versions.json, so consecutive entries are consecutive versions. */
  regelkataloger: { versjon: string; datamodell: string | null; fil: string; regler: Regelgrunnlag[] }[];
  /** Between consecutive entries of `regelkataloger`; empty when the run covered fewer than two. */
  katalogendringer: Katalogendringer[];
  feilkoder: { katalog: string; kode: string; status: number; betydning: string | null }[];
  /**
   * For results that do not say which version they belong to (older results): each API's default
   * version, and the API whose default version documents an operationId.
   */
  standard: { versjoner: Record<string, string>; apiForOperasjon: Record<string, string> };
}

/** What the run itself supplies: Playwright metadata, timing and the tests. */
export interface KjoeringsData {
  metadata: Record<string, unknown>;
  shard: { current: number; total: number } | null;
  start: Date;
  varighetMs: number;
  status: string;
  tester: TestPost[];
  /** Default nb. */
  spraak?: Spraak;
  /** Evidence file hashes, when they are known before the model is written (else filled in afterwards). */
  bevis?: Bevisfil[];
}

export interface Statuscelle {
  status: string;
  testet: boolean;
  tester: number;
  bestaatt: number;
  feilet: number;
}

export interface KodePost {
  kode: string;
  resultat: KodeResultat;
  /** Titles of the tests that refer to the code. */
  tester: string[];
  /** Skip reasons (ikkeTestbar) or why nothing reached the code (ikkeNaadd). */
  grunner: string[];
}

/**
 * What changed in the rule catalog from one Utleggsbegjæring version to the next (diffKataloger in
 * tools/catalog/diff.ts), with added and removed codes named by code and title.
 */
export interface Katalogendringer extends Omit<Katalogdiff, 'lagtTil' | 'fjernet'> {
  lagtTil: { kode: string; tittel: string }[];
  fjernet: { kode: string; tittel: string }[];
}

export type { Feltendring };

/** A contract annotation with its API and version worked out (for older results: see Dekningsgrunnlag.standard). */
export interface Kontraktspunkt {
  operationId: string;
  status: string;
  api: string;
  versjon: string;
}

/** The coverage matrix of one version of one API. */
export interface Dekningsmatrise {
  api: string;
  versjon: string;
  datamodell: string | null;
  /** `navn`: the operation's summary in its document, in words ("Send inn en utleggsbegjæring"); null when it has none. */
  operasjoner: { operationId: string; navn: string | null; metode: string; sti: string; statuser: Statuscelle[] }[];
  /** Statuses tests observed that the document does not list (the contract matcher fails those). */
  udokumenterteStatuser: { operationId: string; status: string; tester: number }[];
}

/** The results of one Utleggsbegjæring version's rule catalog, from that version's tests only. */
export interface Regelkatalogresultat {
  versjon: string;
  datamodell: string | null;
  /** The catalog file, e.g. specs/catalogs/utleggsbegjaering-v2.json. */
  fil: string;
  regler: (KodePost & { tittel: string })[];
}

/** The languages the summary is written in (CONFORMANCE_SUMMARY_LANG, or the reporter's `language` option). */
export type Spraak = 'nb' | 'en';

/** What a run talked to (src/config/environment.ts `EnvironmentClass`); only `skatteetatenTest` with the supplier's own client is evidence. */
export type Miljoeklasse = 'embeddedSandbox' | 'sandbox' | 'custom' | 'skatteetatenTest' | 'skatteetatenProduction' | 'ukjent';

/** How a run ended, as the top of the summary says it. */
export type Kjoeringsutfall = 'bestaatt' | 'feilet' | 'avbrutt' | 'tidsavbrutt';

/** One Playwright command-line filter of a run (`--grep @smoke`), or a setting that narrowed it. */
export interface Kjoeringsfilter {
  navn: string;
  verdi: string;
}

/** Where the parties of a run came from: generated by the sandbox's register, or a supplier's file. */
export type Partskilde =
  | { kilde: 'generert'; froe: number | null }
  | { kilde: 'fil'; sti: string; filer: { fil: string; format: string; antall: number }[]; personer: number; organisasjoner: number };

/** What ties a summary to one state of the suite, so a reader can reproduce the run. */
export interface Kjoeringsgrunnlag {
  prosjekt: { navn: string; versjon: string | null; commit: string | null; endret: boolean | null };
  /** The base seed of the generated data. */
  froe: number | null;
  node: string | null;
  playwright: string | null;
  filtre: Kjoeringsfilter[];
  parter: Partskilde | null;
}

/** An item of Skatteetaten's checklist for suppliers the suite can speak to, with the tests behind it. */
export interface Sjekklistepunkt {
  id: 'token' | 'flyt' | 'respons' | 'syntetisk';
  /** The checklist's section (2 Tilgang og autentisering, 3 Testmiljø og testdata, 5 Testing og verifisering). */
  avsnitt: number;
  punkt: string;
  /** `ikkeDekket`: no test of the run speaks to it; `ikkeAktuelt`: does not apply to this environment. */
  resultat: 'bestaatt' | 'feilet' | 'ikkeDekket' | 'ikkeAktuelt';
  /** Test ids (as in `tester[].id`). */
  tester: string[];
  antall: { tester: number; bestaatt: number; feilet: number; hoppetOver: number; ikkeKjoert: number };
  /** What the result rests on, in the summary's language. */
  merknad: string;
  /** For the full flow: each part (submission, error handling, validation) with its tests. */
  deler?: { navn: string; tester: number; bestaatt: number; feilet: number }[];
}

/** The check that only synthetic identifiers left the machine (src/http/syntetisk-kontroll.ts). */
export interface SyntetiskeData {
  /** False when every request went to the embedded sandbox, where the check is not needed. */
  kontrollert: boolean;
  forespoersler: number;
  stopp: { test: string; tekst: string }[];
  advarsler: { test: string; tekst: string }[];
  merknad: string;
}

/** A file the summary vouches for: its path relative to the summary's folder and its sha256. */
export interface Bevisfil {
  fil: string;
  sha256: string;
  bytes: number;
}

export interface Sertifiseringsrapport {
  format: 'innkreving-conformance/sertifiseringsrapport';
  /** 3: status and notices at the top, the run's grounds, the checklist, the synthetic-data check, evidence hashes, objects for gaps. */
  formatVersjon: 3;
  spraak: Spraak;
  generert: string;
  /** The headline: how the run ended, qualified by what it was (sandbox, partial). */
  status: { utfall: Kjoeringsutfall; tekst: string };
  miljoe: {
    type: string;
    klasse: Miljoeklasse;
    navn: string;
    baseUrl: string;
    maskinporten: string | null;
    erSandkasse: boolean;
    /** True only for Skatteetaten's test environment with the supplier's own Maskinporten client. */
    erBevis: boolean;
    /** The supplier's organisation; null when the run used the sandbox's test client, which belongs to no supplier. */
    leverandoerOrg: string | null;
    sandkassensTestklient: boolean;
  };
  /** Set whenever the run is not evidence about Skatteetaten's test environment: what it was instead. */
  miljoeMerknad: string | null;
  /** Set when a filter, a narrowing setting or tests not run make this less than the whole suite. */
  delvis: { filtre: Kjoeringsfilter[]; ikkeKjoert: number; merknad: string } | null;
  /** Set when this is one shard's partial summary (`shard`), or a merge that lacks some shards (`shard` null, `mangler`). */
  delkjoering: { shard: number | null; av: number; mangler: number[]; merknad: string } | null;
  kjoering: Kjoeringsgrunnlag;
  spesifikasjoner: Spesifikasjon[];
  tid: { start: string; slutt: string; varighetMs: number };
  kjoeringsstatus: string;
  totalt: { tester: number; bestaatt: number; feilet: number; hoppetOver: number; ustabil: number; ikkeKjoert: number };
  sjekkliste: Sjekklistepunkt[];
  syntetiskeData: SyntetiskeData;
  /** One matrix per (api, version) the run covered. */
  dekning: Dekningsmatrise[];
  /** One per Utleggsbegjæring version the run covered. */
  regelkataloger: Regelkatalogresultat[];
  /** Between consecutive covered versions; empty when the run covered fewer than two. */
  katalogendringer: Katalogendringer[];
  /** `betydning`: the catalog's, or (where it gives none) what the HTTP status says. */
  feilkoder: (KodePost & { katalog: string; status: number; betydning: string })[];
  feil: (Pick<TestPost, 'tittel' | 'fil' | 'linje' | 'prosjekt' | 'feilmeldinger' | 'reproduksjon' | 'reproduksjonUtelatt'>)[];
  hull: {
    /** Per (api, version): operations no test reached, and unreached statuses of operations otherwise reached. */
    dekning: { api: string; versjon: string; operasjoner: Hulloperasjon[]; statuser: (Hulloperasjon & { status: string })[] }[];
    /** Per Utleggsbegjæring version: rule codes no test of that version reached. */
    regler: { versjon: string; koder: string[] }[];
    feilkoder: string[];
    /** `versjon` is the catalog version for a rule code, null for an error code. */
    ikkeTestbare: { kode: string; versjon: string | null; grunner: string[] }[];
  };
  advarsler: string[];
  tester: (Omit<TestPost, 'reproduksjon' | 'reproduksjonUtelatt' | 'feilmeldinger' | 'kontrakt'> & {
    id: string;
    kontrakt: Kontraktspunkt[];
    /** The Utleggsbegjæring catalog version the test's rule codes count for; null when it names none. */
    regelversjon: string | null;
  })[];
  /**
   * sha256 of every file the summary summarises (JUnit, the HTML report's pages and attachments) and of
   * summary.md and summary.html, written after them; paths relative to the summary's folder.
   */
  bevis: Bevisfil[];
  /**
   * Section "Leverandørsystemets kjøring": what a supplier's own system sent, recorded and judged
   * (`npm run -s certify -- DIR`). Absent from a suite run's summary. When a summary has it and no
   * tests, it rests on the recording alone and the suite's own sections are left out.
   */
  leverandoersystem?: Leverandoerrapport;
}

/** An operation named in words and by its path. */
export interface Hulloperasjon {
  operationId: string;
  navn: string | null;
  metode: string;
  sti: string;
}

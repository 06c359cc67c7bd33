import type { Feltendring, Katalogdiff, Katalograd } from '../../tools/catalog/diff.ts';

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
}

export interface Spesifikasjon {
  api: string;
  versjon: string;
  fil: string;
  sha256: string;
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
    operasjoner: { operationId: string; metode: string; sti: string; statuser: string[] }[];
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
  operasjoner: { operationId: string; metode: string; sti: string; statuser: Statuscelle[] }[];
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

export interface Sertifiseringsrapport {
  format: 'innkreving-conformance/sertifiseringsrapport';
  /** 2: matrices per (api, version), `regelkataloger` per version instead of `regler`, `katalogendringer`, gaps per version. */
  formatVersjon: 2;
  generert: string;
  miljoe: { type: string; navn: string; baseUrl: string; erSandkasse: boolean; leverandoerOrg: string | null };
  /** Set for sandbox runs: the summary is not evidence about Skatteetaten's environment. */
  sandkasseMerknad: string | null;
  /** Set when this is one shard's partial summary, not the merged one. */
  delkjoering: { shard: number; av: number; merknad: string } | null;
  spesifikasjoner: Spesifikasjon[];
  tid: { start: string; slutt: string; varighetMs: number };
  kjoeringsstatus: string;
  totalt: { tester: number; bestaatt: number; feilet: number; hoppetOver: number; ustabil: number; ikkeKjoert: number };
  /** One matrix per (api, version) the run covered. */
  dekning: Dekningsmatrise[];
  /** One per Utleggsbegjæring version the run covered. */
  regelkataloger: Regelkatalogresultat[];
  /** Between consecutive covered versions; empty when the run covered fewer than two. */
  katalogendringer: Katalogendringer[];
  feilkoder: (KodePost & { katalog: string; status: number })[];
  feil: (Pick<TestPost, 'tittel' | 'fil' | 'linje' | 'prosjekt' | 'feilmeldinger' | 'reproduksjon' | 'reproduksjonUtelatt'>)[];
  hull: {
    /** Per (api, version): operations no test reached, and unreached statuses of operations otherwise reached. */
    dekning: { api: string; versjon: string; operasjoner: string[]; statuser: string[] }[];
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
}

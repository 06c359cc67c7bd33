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
  /** `contract` annotations: which operation answered which status. */
  kontrakt: { operationId: string; status: string }[];
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

/** Everything the suite is measured against: documented operations and statuses, catalog codes. */
export interface Dekningsgrunnlag {
  apier: {
    api: string;
    versjon: string;
    operasjoner: { operationId: string; metode: string; sti: string; statuser: string[] }[];
  }[];
  regler: { kode: string; tittel: string }[];
  feilkoder: { katalog: string; kode: string; status: number; betydning: string | null }[];
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

export interface Sertifiseringsrapport {
  format: 'innkreving-conformance/sertifiseringsrapport';
  formatVersjon: 1;
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
  dekning: {
    api: string;
    versjon: string;
    operasjoner: { operationId: string; metode: string; sti: string; statuser: Statuscelle[] }[];
    /** Statuses tests observed that the document does not list (the contract matcher fails those). */
    udokumenterteStatuser: { operationId: string; status: string; tester: number }[];
  }[];
  regler: (KodePost & { tittel: string })[];
  feilkoder: (KodePost & { katalog: string; status: number })[];
  feil: (Pick<TestPost, 'tittel' | 'fil' | 'linje' | 'prosjekt' | 'feilmeldinger' | 'reproduksjon' | 'reproduksjonUtelatt'>)[];
  hull: {
    operasjoner: string[];
    statuser: string[];
    regler: string[];
    feilkoder: string[];
    ikkeTestbare: { kode: string; grunner: string[] }[];
  };
  advarsler: string[];
  tester: (Omit<TestPost, 'reproduksjon' | 'reproduksjonUtelatt' | 'feilmeldinger'> & { id: string })[];
}

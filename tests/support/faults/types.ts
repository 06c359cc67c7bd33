/** The request as the fault-injecting proxy received it; a fault may change it before it goes upstream. */
export interface Foresporsel {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body?: Buffer;
}

/** The upstream answer as the proxy will send it on; a fault may change any part of it. */
export interface Svar {
  status: number;
  headers: Record<string, string>;
  /** The body as text; `json` is its parse when the answer is JSON (a fault changes json, the proxy re-serialises it). */
  text: string;
  json?: any;
}

export interface ProxyVerktoey {
  /** Sends a request to the correct server behind the proxy (with the proxy's own fault left out). */
  upstream(req: Foresporsel): Promise<Svar>;
  /** A valid token for the API the path belongs to (the sandbox's test client). */
  gyldigToken(pathname: string): Promise<string>;
  /** Memory of this proxy's lifetime (a fault that depends on an earlier exchange keeps it here). */
  minne: Map<string, unknown>;
}

/**
 * One plausible defect of a real server. `foer` may change the request (or answer it itself by returning
 * a Svar); `etter` may change the answer. Either may be left out.
 */
export interface Feil {
  id: string;
  /** What the broken server does, as a sentence completing "a server that …". */
  beskrivelse: string;
  kategori: 'regel' | 'status' | 'header' | 'lenke' | 'tilgang' | 'lekkasje' | 'sideeffekt' | 'skjema' | 'paging' | 'format';
  /** The suite's tests that should notice it (Playwright arguments: files, --grep, --project). */
  utvalg: string[];
  foer?(req: Foresporsel, v: ProxyVerktoey): Promise<Svar | void> | Svar | void;
  etter?(req: Foresporsel, svar: Svar, v: ProxyVerktoey): Promise<void> | void;
}

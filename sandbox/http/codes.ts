import { loadDasKoder, loadKravOgBetalingerKoder, type Feilkode } from '../../src/spec/catalog.ts';
import type { ApiName } from '../../src/spec/versions.ts';

/** The situations the server answers with a general error body (not the 422 rule catalog). */
export type Situasjon =
  | 'intern' // unexpected exception
  | 'ukjentSti' // no such path under the API
  | 'metodeIkkeTillatt' // path known, method not
  | 'ugyldig' // malformed JSON, content type, schema or parameters
  | 'ikkeAutentisert' // token missing, malformed, expired, wrong issuer
  | 'ingenTilgang' // token lacks the API's scope
  | 'ikkeFunnet' // resource unknown (or another organisation's)
  | 'forStor'; // body over the limit

export interface Feilsvar {
  kode: string;
  status: number;
}

export type Feilkoder = Record<Situasjon, Feilsvar>;

/**
 * Codes from the catalogs where they have one; the catalogs give the status. The rest are the
 * sandbox's own descriptive codes (the sources name no code for them; see sandbox/README.md).
 */
const VALG: Record<'das' | 'kb', Record<Situasjon, string | Feilsvar>> = {
  das: {
    intern: 'DAS-001',
    ukjentSti: 'DAS-002',
    ingenTilgang: 'DAS-008',
    metodeIkkeTillatt: { kode: 'METODE_IKKE_TILLATT', status: 405 },
    ugyldig: { kode: 'UGYLDIG_FORESPOERSEL', status: 400 },
    ikkeAutentisert: { kode: 'IKKE_AUTENTISERT', status: 401 },
    ikkeFunnet: { kode: 'IKKE_FUNNET', status: 404 },
    forStor: { kode: 'FOR_STOR', status: 413 },
  },
  kb: {
    intern: 'KB-001',
    ukjentSti: 'KB-003',
    ikkeAutentisert: 'KB-004',
    // The document's only 403 code; its 403 response covers "the token or the consent gives no access".
    ingenTilgang: 'KB-005',
    ugyldig: 'KB-006',
    ikkeFunnet: 'KB-009',
    // Neither is in the catalog: an unknown method is an unknown address, a body on a GET is bad input.
    metodeIkkeTillatt: { kode: 'KB-003', status: 405 },
    forStor: { kode: 'KB-006', status: 413 },
  },
};

function resolve(table: Record<Situasjon, string | Feilsvar>, catalog: Feilkode[], name: string): Feilkoder {
  const out = {} as Feilkoder;
  for (const [situasjon, valg] of Object.entries(table) as [Situasjon, string | Feilsvar][]) {
    if (typeof valg !== 'string') {
      out[situasjon] = valg;
      continue;
    }
    const entry = catalog.find((k) => k.kode === valg);
    if (!entry) throw new Error(`sandbox: error code ${valg} is not in the ${name} catalog`);
    out[situasjon] = { kode: entry.kode, status: entry.status };
  }
  return out;
}

/** Krav og betalinger has its own KB catalog; the other APIs use the general DAS codes. */
export function feilkoderFor(api: ApiName): Feilkoder {
  return api === 'kravogbetalinger'
    ? resolve(VALG.kb, loadKravOgBetalingerKoder(), 'kravogbetalinger')
    : resolve(VALG.das, loadDasKoder(), 'DAS');
}

/** A KB code by name with its catalog status (KB-005 consent, KB-007 empty period, ...). */
export function kbKode(kode: string): Feilsvar {
  const entry = loadKravOgBetalingerKoder().find((k) => k.kode === kode);
  if (!entry) throw new Error(`sandbox: error code ${kode} is not in the kravogbetalinger catalog`);
  return { kode: entry.kode, status: entry.status };
}

import { TENOR_SCOPE } from '../../generators/parties/index.ts';
import { MaskinportenError } from '../../src/maskinporten/index.ts';

/** What went wrong, so the command can say it in one line and tests can tell the cases apart. */
export type TenorFeilart = 'scope' | 'kql' | 'nettverk' | 'svar' | 'token' | 'ekte';

/** A fetch that cannot go on; the message is one line and never carries a token. */
export class TenorFeil extends Error {
  constructor(
    readonly art: TenorFeilart,
    message: string,
  ) {
    super(message);
    this.name = 'TenorFeil';
  }
}

const ASK = 'Tenor grants it on request to tenor@skatteetaten.no, given the organisation number';

/** Maskinporten's refusals in Tenor's terms: a missing scope says how to get it. */
export function fraMaskinporten(err: MaskinportenError, klient: string): TenorFeil {
  if (err.error === 'invalid_scope') {
    return new TenorFeil('scope', `Maskinporten refused the scope ${TENOR_SCOPE} for client ${klient}${err.errorDescription ? ` (${err.errorDescription})` : ''}; ${ASK}`);
  }
  if (err.error === 'network_error' || err.error === 'discovery_failed') return new TenorFeil('nettverk', `no token from Maskinporten: ${err.errorDescription ?? err.message}`);
  return new TenorFeil('token', `no token for Tenor: ${err.message}`);
}

/** Tenor's own refusals: 400 is the query (KQL or a parameter), 401/403 the token. */
export function fraTenorSvar(status: number, melding: string, url: string, kql: string): TenorFeil {
  const hva = melding ? `: ${melding}` : '';
  if (status === 400) return new TenorFeil('kql', `Tenor refused the search${kql ? ` for kql ${JSON.stringify(kql)}` : ''} (HTTP 400)${hva}`);
  if (status === 401 || status === 403) return new TenorFeil('scope', `Tenor refused the token (HTTP ${status})${hva}; it needs the scope ${TENOR_SCOPE}: ${ASK}`);
  return new TenorFeil('svar', `Tenor answered HTTP ${status} at ${url}${hva}`);
}

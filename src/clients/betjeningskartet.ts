import type { ApiResponse } from '../http/exchange.ts';
import { OperationClient, type CallOptions } from './operation-client.ts';

type Extra = Omit<CallOptions, 'params' | 'query' | 'json'>;

/** Betjeningskartet: which rules (new: ELAN, old: ELSA) debtors are handled under during the transition period. */
export class BetjeningskartetClient extends OperationClient {
  /** Looks up several debtors at once; the answer lists them in the same order. */
  slaaOpp(identifikatorer: readonly string[], extra: Extra = {}): Promise<ApiResponse> {
    return this.slaaOppMed({ identifikatorer }, extra);
  }
  /** The lookup with a body as given, for tests of what the service refuses. */
  slaaOppMed(body: unknown, extra: Extra = {}): Promise<ApiResponse> {
    return this.call('slaaOppRegelverk', { ...extra, json: body });
  }
  hent(identifikator: string, extra: Extra = {}): Promise<ApiResponse> {
    return this.call('hentRegelverk', { ...extra, params: { identifikator } });
  }
}

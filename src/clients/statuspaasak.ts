import type { ApiResponse } from '../http/exchange.ts';
import { OperationClient, type CallOptions } from './operation-client.ts';

type Extra = Omit<CallOptions, 'params' | 'query' | 'json'>;

/** Status på sak: the state, parties, claims and decisions of a submitted case, by the creditor's reference. */
export class StatusPaaSakClient extends OperationClient {
  /** The reference is percent-encoded into the path, so one with `/` or spaces is sent as it is. */
  hentStatus(eksternSaksreferanse: string, extra: Extra = {}): Promise<ApiResponse> {
    return this.call('hentStatusPaaSak', { ...extra, params: { eksternSaksreferanse } });
  }
}

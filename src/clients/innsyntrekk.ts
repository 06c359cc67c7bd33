import type { ApiResponse } from '../http/exchange.ts';
import { OperationClient, type CallOptions } from './operation-client.ts';

type Extra = Omit<CallOptions, 'params' | 'query' | 'json'>;

/** A party as Innsyn i ett trekk names it (PartsidentifikatorForEksternBruk). */
export interface Partsidentifikator {
  taxIdentificationNumber?: string;
  annenOffisiellIdentifikator?: string;
  landkodeIdentifikator: string;
}

/** A Norwegian number (fødselsnummer, D-nummer, organisasjonsnummer) in the form the API takes. */
export function norsk(nummer: string): Partsidentifikator {
  return { taxIdentificationNumber: nummer, landkodeIdentifikator: 'NO' };
}

/** Innsyn i ett trekk: what a creditor may see of the withholding against a debtor it has a case against. */
export class InnsynTrekkClient extends OperationClient {
  hent(saksoeker: Partsidentifikator, saksoekt: Partsidentifikator, extra: Extra = {}): Promise<ApiResponse> {
    return this.hentMed({ saksoeker, saksoekt }, extra);
  }
  /** The request with a body as given, for tests of what the service refuses. */
  hentMed(body: unknown, extra: Extra = {}): Promise<ApiResponse> {
    return this.call('hentInnsynITrekk', { ...extra, json: body });
  }
}

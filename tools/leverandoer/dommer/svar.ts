import { ContractValidator, formatViolations } from '../../../src/contract/index.ts';
import type { Funn } from '../post.ts';
import type { Ruting } from '../rute.ts';

export interface Svar {
  status: number;
  headers: Record<string, string>;
  /** Parsed JSON, the text of another kept body, or undefined for none. */
  kropp: unknown;
  /** True when the body was larger than what the recording keeps: its schema is then not judged. */
  ulest: boolean;
}

/**
 * The environment's answer against the same document (proxy mode): status, content type, body and the
 * headers it declares, so a supplier learns when Skatteetaten's side no longer matches its contract.
 */
export function doemSvar(nr: number, rute: Ruting, svar: Svar, sendtKorrelasjonsid: string | undefined): Funn[] {
  if (rute.type !== 'operasjon') return [];
  const { op, spec } = rute;
  const ut: Funn[] = [];
  const validator = ContractValidator.forApi(spec.api, spec.version);
  const contentType = svar.headers['content-type'];
  const res = svar.ulest
    ? validator.validateResponse(op.operationId, { status: svar.status, contentType, headers: svar.headers, body: undefined })
    : validator.validateResponse(op.operationId, { status: svar.status, contentType, headers: svar.headers, body: svar.kropp });
  for (const v of res.violations) {
    // An answer too large to keep is judged by status and headers only, not by a body it was not given.
    if (svar.ulest && (v.kind === 'body' || v.kind === 'schema')) continue;
    ut.push({ sjekk: `svar.${v.kind}`, kategori: 'svar', alvor: 'feil', nr, melding: formatViolations([v]), sti: v.path || undefined, omfang: 'utveksling' });
  }
  const mottatt = svar.headers.korrelasjonsid;
  if (sendtKorrelasjonsid !== undefined && mottatt !== undefined && mottatt !== sendtKorrelasjonsid) {
    ut.push({ sjekk: 'svar.korrelasjonsid', kategori: 'svar', alvor: 'advarsel', nr, melding: 'the answer carries another Korrelasjonsid than the request sent; the documents say it is echoed', sti: 'Korrelasjonsid', omfang: 'utveksling' });
  }
  return ut;
}

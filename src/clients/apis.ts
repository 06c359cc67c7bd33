import type { ApiResponse } from '../http/exchange.ts';
import { OperationClient, type CallOptions } from './operation-client.ts';

type Extra = Omit<CallOptions, 'params' | 'query' | 'json'>;

/** Utleggsbegjæring: submit, validate, change and follow up petitions and their attachments. */
export class UtleggsbegjaeringClient extends OperationClient {
  sendInn(body: unknown, extra: Extra = {}): Promise<ApiResponse> {
    return this.call('sendInnUtleggsbegjaering', { ...extra, json: body });
  }
  valider(body: unknown, extra: Extra = {}): Promise<ApiResponse> {
    return this.call('validerUtleggsbegjaering', { ...extra, json: body });
  }
  endre(begjaeringId: string, body: unknown, extra: Extra = {}): Promise<ApiResponse> {
    return this.call('endreUtleggsbegjaering', { ...extra, params: { begjaeringId }, json: body });
  }
  hent(begjaeringId: string, extra: Extra = {}): Promise<ApiResponse> {
    return this.call('hentUtleggsbegjaering', { ...extra, params: { begjaeringId } });
  }
  lastOppVedlegg(filnavn: string, innsenderReferanse: string, data: string | Uint8Array, contentType = 'application/pdf', extra: Extra = {}): Promise<ApiResponse> {
    return this.call('lastOppVedlegg', { ...extra, query: { filnavn, innsenderReferanse }, raw: { data, contentType } });
  }
  hentVedlegg(vedleggId: string, extra: Extra = {}): Promise<ApiResponse> {
    return this.call('hentVedlegg', { ...extra, params: { vedleggId } });
  }
}

/** Trekkpålegg: the employer's feed of withholding orders. */
export class TrekkpaaleggClient extends OperationClient {
  hentListe(query: { fraSekvensnummer?: number | string; maksAntall?: number | string } = {}, extra: Extra = {}): Promise<ApiResponse> {
    return this.call('hentTrekkpaalegg', { ...extra, query });
  }
  hentVersjon(trekkid: string, trekkversjon: number | string, extra: Extra = {}): Promise<ApiResponse> {
    return this.call('hentTrekkpaaleggVersjon', { ...extra, params: { trekkid, trekkversjon } });
  }
}

export type Rettighetspakke = 'finans' | 'regnskapssystem' | 'lovfestetrevisjon';
export interface Periode { fraOgMed: string; tilOgMed: string }

/**
 * Krav og betalinger: open claims, claims, payments in and payments out of a party. Each lookup exists
 * for an organisation (organisasjonsnummer) and, with `ForPerson`, for a person (fødsels- or d-nummer).
 */
export class KravOgBetalingerClient extends OperationClient {
  hentAapneKrav(rettighetspakke: Rettighetspakke | string, partIdentifikator: string, extra: Extra = {}): Promise<ApiResponse> {
    return this.call('hentAapneKrav', { ...extra, params: { rettighetspakke, partIdentifikator } });
  }
  hentKrav(rettighetspakke: Rettighetspakke | string, partIdentifikator: string, periode: Partial<Periode>, extra: Extra = {}): Promise<ApiResponse> {
    return this.call('hentKrav', { ...extra, params: { rettighetspakke, partIdentifikator }, query: periode });
  }
  hentInnbetalinger(rettighetspakke: Rettighetspakke | string, partIdentifikator: string, periode: Partial<Periode>, extra: Extra = {}): Promise<ApiResponse> {
    return this.call('hentInnbetalinger', { ...extra, params: { rettighetspakke, partIdentifikator }, query: periode });
  }
  hentUtbetalinger(rettighetspakke: Rettighetspakke | string, partIdentifikator: string, periode: Partial<Periode>, extra: Extra = {}): Promise<ApiResponse> {
    return this.call('hentUtbetalinger', { ...extra, params: { rettighetspakke, partIdentifikator }, query: periode });
  }
  hentAapneKravForPerson(rettighetspakke: Rettighetspakke | string, personidentifikator: string, extra: Extra = {}): Promise<ApiResponse> {
    return this.call('hentAapneKravForPerson', { ...extra, params: { rettighetspakke, personidentifikator } });
  }
  hentKravForPerson(rettighetspakke: Rettighetspakke | string, personidentifikator: string, periode: Partial<Periode>, extra: Extra = {}): Promise<ApiResponse> {
    return this.call('hentKravForPerson', { ...extra, params: { rettighetspakke, personidentifikator }, query: periode });
  }
  hentInnbetalingerForPerson(rettighetspakke: Rettighetspakke | string, personidentifikator: string, periode: Partial<Periode>, extra: Extra = {}): Promise<ApiResponse> {
    return this.call('hentInnbetalingerForPerson', { ...extra, params: { rettighetspakke, personidentifikator }, query: periode });
  }
  hentUtbetalingerForPerson(rettighetspakke: Rettighetspakke | string, personidentifikator: string, periode: Partial<Periode>, extra: Extra = {}): Promise<ApiResponse> {
    return this.call('hentUtbetalingerForPerson', { ...extra, params: { rettighetspakke, personidentifikator }, query: periode });
  }
}

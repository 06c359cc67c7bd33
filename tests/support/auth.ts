import type { OperationClient } from '../../src/clients/operation-client.ts';
import type { ApiResponse } from '../../src/http/exchange.ts';
import type { HttpClient } from '../../src/http/client.ts';
import { API_NAMES, apiVersion, type ApiName } from '../../src/spec/versions.ts';
import { expect, test } from '../fixtures/index.ts';
import { kodeAv } from './feil.ts';
import {
  MALFORMED_AUTHORIZATION,
  forgedExpiredToken,
  foreignIssuerToken,
  resign,
  shortLivedToken,
  tamperedToken,
  unsignedToken,
  waitUntilExpired,
  SANDBOX_LIFETIME_PARAMETER,
} from './tokens.ts';

type Extra = { token?: string | null; headers?: Record<string, string> };

export interface GuardedOperation {
  operationId: string;
  /** A title fragment like `GET /api/trekkpaalegg/v1`. */
  linje: string;
  /** Calls the operation with harmless input; `extra` carries the token under test. */
  call(client: OperationClient, extra: Extra): Promise<ApiResponse>;
}

export interface AuthSuite {
  api: ApiName;
  /** A client fixture by name, or for an API without one a factory of its client (the services added in issue 11). */
  client: 'trekkpaalegg' | 'kravOgBetalinger' | 'utleggsbegjaering' | ((http: HttpClient, token: () => Promise<string>) => OperationClient);
  /** The first operation gets every case; the others get no token and wrong scope. */
  operations: GuardedOperation[];
  /** The error code the API documents for 401 and 403, when it has one (Krav og betalinger). */
  koder?: { 401: string; 403: string };
}

/**
 * The authentication cases every API must refuse, as Playwright tests: no token, malformed values,
 * expired, foreign issuer, bad signatures, and a real token for another scope. Each response goes
 * through the contract matcher with the status the API documents.
 */
export function defineAuthTests(suite: AuthSuite): void {
  const tag = [`@${suite.api}`];
  const [first] = suite.operations;
  type Fixtures = Record<'trekkpaalegg' | 'kravOgBetalinger' | 'utleggsbegjaering', OperationClient> & { http: HttpClient; token: (api: ApiName) => Promise<string> };
  const klient = (f: Fixtures) => (typeof suite.client === 'function' ? suite.client(f.http, () => f.token(suite.api)) : f[suite.client]);
  const annotate = (status: 401 | 403) => {
    const kode = suite.koder?.[status];
    if (kode) test.info().annotations.push({ type: 'feilkode', description: kode });
  };
  const refused = async (res: ApiResponse, operationId: string, status: 401 | 403) => {
    await expect(res).toMatchContract(operationId, status);
    const kode = suite.koder?.[status];
    if (kode) expect(kodeAv(res.body)).toBe(kode);
  };

  test.describe(`${suite.api}: authentication and access`, () => {
    for (const op of suite.operations) {
      test(`${op.linje} without an Authorization header answers 401`, { tag: [...tag, op === first ? '@smoke' : '@full'] }, async ({ trekkpaalegg, kravOgBetalinger, utleggsbegjaering, http, token, environment }) => {
        annotate(401);
        const res = await op.call(klient({ trekkpaalegg, kravOgBetalinger, utleggsbegjaering, http, token }), { token: null });
        await refused(res, op.operationId, 401);
      });
    }

    for (const { navn, header } of MALFORMED_AUTHORIZATION) {
      test(`${first.linje} with ${navn} in Authorization answers 401`, { tag: [...tag, '@full'] }, async ({ trekkpaalegg, kravOgBetalinger, utleggsbegjaering, http, token, environment }) => {
        annotate(401);
        const res = await first.call(klient({ trekkpaalegg, kravOgBetalinger, utleggsbegjaering, http, token }), { token: null, headers: { Authorization: header } });
        await refused(res, first.operationId, 401);
      });
    }

    const forged: Array<[string, (real: string) => Promise<string> | string]> = [
      ['an expired token (its claims re-signed with exp an hour ago)', forgedExpiredToken],
      ['a token from a foreign issuer signed with its own fresh key', foreignIssuerToken],
      ['a token re-signed by an untrusted key under the issuer\'s kid', (real) => resign(real, { jti: crypto.randomUUID() })],
      ['an unsigned token (alg none)', unsignedToken],
      ['a token whose payload was changed after signing', (real) => tamperedToken(real, `${apiVersion(suite.api).scope} skatteetaten:admin`)],
    ];
    for (const [navn, make] of forged) {
      test(`${first.linje} with ${navn} answers 401`, { tag: [...tag, '@full'] }, async ({ trekkpaalegg, kravOgBetalinger, utleggsbegjaering, http, token, environment }) => {
        annotate(401);
        const bad = await make(await token(suite.api));
        const res = await first.call(klient({ trekkpaalegg, kravOgBetalinger, utleggsbegjaering, http, token }), { token: bad });
        await refused(res, first.operationId, 401);
      });
    }

    test(`${first.linje} with a real token of the environment's own Maskinporten, waited out past exp, answers 401`, { tag: [...tag, '@full'] }, async ({ trekkpaalegg, kravOgBetalinger, utleggsbegjaering, http, token, environment }) => {
      test.skip(!environment.isSandbox, 'only the sandbox Maskinporten issues tokens short-lived enough to wait out');
      annotate(401);
      const kort = await shortLivedToken(environment, apiVersion(suite.api).scope, 1);
      test.skip(!kort, `the sandbox Maskinporten does not honour ${SANDBOX_LIFETIME_PARAMETER}, so no real token expires in time`);
      await waitUntilExpired(kort!);
      const res = await first.call(klient({ trekkpaalegg, kravOgBetalinger, utleggsbegjaering, http, token }), { token: kort! });
      await refused(res, first.operationId, 401);
    });

    // Another scope, not just another API: the services around the petition share Utleggsbegjæring's scope.
    const annet = API_NAMES.find((a) => apiVersion(a).scope !== apiVersion(suite.api).scope)!;
    for (const op of suite.operations) {
      test(`${op.linje} with a real token for another API's scope (${apiVersion(annet).scope}) answers 403`, { tag: [...tag, '@full'] }, async ({ trekkpaalegg, kravOgBetalinger, utleggsbegjaering, http, token, environment }) => {
        annotate(403);
        let wrong: string;
        try {
          wrong = await token(annet);
        } catch (err) {
          test.skip(true, `the client cannot get a token for ${apiVersion(annet).scope} (${(err as Error).message})`);
          return;
        }
        const res = await op.call(klient({ trekkpaalegg, kravOgBetalinger, utleggsbegjaering, http, token }), { token: wrong });
        await refused(res, op.operationId, 403);
      });
    }

    test(`${first.linje} with a real token for skatteetaten:testscope only answers 403`, { tag: [...tag, '@full'] }, async ({ trekkpaalegg, kravOgBetalinger, utleggsbegjaering, http, token, environment }) => {
      test.skip(!environment.isSandbox, 'skatteetaten:testscope is registered for the sandbox client only');
      annotate(403);
      const res = await first.call(klient({ trekkpaalegg, kravOgBetalinger, utleggsbegjaering, http, token }), { token: await token('skatteetaten:testscope') });
      await refused(res, first.operationId, 403);
    });
  });
}

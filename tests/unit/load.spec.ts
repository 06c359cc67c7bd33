import { test, expect } from '@playwright/test';
import { generateUtleggsbegjaeringer } from '../../generators/index.ts';
import type { Sandbox } from '../../sandbox/server.ts';
import { startSandbox } from './sandbox-support.ts';
import { ContractValidator } from '../../src/contract/index.ts';
import { loadSpec } from '../../src/spec/document.ts';
import type { ApiName } from '../../src/spec/versions.ts';

// A bounded load test on loopback: many submissions at once, then every one looked up again.
const DISTINCT = 500;
const PAIRS = 20;

let sandbox: Sandbox;
let token: string;
let base: string;
const contract = ContractValidator.forApi('utleggsbegjaering');

test.beforeAll(async () => {
  const running = await startSandbox();
  sandbox = running.sandbox;
  // The services around the petition share its scope, so one token serves them all.
  token = await running.token('utleggsbegjaering');
  base = `${sandbox.url}${loadSpec('utleggsbegjaering').basePath}`;
});

/** One call to any API, its answer checked against that API's document. */
async function callApi(api: ApiName, operationId: string, method: string, path: string, body?: unknown) {
  const r = await fetch(`${sandbox.url}${loadSpec(api).basePath}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await r.text();
  const parsed = text === '' ? undefined : JSON.parse(text);
  const check = ContractValidator.forApi(api).validateResponse(operationId, { status: r.status, contentType: r.headers.get('content-type') ?? '', body: parsed });
  expect(check.violations, `${api} ${operationId} ${r.status}`).toEqual([]);
  return { status: r.status, body: parsed as any };
}

test.afterAll(async () => {
  await sandbox?.close();
});

test.beforeEach(() => sandbox.reset());

async function call(operationId: string, method: string, path: string, body?: unknown) {
  const r = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await r.text();
  const contentType = r.headers.get('content-type') ?? '';
  const parsed = text === '' ? undefined : JSON.parse(text);
  const check = contract.validateResponse(operationId, { status: r.status, contentType, body: parsed });
  expect(check.violations, `${operationId} ${r.status}`).toEqual([]);
  return { status: r.status, body: parsed as any };
}

test(`${DISTINCT} distinct petitions sent at once are all stored and can all be fetched`, async () => {
  test.setTimeout(120_000);
  const petitions = generateUtleggsbegjaeringer(DISTINCT, { seed: 500 }).map((p, i) => ({ ...p, innsenderReferanse: `last-${i}` }));
  const answers = await Promise.all(petitions.map((p) => call('sendInnUtleggsbegjaering', 'POST', '/utleggsbegjaering', p)));
  const refused = answers.filter((a) => a.status !== 201);
  expect(refused.slice(0, 5), `${refused.length} of ${DISTINCT} were not stored`).toEqual([]);
  const ids = answers.map((a) => a.body.begjaeringId as string);
  expect(new Set(ids).size).toBe(DISTINCT);
  const fetched = await Promise.all(ids.map((id) => call('hentUtleggsbegjaering', 'GET', `/utleggsbegjaering/${id}`)));
  expect(fetched.filter((f) => f.status !== 200)).toEqual([]);
  expect(fetched.map((f) => f.body.innsenderReferanse).sort()).toEqual(petitions.map((p) => p.innsenderReferanse).sort());
});

test(`${PAIRS} pairs of identical petitions sent at once: each pair gives one 201 and one DUPLIKAT_INNSENDING`, async () => {
  // Each pair's two requests go out on separate connections in the same tick, interleaved with the other pairs.
  const petitions = generateUtleggsbegjaeringer(PAIRS, { seed: 20 }).map((p, i) => ({ ...p, innsenderReferanse: `par-${i}` }));
  const answers = await Promise.all(petitions.flatMap((p) => [p, p]).map((p) => call('sendInnUtleggsbegjaering', 'POST', '/utleggsbegjaering', p)));
  for (let i = 0; i < PAIRS; i++) {
    const pair = [answers[2 * i], answers[2 * i + 1]];
    expect(pair.map((a) => a.status).sort(), `pair ${i}`).toEqual([201, 422]);
    const refusal = pair.find((a) => a.status === 422)!;
    expect(refusal.body.kontrollutslag.map((k: { kode: string }) => k.kode), `pair ${i}`).toEqual(['DUPLIKAT_INNSENDING']);
  }
  // And nothing else was stored: a third copy of each is still a duplicate.
  const again = await call('validerUtleggsbegjaering', 'POST', '/utleggsbegjaering/valider', petitions[0]);
  expect(again.status).toBe(422);
});

test(`${DISTINCT} submissions at once, then each one's Status på sak and every debtor's Betjeningskartet lookup, all at once`, async () => {
  test.setTimeout(120_000);
  const petitions = generateUtleggsbegjaeringer(DISTINCT, { seed: 501 }).map((p, i) => ({ ...p, innsenderReferanse: `tjenester-${i}` }));
  const sendt = await Promise.all(petitions.map((p) => call('sendInnUtleggsbegjaering', 'POST', '/utleggsbegjaering', p)));
  expect(sendt.filter((a) => a.status !== 201).length, 'refused submissions').toBe(0);

  // Every debtor's identifier (fødselsnummer, D-nummer or organisasjonsnummer) as the petitions name them.
  const skyldnere = [...new Set(petitions.flatMap((p) => JSON.stringify((p as { saksoekt?: unknown }).saksoekt ?? []).match(/(?<=")\d{9}(?:\d{2})?(?=")/g) ?? []))];
  const bolker: string[][] = [];
  for (let i = 0; i < skyldnere.length; i += 100) bolker.push(skyldnere.slice(i, i + 100));
  const [statuser, oppslag] = await Promise.all([
    Promise.all(petitions.map((p) => callApi('statuspaasak', 'hentStatusPaaSak', 'GET', `/saker/${encodeURIComponent(p.innsenderReferanse)}`))),
    Promise.all(bolker.map((identifikatorer) => callApi('betjeningskartet', 'slaaOppRegelverk', 'POST', '/regelverk', { identifikatorer }))),
  ]);
  expect(statuser.filter((s) => s.status !== 200).length, 'submissions Status på sak did not find').toBe(0);
  expect(statuser.map((s) => s.body.saksstatus).filter((x) => x !== 'sakOpprettet'), 'a fresh case is sakOpprettet').toEqual([]);
  expect(oppslag.map((o) => o.status)).toEqual(bolker.map(() => 200));
  expect(oppslag.flatMap((o) => o.body.resultater).length, 'one answer per debtor').toBe(skyldnere.length);
});

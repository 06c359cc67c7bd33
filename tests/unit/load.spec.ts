import { test, expect } from '@playwright/test';
import { generateUtleggsbegjaeringer } from '../../generators/index.ts';
import type { Sandbox } from '../../sandbox/server.ts';
import { startSandbox } from './sandbox-support.ts';
import { ContractValidator } from '../../src/contract/index.ts';
import { loadSpec } from '../../src/spec/document.ts';

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
  token = await running.token('utleggsbegjaering');
  base = `${sandbox.url}${loadSpec('utleggsbegjaering').basePath}`;
});

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

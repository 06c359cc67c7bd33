import { test, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HttpClient } from '../../src/http/client.ts';
import type { Exchange } from '../../src/http/exchange.ts';
import { exchangeReport } from '../fixtures/index.ts';
import { syntheticPdf } from '../support/petitions.ts';
import { BASE, example, startSandbox, type Running } from './sandbox-support.ts';

let running: Running;
let dir: string;
test.beforeAll(async () => {
  running = await startSandbox();
  dir = mkdtempSync(join(tmpdir(), 'replay-'));
});
test.afterAll(async () => running?.sandbox.close());

// Asynchronous on purpose: the sandbox runs in this process, and a synchronous child would block it.
function replay(...files: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('node', ['--import', 'tsx', 'bin/replay.ts', ...files], { env: { ...process.env, CONFORMANCE_BASE_URL: running.sandbox.url } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

function record(name: string, exchange: object): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(exchange, null, 2));
  return file;
}

/** Sends one request and writes its attachment exactly as the suite's fixtures do. */
async function recorded(name: string, send: (http: HttpClient) => Promise<unknown>): Promise<string> {
  let exchange: Exchange | undefined;
  await send(new HttpClient({ baseUrl: running.sandbox.url, onExchange: (e) => (exchange = e) }));
  return record(name, JSON.parse(exchangeReport(exchange!)));
}

test('a recorded GET is sent again to the configured environment with a fresh token, and stderr says where', async () => {
  const file = record('liste.json', {
    operationId: 'hentTrekkpaalegg',
    // Recorded against another origin, with the token redacted as the reports keep it.
    request: { method: 'GET', url: 'https://api-test.sits.no/api/trekkpaalegg/v1?maksAntall=2', headers: { Authorization: 'Bearer [redacted]', Accept: 'application/json' } },
    response: { status: 200 },
  });
  const run = await replay(file);
  expect(run.stderr).toBe(`replay: sending to egendefinert (${running.sandbox.url}), Maskinporten ${running.sandbox.url}/maskinporten/.well-known/oauth-authorization-server, client sandbox-test-client\n`);
  expect(run.stdout).toContain('GET /api/trekkpaalegg/v1?maksAntall=2 → 200 as recorded, and the answer matches the contract');
  expect(run.status).toBe(0);
});

test('a replay whose status differs says DIFFERS and what came back, never that it matches, and exits 1', async () => {
  const body = JSON.stringify(example('enkel'));
  const file = record('send.json', {
    operationId: 'sendInnUtleggsbegjaering',
    request: { method: 'POST', url: 'http://127.0.0.1:1/api/utleggsbegjaering/v1/utleggsbegjaering', headers: { Authorization: 'Bearer [redacted]', 'Content-Type': 'application/json' }, body },
    response: { status: 201 },
  });
  const first = await replay(file);
  expect(first.stdout).toContain('→ 201 as recorded');
  const second = await replay(file);
  expect(second.stdout).toMatch(/→ 422, recorded 201: DIFFERS; the answer was "[^"]+" \(1 kontroll feilet\), codes DUPLIKAT_INNSENDING\n/);
  expect(second.stdout).not.toContain('matches the contract');
  expect(second.status).toBe(1);
});

test('the recorded acting organisation is used again: a systembruker 200 stays 200 (it was a 404 without it)', async () => {
  const org = '310478717';
  const token = await running.token('trekkpaalegg', org);
  const http = new HttpClient({ baseUrl: running.sandbox.url });
  const [order] = (await http.send({ method: 'GET', path: `${BASE.trekkpaalegg}?maksAntall=1`, operationId: 'hentTrekkpaalegg', token })).body as { trekkid: string; trekkversjon: number }[];
  const file = await recorded('systembruker.json', (h) =>
    h.send({ method: 'GET', path: `${BASE.trekkpaalegg}/${order.trekkid}/${order.trekkversjon}`, operationId: 'hentTrekkpaaleggVersjon', token }));
  const attachment = JSON.parse(readFileSync(file, 'utf8'));
  expect(attachment.auth).toEqual({ scope: 'skatteetaten:trekkpaalegg', org, systembruker: true });
  expect(JSON.stringify(attachment)).not.toContain(token);
  const run = await replay(file);
  expect(run.stdout).toContain(`→ 200 as recorded, and the answer matches the contract`);
  expect(run.status).toBe(0);
  // The same attachment without the acting organisation (as written before it was recorded) acts for the client's own.
  const { auth, ...old } = attachment;
  void auth;
  const without = await replay(record('uten-auth.json', old));
  expect(without.stdout).toMatch(/→ 404, recorded 200: DIFFERS/);
  expect(without.status).toBe(1);
});

test('a recorded upload is sent again with its body (it was always a 400)', async () => {
  const file = await recorded('vedlegg.json', async (h) =>
    h.send({
      method: 'POST', path: `${BASE.utleggsbegjaering}/vedlegg?filnavn=bilag.pdf&innsenderReferanse=replay-vedlegg`, operationId: 'lastOppVedlegg',
      raw: { data: syntheticPdf('bilag'), contentType: 'application/pdf' }, token: await running.token('utleggsbegjaering'),
    }));
  const attachment = JSON.parse(readFileSync(file, 'utf8'));
  expect(attachment.response.status).toBe(201);
  expect(Buffer.from(attachment.request.bodyBase64, 'base64').toString()).toContain('%PDF-1.4');
  const run = await replay(file);
  expect(run.stdout).toContain('POST /api/utleggsbegjaering/v1/vedlegg?filnavn=bilag.pdf&innsenderReferanse=replay-vedlegg → 201 as recorded');
  expect(run.status).toBe(0);
  // An attachment that kept only the size cannot be replayed: said before anything is sent.
  const { bodyBase64, ...request } = attachment.request;
  void bodyBase64;
  const sizeOnly = await replay(record('vedlegg-uten-innhold.json', { ...attachment, request }));
  expect(sizeOnly.stderr).toMatch(/^replay: .*vedlegg-uten-innhold\.json: the recorded upload \(\d+ bytes\) is not in the attachment/);
  expect(sizeOnly.stdout).toBe('');
  expect(sizeOnly.status).toBe(2);
});

test('no file, a missing file and a file that is not an exchange are usage errors (exit 2, one line)', async () => {
  for (const args of [[], [join(dir, 'nope.json')], [record('other.json', { hello: 1 })], ['--bogus']]) {
    const run = await replay(...args);
    expect(run.status, args.join(' ')).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stdout).toBe('');
  }
});

import { test, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { resolveEnvironment } from '../../src/config/environment.ts';
import { toCurl } from '../../src/http/curl.ts';
import { HttpClient } from '../../src/http/client.ts';
import type { Exchange } from '../../src/http/exchange.ts';
import { syntheticPdf } from '../support/petitions.ts';
import { BASE, startSandbox, type Running } from './sandbox-support.ts';

// The token CLI and the reproduction lines the reports carry, run as a user runs them: by npm, in a shell
// that has none of the run's settings, from the project folder.
const root = fileURLToPath(new URL('../..', import.meta.url));
/** A fresh shell: no CONFORMANCE_* or MASKINPORTEN_* from this process leak into what is "pasted". */
const clean: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME };

let running: Running;
test.beforeAll(async () => {
  running = await startSandbox();
});
test.afterAll(async () => running?.sandbox.close());

// Asynchronous: the sandbox runs in this process, and a synchronous child would block it.
function sh(script: string, env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', script], { cwd: root, env: { ...clean, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function exchangeOf(send: (http: HttpClient) => Promise<unknown>): Promise<Exchange> {
  let exchange: Exchange | undefined;
  await send(new HttpClient({ baseUrl: running.sandbox.url, onExchange: (e) => (exchange = e) }));
  return exchange!;
}

test('token says on stderr what it talked to and for whom, never the token; stdout is the token alone', async () => {
  const url = running.sandbox.url;
  const run = await sh('npm run -s token -- --scope skatteetaten:trekkpaalegg --systembruker 310478717', { CONFORMANCE_BASE_URL: url });
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
  expect(run.stderr).toMatch(new RegExp(`^${escape(
    `token: from ${url}/maskinporten/ for egendefinert (${url}), Maskinporten ${url}/maskinporten/.well-known/oauth-authorization-server, ` +
      'client sandbox-test-client; acting for 310478717 as systembruker, scope skatteetaten:trekkpaalegg, valid ',
  )}1[12]\\d s\n$`));
  expect(run.stderr).not.toContain(run.stdout.trim());
  const quiet = await sh('npm run -s token -- --scope skatteetaten:trekkpaalegg --quiet', { CONFORMANCE_BASE_URL: url });
  expect(quiet).toMatchObject({ code: 0, stderr: '' });
});

test('with no base URL set token names the local sandbox it tried and how to start one, exit 1', async () => {
  // The local default (8085, or the port the suite's config hands down) with nothing listening on it.
  const run = await sh('npm run -s token -- --scope skatteetaten:trekkpaalegg', { CONFORMANCE_SANDBOX_URL: 'http://127.0.0.1:1' });
  expect(run).toMatchObject({ code: 1, stdout: '' });
  expect(run.stderr).toMatch(/^token: Maskinporten: network_error: could not reach http:\/\/127\.0\.0\.1:1\/maskinporten\/.* \(asked lokal sandkasse at http:\/\/127\.0\.0\.1:1, .*start it with `npm run sandbox`, or set CONFORMANCE_BASE_URL\)\n$/);
  const test_ = await sh('npm run -s token -- --scope skatteetaten:trekkpaalegg', { CONFORMANCE_ENV: 'test' });
  expect(test_).toMatchObject({ code: 2, stdout: '' });
  expect(test_.stderr).toContain('MASKINPORTEN_CLIENT_ID is not set');
});

test('a curl reproduction line works when pasted into a fresh shell: right base URL, same acting systembruker', async () => {
  const org = '310478717';
  const token = await running.token('trekkpaalegg', org);
  const list = await new HttpClient({ baseUrl: running.sandbox.url }).send({ method: 'GET', path: `${BASE.trekkpaalegg}?maksAntall=1`, operationId: 'hentTrekkpaalegg', token });
  const [order] = list.body as { trekkid: string; trekkversjon: number }[];
  const exchange = await exchangeOf((h) => h.send({ method: 'GET', path: `${BASE.trekkpaalegg}/${order.trekkid}/${order.trekkversjon}`, operationId: 'hentTrekkpaaleggVersjon', token }));
  // As the suite writes it against the embedded sandbox (kind local, on the run's own port).
  const curl = toCurl(exchange, 'skatteetaten:trekkpaalegg', resolveEnvironment({ CONFORMANCE_SANDBOX_URL: running.sandbox.url }));
  expect(curl).not.toContain(token);
  expect(curl).toContain(`export CONFORMANCE_BASE_URL=${running.sandbox.url}\n`);
  expect(curl).toContain(`TOKEN=$(npm run -s token -- --scope skatteetaten:trekkpaalegg --systembruker ${org})\n`);
  const pasted = await sh(curl);
  expect(pasted.stdout).toMatch(/^HTTP\/1\.1 200 OK/);
  expect(pasted.stdout).toContain(`"trekkid":"${order.trekkid}"`);
});

test('a pasted reproduction of an upload sends the recorded file again (it said "@your-file")', async () => {
  const ref = `curl-${Date.now()}`;
  const exchange = await exchangeOf(async (h) =>
    h.send({
      method: 'POST', path: `${BASE.utleggsbegjaering}/vedlegg?filnavn=bilag.pdf&innsenderReferanse=${ref}`, operationId: 'lastOppVedlegg',
      raw: { data: syntheticPdf('bilag'), contentType: 'application/pdf' }, token: await running.token('utleggsbegjaering'),
    }));
  expect(exchange.response.status).toBe(201);
  const curl = toCurl(exchange, 'skatteetaten:utleggsbegjaering', resolveEnvironment({ CONFORMANCE_BASE_URL: running.sandbox.url }));
  expect(curl).not.toContain('your-file');
  const pasted = await sh(curl);
  expect(pasted.stdout).toMatch(/^HTTP\/1\.1 201 Created/);
});

test('a reproduction line for the test environment names what to set and never a credential', () => {
  const env = { ...resolveEnvironment({ CONFORMANCE_ENV: 'test', MASKINPORTEN_CLIENT_ID: 'leverandoer-klient', MASKINPORTEN_CLIENT_JWK: JSON.stringify({ kty: 'RSA', d: 'hemmelig-d-verdi' }) }) };
  const exchange: Exchange = {
    request: { method: 'GET', url: 'https://api-test.sits.no/api/trekkpaalegg/v1', headers: { Authorization: 'Bearer abc.def.ghi', Accept: 'application/json' } },
    response: { operationId: 'hentTrekkpaalegg', status: 200, headers: {}, contentType: 'application/json', body: [], text: '[]' },
    durationMs: 1,
  };
  const curl = toCurl(exchange, 'skatteetaten:trekkpaalegg', env);
  expect(curl).toContain('unset CONFORMANCE_BASE_URL; export CONFORMANCE_ENV=test\n');
  expect(curl).toContain('MASKINPORTEN_CLIENT_ID and MASKINPORTEN_CLIENT_JWK');
  expect(curl).not.toMatch(/hemmelig|leverandoer-klient|abc\.def/);
});

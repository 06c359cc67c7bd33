import { expect, test } from '@playwright/test';
import { UtleggsbegjaeringClient } from '../../src/clients/apis.ts';
import { InnsynTrekkClient, norsk } from '../../src/clients/innsyntrekk.ts';
import { ContractValidator } from '../../src/contract/index.ts';
import { HttpClient } from '../../src/http/client.ts';
import { loadSpec } from '../../src/spec/document.ts';
import { publishedCopy, withOperationIds } from './published-support.ts';
import { example, startSandbox, type Running } from './sandbox-support.ts';

// As tests/unit/published-document.spec.ts for Utleggsbegjæring: Skatteetaten's document for Innsyn i
// ett trekk (SwaggerHub utleggsbegjaering-innsyn-api 1.0.1) replaces ours through versions.json. The
// stand-in is ours with another path and operationId; the sandbox, the client and the validator must
// follow it.
const THEIR_IDS: Record<string, string> = { hentInnsynITrekk: 'hentInnsynIEttTrekk' };
const THEIR_PATHS: Record<string, string> = { '/innsyn': '/trekk/innsynsforespoersel' };
const BASE = '/api/utleggsbegjaering-innsyn/v1';

let published: ReturnType<typeof publishedCopy>;
let dir: string;
let running: Running;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  published = publishedCopy({ api: 'innsyntrekk', version: 'v1', operationIds: THEIR_IDS, sti: (p) => THEIR_PATHS[p] });
  dir = published.dir;
  running = await startSandbox({ now: () => new Date('2026-05-15T10:00:00Z') });
});

test.afterAll(async () => {
  await running?.sandbox.close();
  published?.restore();
});

test('the loader renames the published operationId to ours and keeps the published path', () => {
  const spec = loadSpec('innsyntrekk');
  expect(spec.publisert).toBe(true);
  expect(spec.operations.get('hentInnsynITrekk')?.fullPath).toBe(`${BASE}/trekk/innsynsforespoersel`);
  expect(spec.operations.has('hentInnsynIEttTrekk')).toBe(false);
});

test('a client calling our operationId reaches the published path, and the sandbox answers by it', async () => {
  const http = new HttpClient({ baseUrl: running.sandbox.url });
  const innsyn = new InnsynTrekkClient('innsyntrekk', http, () => running.token('innsyntrekk'));
  const validator = ContractValidator.forApi('innsyntrekk');
  const gyldig = (res: { status: number; contentType: string; body: unknown }) =>
    expect(validator.validateResponse('hentInnsynITrekk', res).violations).toEqual([]);

  const sendt = await new UtleggsbegjaeringClient('utleggsbegjaering', http, () => running.token('utleggsbegjaering'), 'v1').sendInn(example('enkel'));
  expect(sendt.status, sendt.text).toBe(201);

  const svar = await innsyn.hent(norsk('311758489'), norsk('44926701751'));
  expect(svar.status, svar.text).toBe(200);
  expect(new URL(svar.exchange!.request.url).pathname).toBe(`${BASE}/trekk/innsynsforespoersel`);
  expect((svar.body as { saksoekersKravIEttTrekk: unknown[] }).saksoekersKravIEttTrekk).toHaveLength(3);
  gyldig(svar);

  const ukjent = await innsyn.hent(norsk('313182495'), norsk('44926701751'));
  expect(ukjent.status).toBe(404);
  gyldig(ukjent);

  const feil = await innsyn.hent(norsk('311758489'), norsk('123'));
  expect(feil.status).toBe(400);
  gyldig(feil);

  const token = await running.token('innsyntrekk');
  const old = await fetch(`${running.sandbox.url}${BASE}/innsyn`, {
    method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ saksoeker: norsk('311758489'), saksoekt: norsk('44926701751') }),
  });
  expect(old.status, 'our own path is not served when the published document says otherwise').toBe(404);
});

test('a mapping to an operationId the document does not have is one clear error naming it', () => {
  withOperationIds(dir, 'innsyntrekk', 'v1', { hentInnsynITrekk: 'finnesIkke' }, () => {
    expect(() => loadSpec('innsyntrekk')).toThrow(/has no operation "finnesIkke" \(specs\/versions\.json maps hentInnsynITrekk to it\)/);
  });
});

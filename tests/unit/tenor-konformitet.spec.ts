import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { MaskinportenClient } from '../../src/maskinporten/index.ts';
import { SANDBOX_CLIENT } from '../../src/config/environment.ts';
import { loadSpec } from '../../src/spec/document.ts';
import { identifierOf, loadParties, sandkasseregister, type Party } from '../../generators/parties/index.ts';
import { aktoer } from '../../generators/requests/v2/aktoer.ts';
import { fixturParter, PARTER, run, startSandboxProcess, type SandboxProcess } from './tenor-support.ts';

// A run whose parties come from Tenor files: with CONFORMANCE_PARTIES set, the generators in the test
// process and the sandbox the suite starts read the same parties, so the petitions name them and the
// sandbox's register knows them. Without the variable, the same petitions name parties it has never heard of.

test.describe.configure({ mode: 'serial', timeout: 180_000 });

const BASE = loadSpec('utleggsbegjaering', 'v2').basePath;
const importert = loadParties(PARTER).parties;
const importerteIder = new Set(importert.map(identifierOf));
/** The sandbox's own fixed parties (seeds, examples, owners, underenheter): what stays beside an import. */
const fast = (() => {
  const r = sandkasseregister();
  return new Set(r.all().filter((p) => r.sourceOf(p) !== 'generated').map(identifierOf));
})();

let petitions: any[];
let med: SandboxProcess;
let uten: SandboxProcess;

test.beforeAll(async () => {
  const [generert, a, b] = await Promise.all([
    run('generate', ['utleggsbegjaering', '--version', 'v2', '--count', '12', '--seed', '5', '--kompleksitet', 'kompleks'], { CONFORMANCE_PARTIES: PARTER }),
    startSandboxProcess([], { CONFORMANCE_PARTIES: PARTER }),
    startSandboxProcess([]),
  ]);
  expect(generert.code, generert.stderr).toBe(0);
  petitions = JSON.parse(generert.stdout);
  med = a;
  uten = b;
});
test.afterAll(async () => Promise.all([med?.stop(), uten?.stop()]));

type Rolle = { person?: any; virksomhet?: any; adresse: unknown[] };
const roller = (p: any): Rolle[] => [...p.saksoeker.map((s: any) => s.saksoeker), ...p.saksoekt.map((s: any) => s.saksoekt)];
const idAv = (r: Rolle): string => (r.person ?? r.virksomhet).identifikator.taxIdentificationNumber;

test('the petitions name the imported parties, as Tenor has them: names, numbers, birth dates, addresses', () => {
  expect(importert.length).toBe(fixturParter().length + 2);
  const alle = petitions.flatMap(roller);
  const fra = alle.filter((r) => importerteIder.has(idAv(r)));
  // Only the imported parties and the sandbox's fixed ones remain to be drawn: the generated crowd stepped aside.
  for (const r of alle) expect(importerteIder.has(idAv(r)) || fast.has(idAv(r)), idAv(r)).toBe(true);
  expect(fra.length / alle.length).toBeGreaterThan(0.5);
  expect(fra.some((r) => r.person)).toBe(true);
  expect(fra.some((r) => r.virksomhet)).toBe(true);
  const byId = new Map<string, Party>(importert.map((p) => [identifierOf(p), p]));
  for (const r of fra) {
    const skulle = aktoer(byId.get(idAv(r))!);
    if (r.person) expect(r.person).toMatchObject(skulle.person!);
    else expect(r.virksomhet).toMatchObject(skulle.virksomhet!);
    expect(r.adresse[0]).toEqual(skulle.adresse![0]);
  }
});

async function tokenFor(sb: SandboxProcess): Promise<string> {
  const client = new MaskinportenClient({
    clientId: SANDBOX_CLIENT.clientId,
    key: JSON.parse(readFileSync(SANDBOX_CLIENT.keyFile, 'utf8')),
    wellKnownUrl: `${sb.url}/maskinporten/.well-known/oauth-authorization-server`,
  });
  return client.getToken({ scope: 'skatteetaten:utleggsbegjaering' });
}

async function post(sb: SandboxProcess, token: string, path: string, body: unknown) {
  const res = await fetch(`${sb.url}${BASE}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: res.status === 204 ? undefined : ((await res.json()) as any) };
}

test('the sandbox started with the same CONFORMANCE_PARTIES accepts every one of them', async () => {
  const token = await tokenFor(med);
  for (const p of petitions) {
    const res = await post(med, token, '/utleggsbegjaering', p);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  }
  expect(med.stderr()).toMatch(/sandbox: --parties .*soek-brreg-er-fr\.json: dokumentListe\[\d+\]\.tenorMetadata\.kildedata\.rollegrupper: an enkeltpersonforetak without an innehaver/);
});

test('a sandbox without the variable does not know them: SAKSOEKT_MANGLER_I_REGISTERET', async () => {
  const token = await tokenFor(uten);
  const koder = new Set<string>();
  for (const p of petitions) {
    const res = await post(uten, token, '/utleggsbegjaering/valider', p);
    if (res.status === 422) for (const k of res.body.kontrollutslag as { kode: string }[]) koder.add(k.kode);
  }
  expect([...koder]).toContain('SAKSOEKT_MANGLER_I_REGISTERET');
});

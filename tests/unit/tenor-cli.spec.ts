import { test, expect } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeJwt } from 'jose';
import { loadParties, sandkasseregister, TENOR_SCOPE, type Party } from '../../generators/parties/index.ts';
import { createSandbox, type Sandbox } from '../../sandbox/server.ts';
import { freePort } from '../../src/net/free-port.ts';
import { PARTER, run, type Run } from './tenor-support.ts';

// npm run tenor as a user runs it, against the sandbox's local Tenor on a fresh machine: the token
// through the sandbox's Maskinporten, KQL applied, paging past the 200 per query without duplicates,
// and one clear line for a refused scope, a refused query and no network.

test.describe.configure({ timeout: 120_000 });

let sb: Sandbox;
const register = sandkasseregister();

test.beforeAll(async () => {
  sb = await createSandbox({ port: 0 });
});
test.afterAll(async () => sb?.close());

const tenor = (args: string[], env: Record<string, string | undefined> = {}): Promise<Run> =>
  run('tenor', args, { CONFORMANCE_BASE_URL: sb.url, CONFORMANCE_ENV: undefined, MASKINPORTEN_CLIENT_ID: undefined, MASKINPORTEN_CLIENT_JWK: undefined, ...env });

function answer(r: Run): { treff: number; rader: number; dokumentListe: any[]; hentet: { kilde: string; seeds: number[] } } {
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

const ids = (a: { dokumentListe: any[] }) => a.dokumentListe.map((d) => d.tenorMetadata.id as string);

function oneLine(r: Run, message: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n'), r.stderr).toHaveLength(1);
  expect(r.stderr).toMatch(message);
}

test('applies the KQL filter and writes a Tenor answer that --parties imports field for field', async () => {
  const kql = 'personstatus:bosatt and foedselsdato:[1970 to 1989]';
  const a = answer(await tenor(['--kilde', 'freg', '--kql', kql, '--antall', '40', '--seed', '9']));
  const forventet = register.persons().filter((p) => p.adresse.land === 'NO' && Number(p.identifikator.slice(0, 2)) <= 40 && p.foedselsdato >= '1970' && p.foedselsdato < '1990');
  expect(forventet.length).toBeGreaterThan(40);
  expect(a.rader).toBe(40);
  expect(a.treff).toBe(forventet.length);
  expect(a.hentet).toMatchObject({ kilde: 'freg', kql, seeds: [9] });
  for (const d of a.dokumentListe) {
    const k = JSON.parse(d.tenorMetadata.kildedata);
    expect(k.status.find((s: any) => s.erGjeldende).status).toBe('bosatt');
    expect(d.foedselsdato >= '1970' && d.foedselsdato < '1990', d.foedselsdato).toBe(true);
  }
  const dir = test.info().outputPath('hentet');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'freg.json'), JSON.stringify(a));
  const { parties, warnings } = loadParties(join(dir, 'freg.json'));
  expect(warnings).toEqual([]);
  expect(parties).toHaveLength(40);
  for (const p of parties) expect(p).toEqual(register.byId((p as Extract<Party, { type: 'person' }>).identifikator));
});

test('pages past Tenor\'s 200 per query with further seeds, without duplicates, saying how far it has come', async () => {
  const bosatte = register.persons().filter((p) => p.adresse.land === 'NO' && Number(p.identifikator.slice(0, 2)) <= 40);
  expect(bosatte.length).toBeGreaterThan(200);
  const [alle, noen, org] = await Promise.all([
    tenor(['--kilde', 'freg', '--kql', 'personstatus:bosatt', '--antall', '1000']),
    tenor(['--kilde', 'freg', '--kql', 'personstatus:bosatt', '--antall', '230', '--seed', '5']),
    tenor(['--kilde', 'brreg-er-fr', '--antall', String(register.organisations().length)]),
  ]);
  const a = answer(alle);
  expect(new Set(ids(a)).size).toBe(a.rader);
  expect(new Set(ids(a))).toEqual(new Set(bosatte.map((p) => p.identifikator)));
  expect(a.hentet.seeds.length).toBeGreaterThan(1);
  expect(alle.stderr).toMatch(/^tenor: \d+\/1000 documents \(seed 1, page 0, \d+ match\)$/m);
  expect(alle.stderr).toMatch(new RegExp(`tenor: wrote ${bosatte.length} freg documents .*; the query gives only ${bosatte.length} usable of the 1000 asked\\n$`));

  const n = answer(noen);
  expect(n.rader).toBe(230);
  expect(new Set(ids(n)).size).toBe(230);
  expect(n.hentet.seeds[0]).toBe(5);
  expect(n.hentet.seeds.length).toBeGreaterThan(1);

  const o = answer(org);
  expect(new Set(ids(o))).toEqual(new Set(register.organisations().map((x) => x.organisasjonsnummer)));
  // Enkeltpersonforetak of the generated crowd have no owner: fetched, and named on stderr.
  expect(org.stderr).toMatch(/^tenor: \d{9}: tenorMetadata\.kildedata\.rollegrupper: an enkeltpersonforetak without an innehaver/m);
});

/** A Maskinporten that records the grant it gets and refuses its scope, as the real one does for a client without Tenor access. */
async function stubMaskinporten(): Promise<{ url: string; grants: Record<string, unknown>[]; server: Server }> {
  const grants: Record<string, unknown>[] = [];
  const server = createServer((req, res) => {
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    if (req.url === '/maskinporten/.well-known/oauth-authorization-server') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ issuer: `${url}/maskinporten/`, token_endpoint: `${url}/maskinporten/token` }));
      return;
    }
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      grants.push(decodeJwt(new URLSearchParams(body).get('assertion') ?? '') as Record<string, unknown>);
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'invalid_scope', error_description: 'Scope not allowed for client' }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, grants, server };
}

test('the token: a JWT-bearer grant for Tenor\'s scope with the configured client; a refused scope is one line', async () => {
  const stub = await stubMaskinporten();
  try {
    const r = await tenor(['--kilde', 'freg', '--antall', '5', '--url', `${sb.url}/tenor/api/testnorge/v2`], { CONFORMANCE_BASE_URL: stub.url });
    oneLine(r, /^tenor: Maskinporten refused the scope skatteetaten:testnorge\/testdata\.read for client sandbox-test-client \(Scope not allowed for client\); Tenor grants it on request to tenor@skatteetaten\.no/);
    expect(stub.grants).toHaveLength(1);
    expect(stub.grants[0]).toMatchObject({ scope: TENOR_SCOPE, iss: 'sandbox-test-client', aud: `${stub.url}/maskinporten/` });
  } finally {
    stub.server.close();
  }
  // Against the sandbox the same grant succeeds, and its local Tenor takes no token without that scope (tenor-sandbox.spec.ts).
  expect(answer(await tenor(['--kilde', 'freg', '--antall', '1'])).rader).toBe(1);
});

test('a query Tenor refuses, no network, bad options: one line each, exit 2, nothing on stdout', async () => {
  const closed = await freePort();
  const [kql, ingenMp, ingenTenor, utenKilde, feilKilde, feilAntall, ukjent, konfig] = await Promise.all([
    tenor(['--kilde', 'freg', '--kql', 'personstatus:(bosatt', '--antall', '5']),
    tenor(['--kilde', 'freg', '--antall', '5'], { CONFORMANCE_BASE_URL: `http://127.0.0.1:${closed}` }),
    tenor(['--kilde', 'freg', '--antall', '5', '--url', `http://127.0.0.1:${closed}/api/testnorge/v2`]),
    tenor(['--antall', '5']),
    tenor(['--kilde', 'skatt', '--antall', '5']),
    tenor(['--kilde', 'freg', '--antall', 'mange']),
    tenor(['--kilde', 'freg', '--antall', '5', '--farge', 'blå']),
    tenor(['--kilde', 'freg', '--antall', '5'], { CONFORMANCE_BASE_URL: undefined, CONFORMANCE_ENV: 'test' }),
  ]);
  oneLine(kql, /^tenor: Tenor refused the search for kql "personstatus:\(bosatt" \(HTTP 400\): kql: expected "\)" to close the values of personstatus/);
  oneLine(ingenMp, new RegExp(`^tenor: no token from Maskinporten: could not reach http://127\\.0\\.0\\.1:${closed}/maskinporten/`));
  oneLine(ingenTenor, new RegExp(`^tenor: cannot reach Tenor at http://127\\.0\\.0\\.1:${closed}: `));
  oneLine(utenKilde, /^tenor: --kilde is required/);
  oneLine(feilKilde, /^tenor: --kilde must be freg or brreg-er-fr, got "skatt"/);
  oneLine(feilAntall, /^tenor: --antall must be a whole number, got "mange"/);
  oneLine(ukjent, /^tenor: Unknown option '--farge'/);
  oneLine(konfig, /^tenor: MASKINPORTEN_CLIENT_ID is not set/);
});

test('--help says what it does, on stdout, exit 0', async () => {
  const r = await tenor(['--help']);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/^usage: tenor --kilde freg\|brreg-er-fr --kql 'KQL' --antall N/);
  expect(r.stdout).toContain(TENOR_SCOPE);
  expect(r.stderr).toBe('');
});

test('generate and sandbox --parties take Tenor files: warnings on stderr, a bad one in one line, exit 2', async () => {
  const bad = 'tests/unit/fixtures/tenor/bad';
  const [ok, omslag, avkuttet, sandbox] = await Promise.all([
    run('generate', ['parties', '--count', '1', '--parties', PARTER]),
    run('generate', ['utleggsbegjaering', '--parties', `${bad}/dolly-omslag.json`]),
    run('generate', ['utleggsbegjaering', '--parties', `${bad}/brreg-er-fr-avkuttet.json`]),
    run('sandbox', ['--port', '0', '--parties', `${bad}/dolly-soekesvar.json`]),
  ]);
  expect(ok.code, ok.stderr).toBe(0);
  expect(ok.stderr).toMatch(/^generate: --parties .*soek-brreg-er-fr\.json: dokumentListe\[\d+\]\.tenorMetadata\.kildedata\.rollegrupper: an enkeltpersonforetak without an innehaver/m);
  oneLine(omslag, /^generate: --parties tests\/unit\/fixtures\/tenor\/bad\/dolly-omslag\.json: is neither a JSON array of parties nor a Tenor file/);
  oneLine(avkuttet, /^generate: --parties .*brreg-er-fr-avkuttet\.json: is not valid JSON: .* at line \d+, column \d+\n$/);
  oneLine(sandbox, /^sandbox: .*dolly-soekesvar\.json: dokumentListe\[0\]\.tenorMetadata\.kildedata\.navn: has no fornavn \(only visningnavn "TESTYTEST CAFE"/);
});

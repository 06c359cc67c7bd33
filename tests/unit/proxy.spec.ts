// The validating proxy (tools/proxy/): forwards byte for byte in both directions, streams, judges and
// records what passes, survives broken input, and refuses production without the suite's own flag.
import { spawnSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { test, expect } from '@playwright/test';
import { createSandbox } from '../../sandbox/server.ts';
import { SANDBOX_CLIENT } from '../../src/config/environment.ts';
import { MaskinportenClient } from '../../src/maskinporten/index.ts';
import { findSecrets } from '../../src/redact.ts';
import { startOpptak, type Opptak, type Utvekslingspost } from '../../tools/leverandoer/index.ts';
import { MaalError, tolkMaal } from '../../tools/proxy/maal.ts';
import { createProxy, type Proxy } from '../../tools/proxy/proxy.ts';

interface Mottatt { method: string; url: string; rawHeaders: string[]; bytes: number; sha256: string }

/** An upstream that answers what it was asked, byte for byte, and lets a test hold its answers back. */
class Oppstroem {
  server!: Server;
  url = '';
  mottatt: Mottatt[] = [];
  /** Resolved when an upload's first chunk has arrived (the client is still holding the rest). */
  foersteBit!: Promise<void>;
  private foersteBitKom!: () => void;
  /** The /slow answer's second half waits for this. */
  slipp!: () => void;
  private sluppet!: Promise<void>;

  nullstill() {
    this.foersteBit = new Promise((r) => (this.foersteBitKom = r));
    this.sluppet = new Promise((r) => (this.slipp = r));
  }

  async start() {
    this.nullstill();
    this.server = createServer((req, res) => {
      const hash = createHash('sha256');
      let bytes = 0;
      req.on('data', (c: Buffer) => {
        if (bytes === 0) this.foersteBitKom();
        bytes += c.length;
        hash.update(c);
      });
      req.on('end', async () => {
        const m: Mottatt = { method: req.method!, url: req.url!, rawHeaders: req.rawHeaders, bytes, sha256: hash.digest('hex') };
        this.mottatt.push(m);
        const path = req.url!.split('?')[0];
        if (path === '/slow') {
          res.writeHead(200, { 'content-type': 'application/octet-stream' });
          res.write(Buffer.alloc(1000, 1));
          await this.sluppet;
          res.end(Buffer.alloc(1000, 2));
          return;
        }
        if (path === '/binary') {
          res.writeHead(200, [['Content-Type', 'application/octet-stream'], ['X-Mixed-Case', 'Verdi'], ['Set-Cookie', 'a=1'], ['Set-Cookie', 'b=2'], ['Connection', 'X-Svar-Fjern'], ['X-Svar-Fjern', '1']].flat());
          for (let i = 0; i < 8; i++) res.write(Buffer.from(Array.from({ length: 4096 }, (_, j) => (i * 31 + j) % 256)));
          res.end();
          return;
        }
        const status = Number(new URL(req.url!, 'http://x').searchParams.get('status') ?? 200);
        const body = JSON.stringify(m);
        res.writeHead(status, 'Eget Statusord', { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-ekko': 'ja' });
        res.end(body);
      });
    });
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', () => r()));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }
}

interface Svar { status: number; statusMessage: string; rawHeaders: string[]; body: Buffer; res: IncomingMessage }

function send(base: string, path: string, o: { method?: string; headers?: string[]; body?: Buffer | string } = {}): Promise<Svar> {
  return new Promise((resolve, reject) => {
    const u = new URL(base);
    // Headers as a raw list are sent as given, so Host is the caller's to add.
    const req = request({ hostname: u.hostname, port: u.port, path, method: o.method ?? 'GET', headers: ['Host', u.host, ...(o.headers ?? [])] }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, statusMessage: res.statusMessage!, rawHeaders: res.rawHeaders, body: Buffer.concat(chunks), res }));
    });
    req.on('error', reject);
    req.end(o.body);
  });
}

const uten = (raw: string[], navn: string[]) => {
  const ut: string[][] = [];
  for (let i = 0; i < raw.length; i += 2) if (!navn.includes(raw[i].toLowerCase())) ut.push([raw[i], raw[i + 1]]);
  return ut;
};
const TILKOBLING = ['connection', 'keep-alive', 'transfer-encoding', 'date', 'host'];

let opp: Oppstroem;
let proxy: Proxy;
let opptak: Opptak;
let mappe: string;
const poster: Utvekslingspost[] = [];
let tokenDel = '';
const logg: string[] = [];
const utskrift = new PassThrough();
utskrift.on('data', (c: Buffer) => logg.push(...c.toString().split('\n').filter(Boolean)));

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  opp = new Oppstroem();
  await opp.start();
  mappe = mkdtempSync(join(tmpdir(), 'proxy-spec-'));
  opptak = startOpptak({ mappe, modus: 'proxy', maal: opp.url, utskrift, vedPost: (p) => poster.push(p) });
  proxy = await createProxy({ maal: tolkMaal(opp.url), opptak, logg: (l) => logg.push(l) });
});
test.afterAll(async () => {
  await proxy?.close();
  await opptak?.lukk();
  await new Promise((r) => opp?.server.close(r));
});
test.beforeEach(() => opp.nullstill());

test('a request and its answer pass unchanged: method, path, query, headers in case and order, body, status and its words', async () => {
  const headers = ['X-Mixed-Case', 'Verdi', 'x-dobbel', '1', 'x-dobbel', '2', 'Content-Type', 'application/json', 'Korrelasjonsid', randomUUID()];
  const body = Buffer.from('{"b": 2, "a": [1,2,3]}  ');
  const direkte = await send(opp.url, '/echo?status=418&x=%C3%A6%20y', { method: 'POST', headers, body });
  const viaProxy = await send(proxy.url, '/echo?status=418&x=%C3%A6%20y', { method: 'POST', headers, body });
  const [d, p] = opp.mottatt.slice(-2);
  expect({ ...p, rawHeaders: uten(p.rawHeaders, TILKOBLING) }).toEqual({ ...d, rawHeaders: uten(d.rawHeaders, TILKOBLING) });
  expect(p.rawHeaders[p.rawHeaders.findIndex((h) => h.toLowerCase() === 'host') + 1]).toBe(new URL(opp.url).host);
  expect(viaProxy.status).toBe(418);
  expect(viaProxy.statusMessage).toBe('Eget Statusord');
  expect(uten(viaProxy.rawHeaders, TILKOBLING)).toEqual(uten(direkte.rawHeaders, TILKOBLING));
  expect(JSON.parse(viaProxy.body.toString()).sha256).toBe(createHash('sha256').update(body).digest('hex'));
});

test('hop-by-hop headers are dropped both ways, and those Connection names; repeated headers stay repeated', async () => {
  const viaProxy = await send(proxy.url, '/binary', { headers: ['Connection', 'keep-alive, X-Fjern', 'X-Fjern', '1', 'TE', 'trailers', 'X-Bli', 'ja'] });
  const mottatt = opp.mottatt.at(-1)!.rawHeaders.map((h) => h.toLowerCase());
  expect(mottatt).toContain('x-bli');
  expect(mottatt).not.toContain('x-fjern');
  expect(mottatt).not.toContain('te');
  const svar = uten(viaProxy.rawHeaders, ['date', 'connection', 'keep-alive', 'transfer-encoding']);
  expect(svar).toEqual([['Content-Type', 'application/octet-stream'], ['X-Mixed-Case', 'Verdi'], ['Set-Cookie', 'a=1'], ['Set-Cookie', 'b=2']]);
  const direkte = await send(opp.url, '/binary');
  expect(viaProxy.body.equals(direkte.body)).toBe(true);
  expect(viaProxy.body.length).toBe(8 * 4096);
});

test('a body sent chunked (no Content-Length) arrives whole, framed anew for the next hop', async () => {
  const u = new URL(proxy.url);
  const deler = ['{"a":', '1,"b":', '[1,2,3]}'];
  const res = await new Promise<Buffer>((resolve, reject) => {
    const req = request({ hostname: u.hostname, port: u.port, path: '/echo', method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (r) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => resolve(Buffer.concat(chunks)));
    });
    req.on('error', reject);
    for (const d of deler) req.write(d);
    req.end();
  });
  const hel = Buffer.from(deler.join(''));
  expect(JSON.parse(res.toString())).toMatchObject({ bytes: hel.length, sha256: createHash('sha256').update(hel).digest('hex') });
  expect(poster.at(-1)!.foresporsel.kropp).toMatchObject({ bytes: hel.length, tekst: deler.join('') });
});

test('a large upload is streamed: the target has its first bytes before the client sent the rest, and gets every byte', async () => {
  const MIB = 1024 * 1024;
  const del = Buffer.alloc(MIB, 7);
  const hash = createHash('sha256');
  const u = new URL(proxy.url);
  const svar = new Promise<Svar>((resolve, reject) => {
    const req = request({ hostname: u.hostname, port: u.port, path: '/echo', method: 'POST', headers: { 'content-type': 'application/pdf', 'content-length': String(48 * MIB) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, statusMessage: res.statusMessage!, rawHeaders: res.rawHeaders, body: Buffer.concat(chunks), res }));
    });
    req.on('error', reject);
    req.write(del);
    hash.update(del);
    // The rest only once the target has seen the start: a buffering proxy would never pass this line.
    void opp.foersteBit.then(() => {
      for (let i = 1; i < 48; i++) {
        req.write(del);
        hash.update(del);
      }
      req.end();
    });
  });
  const res = await svar;
  const ekko = JSON.parse(res.body.toString());
  expect(ekko).toMatchObject({ bytes: 48 * MIB, sha256: hash.digest('hex') });
  const p = poster.at(-1)!;
  expect(p.foresporsel.kropp).toMatchObject({ bytes: 48 * MIB, sha256: ekko.sha256 });
  expect(p.foresporsel.kropp?.tekst).toBeUndefined();
});

test('an answer is streamed: the client has its first bytes while the target still holds the rest', async () => {
  const u = new URL(proxy.url);
  const body = await new Promise<Buffer>((resolve, reject) => {
    const req = request({ hostname: u.hostname, port: u.port, path: '/slow' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => {
        if (chunks.length === 0) opp.slipp();
        chunks.push(c);
      });
      res.on('end', () => resolve(Buffer.concat(chunks)));
    });
    req.on('error', reject);
    req.end();
  });
  expect(body.equals(Buffer.concat([Buffer.alloc(1000, 1), Buffer.alloc(1000, 2)]))).toBe(true);
});

test('a broken request reaches the target unchanged, is recorded and judged, and the proxy goes on; so is a bad answer', async () => {
  const broken = Buffer.from('{"innsender":');
  const token = `eyJhbGciOiJSUzI1NiJ9.${Buffer.from(JSON.stringify({ scope: 'skatteetaten:utleggsbegjaering', consumer: { ID: '0192:312597772' } })).toString('base64url')}.c2lnbmF0dXJlLWJ5dGVz`;
  const res = await send(proxy.url, '/api/utleggsbegjaering/v2/utleggsbegjaering?status=418', { method: 'POST', headers: ['Content-Type', 'application/json', 'Authorization', `Bearer ${token}`], body: broken });
  expect(res.status).toBe(418);
  expect(opp.mottatt.at(-1)).toMatchObject({ bytes: broken.length, sha256: createHash('sha256').update(broken).digest('hex') });
  expect(opp.mottatt.at(-1)!.rawHeaders).toContain(`Bearer ${token}`);
  const p = poster.at(-1)!;
  expect(p.operasjon).toMatchObject({ api: 'utleggsbegjaering', versjon: 'v2', operationId: 'sendInnUtleggsbegjaering' });
  const sjekker = p.funn.map((f) => f.sjekk);
  expect(sjekker).toEqual(expect.arrayContaining(['kontrakt.json', 'kontrakt.korrelasjonsid', 'svar.status']));
  expect(p.funn.find((f) => f.sjekk === 'svar.status')).toMatchObject({ kategori: 'svar', alvor: 'feil' });
  expect(p.foresporsel.headers.authorization).toBe('Bearer [redacted]');
  expect(p.fakta.token).toMatchObject({ org: '312597772', scope: 'skatteetaten:utleggsbegjaering', fp: expect.stringMatching(/^[0-9a-f]{16}$/) });
  expect((await send(proxy.url, '/echo')).status).toBe(200);
  tokenDel = token.split('.')[1];
});

test('a request that is not HTTP is answered 400 and forwarded nowhere; an unreachable target is a 502 of the proxy\'s own', async () => {
  const foer = opp.mottatt.length;
  const svar = await new Promise<string>((resolve) => {
    const s = connect(proxy.port, '127.0.0.1', () => s.write('NOT HTTP AT ALL\r\n\r\n'));
    let data = '';
    s.on('data', (c) => (data += c));
    s.on('close', () => resolve(data));
  });
  expect(svar).toMatch(/^HTTP\/1\.1 400 Bad Request/);
  expect(opp.mottatt.length).toBe(foer);
  expect(logg).toContainEqual(expect.stringMatching(/^proxy: refused a request that is not valid HTTP/));

  const dod = await createProxy({ maal: tolkMaal('http://127.0.0.1:9'), opptak: null, logg: () => {} });
  try {
    const res = await send(dod.url, '/api/trekkpaalegg/v1');
    expect(res.status).toBe(502);
    expect(res.res.headers['x-innkreving-proxy']).toBe('eget-svar');
    expect(JSON.parse(res.body.toString())).toMatchObject({ kode: 'PROXY-502', melding: expect.stringContaining('could not be reached') });
  } finally {
    await dod.close();
  }
  expect((await send(proxy.url, '/echo')).status).toBe(200);
});

test('production is refused without CONFORMANCE_ALLOW_PRODUCTION=1, the flag the suite needs; the test environment is the default', async () => {
  test.setTimeout(150_000);
  expect(() => tolkMaal('https://api.skatteetaten.no', {})).toThrow(MaalError);
  expect(() => tolkMaal('https://api.skatteetaten.no', {})).toThrow(/api\.skatteetaten\.no is a production host.*CONFORMANCE_ALLOW_PRODUCTION=1/);
  expect(tolkMaal('https://api.skatteetaten.no', { CONFORMANCE_ALLOW_PRODUCTION: '1' }).klasse).toBe('skatteetatenProduction');
  expect(tolkMaal('https://api-test.sits.no', {}).klasse).toBe('skatteetatenTest');
  for (const bad of ['ftp://x', 'https://api-test.sits.no/api', 'nonsense']) expect(() => tolkMaal(bad, {})).toThrow(MaalError);
  const env = { ...process.env };
  delete env.CONFORMANCE_ALLOW_PRODUCTION;
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'bin/proxy.ts', '--target', 'https://api.skatteetaten.no', '--record', mkdtempSync(join(tmpdir(), 'proxy-cli-'))], { encoding: 'utf8', env, timeout: 60_000 });
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/^proxy: api\.skatteetaten\.no is a production host; .*CONFORMANCE_ALLOW_PRODUCTION=1\n$/);
  const hjelp = spawnSync(process.execPath, ['--import', 'tsx', 'bin/proxy.ts', '--help'], { encoding: 'utf8', timeout: 60_000 });
  expect(hjelp.status).toBe(0);
  expect(hjelp.stdout).toContain('default https://api-test.sits.no');
});

test('in front of the sandbox: its valid answers pass the response judges, the exchange is judged as in sandbox mode', async () => {
  const sandbox = await createSandbox();
  const mappe2 = mkdtempSync(join(tmpdir(), 'proxy-sandbox-'));
  const egne: Utvekslingspost[] = [];
  const o = startOpptak({ mappe: mappe2, modus: 'proxy', maal: sandbox.url, utskrift: null, vedPost: (p) => egne.push(p) });
  const foran = await createProxy({ maal: tolkMaal(sandbox.url), opptak: o, logg: () => {} });
  try {
    const mp = new MaskinportenClient({ clientId: SANDBOX_CLIENT.clientId, key: JSON.parse(readFileSync(SANDBOX_CLIENT.keyFile, 'utf8')), wellKnownUrl: `${sandbox.url}/maskinporten/.well-known/oauth-authorization-server` });
    const token = await mp.getToken({ scope: 'skatteetaten:trekkpaalegg' });
    const res = await send(foran.url, '/api/trekkpaalegg/v1?fraSekvensnummer=0&maksAntall=500', { headers: ['Authorization', `Bearer ${token}`, 'Korrelasjonsid', randomUUID()] });
    expect(res.status).toBe(200);
    const ukjent = await send(foran.url, '/api/trekkpaalegg/v1/finnes/ikke/her', { headers: ['Authorization', `Bearer ${token}`, 'Korrelasjonsid', randomUUID()] });
    expect(ukjent.status).toBe(404);
  } finally {
    await foran.close();
    await o.lukk();
    await sandbox.close();
  }
  expect(egne[0].operasjon?.operationId).toBe('hentTrekkpaalegg');
  expect(egne[0].funn).toEqual([]);
  expect(egne[0].fakta.trekkside?.sekvens.length).toBeGreaterThan(0);
  expect(egne[1].funn.map((f) => f.sjekk)).toEqual(['kontrakt.ukjentSti']);
});

test('nothing the proxy wrote holds an Authorization value, a token or a key', async () => {
  await opptak.lukk();
  const tekst = readFileSync(opptak.fil, 'utf8');
  expect(tokenDel).not.toBe('');
  expect(tekst).not.toContain(tokenDel);
  expect(findSecrets(tekst)).toEqual([]);
  expect(tekst.trim().split('\n').length).toBe(poster.length + 1);
  for (const l of logg) expect(findSecrets(l)).toEqual([]);
});

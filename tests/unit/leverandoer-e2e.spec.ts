// Issue 13 end to end: a small scripted client stands in for a supplier's system and does each scenario
// against a sandbox that records (the hook `npm run sandbox -- --record` installs), once right and once
// wrong on purpose. The recording, the judgement of each exchange and the summary's verdicts are asserted.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { test, expect } from '@playwright/test';
import { decodeJwt, importJWK, SignJWT, type JWK } from 'jose';
import { createRandom, generateUtleggsbegjaering21, MUTASJONER_21, toFaker } from '../../generators/index.ts';
import { sandkasseregister } from '../../generators/parties/register.ts';
import { besoekAktoerer, partsIdentifikator } from '../../sandbox/rules/utleggsbegjaering/felles/aktoer.ts';
import { besoekVedlegg } from '../../sandbox/rules/utleggsbegjaering/felles/vedlegg.ts';
import { createSandbox } from '../../sandbox/server.ts';
import { SANDBOX_CLIENT } from '../../src/config/environment.ts';
import { personnummerart } from '../../src/data/syntetisk.ts';
import { findSecrets } from '../../src/redact.ts';
import { sertifiser, type Sertifisering } from '../../reporter/opptak.ts';
import type { Leverandoerrapport, Sertifiseringsrapport } from '../../reporter/types.ts';
import { lesOpptak, sandkasseopptak, type Funn, type Utvekslingspost, type Valg } from '../../tools/leverandoer/index.ts';

const UB = '/api/utleggsbegjaering/v2';
const SCOPE = { ub: 'skatteetaten:utleggsbegjaering', trekk: 'skatteetaten:trekkpaalegg' };
const KUNDE = '329608433'; // a collection agency in the sandbox's register, the supplier's customer
const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const jwk: JWK = JSON.parse(readFileSync(SANDBOX_CLIENT.keyFile, 'utf8'));
const sov = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Svar { status: number; body: any; tekst: string }
interface Grant { iss?: string; aud?: string; levetidSekunder?: number; jti?: string; alg?: 'RS256' | 'HS256'; scope: string; systembrukerOrg?: string; sandboxExpiresIn?: number }

/** The supplier's system: its own Maskinporten grants and HTTP calls, right or wrong as the test says. */
class Leverandoersystem {
  private readonly tokens = new Map<string, { token: string; exp: number }>();
  constructor(readonly url: string) {}

  async grant(g: Grant): Promise<Svar & { token?: string; jti: string }> {
    const now = Math.floor(Date.now() / 1000);
    const jti = g.jti ?? randomUUID();
    const claims: Record<string, unknown> = { scope: g.scope };
    if (g.systembrukerOrg) claims.authorization_details = [{ type: 'urn:altinn:systemuser', systemuser_org: { authority: 'iso6523-actorid-upis', ID: `0192:${g.systembrukerOrg}` } }];
    const jwt = new SignJWT(claims).setIssuer(g.iss ?? SANDBOX_CLIENT.clientId).setAudience(g.aud ?? `${this.url}/maskinporten/`).setIssuedAt(now).setExpirationTime(now + (g.levetidSekunder ?? 60)).setJti(jti);
    const assertion = g.alg === 'HS256'
      ? await jwt.setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode('not-the-registered-key-0123456789abcdef'))
      : await jwt.setProtectedHeader({ alg: 'RS256', kid: jwk.kid }).sign(await importJWK(jwk, 'RS256'));
    const form = new URLSearchParams({ grant_type: JWT_BEARER, assertion });
    if (g.sandboxExpiresIn) form.set('sandbox_expires_in', String(g.sandboxExpiresIn));
    const res = await fetch(`${this.url}/maskinporten/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form });
    const tekst = await res.text();
    const body = JSON.parse(tekst);
    return { status: res.status, body, tekst, token: body.access_token, jti };
  }

  /** A token reused for its lifetime and renewed just before it runs out, as a careful client does. */
  async token(scope: string, systembrukerOrg?: string, sandboxExpiresIn?: number): Promise<string> {
    const key = `${scope}|${systembrukerOrg ?? ''}`;
    const t = this.tokens.get(key);
    if (t && t.exp - Date.now() / 1000 > 0.5) return t.token;
    const g = await this.grant({ scope, systembrukerOrg, sandboxExpiresIn });
    expect(g.status, g.tekst).toBe(200);
    // The token's own exp, not now + expires_in: a grant answered across a second boundary would be off by one.
    this.tokens.set(key, { token: g.token!, exp: decodeJwt(g.token!).exp! });
    return g.token!;
  }

  async kall(metode: string, sti: string, o: { token?: string | null; json?: unknown; raw?: string | Uint8Array; type?: string; utenKorrelasjonsid?: boolean } = {}): Promise<Svar> {
    const headers: Record<string, string> = {};
    if (!o.utenKorrelasjonsid) headers.Korrelasjonsid = randomUUID();
    if (o.token) headers.Authorization = `Bearer ${o.token}`;
    let body: string | Uint8Array | undefined = o.raw;
    if (o.json !== undefined) body = JSON.stringify(o.json);
    if (body !== undefined) headers['Content-Type'] = o.type ?? 'application/json';
    const res = await fetch(`${this.url}${sti}`, { method: metode, headers, body: body as BodyInit | undefined });
    const tekst = await res.text();
    let parsed: unknown;
    try { parsed = tekst ? JSON.parse(tekst) : undefined; } catch { parsed = undefined; }
    return { status: res.status, body: parsed, tekst };
  }

  /** Uploads every attachment the petition references, bound to its innsenderReferanse, and points the references at the new uuids. */
  async lastOppVedlegg(b: any, token: string): Promise<void> {
    const perUuid = new Map<string, any[]>();
    besoekVedlegg(b, (v: any) => perUuid.set(v.uuid, [...(perUuid.get(v.uuid) ?? []), v]));
    for (const [, refs] of perUuid) {
      const filnavn = refs[0].filnavn ?? 'vedlegg.pdf';
      const pdf = new TextEncoder().encode(`%PDF-1.4\n% syntetisk vedlegg ${filnavn}\n%%EOF\n`);
      const res = await this.kall('POST', `${UB}/vedlegg?filnavn=${encodeURIComponent(filnavn)}&innsenderReferanse=${encodeURIComponent(b.innsenderReferanse)}`, { token, raw: pdf, type: 'application/pdf' });
      expect(res.status, res.tekst).toBe(201);
      for (const v of refs) v.uuid = res.body.uuid;
    }
  }

  async sjekkRegelverk(b: any, token: string): Promise<void> {
    const identifikatorer: string[] = [];
    besoekAktoerer(b, (a, sted) => { if (sted === 'saksoekt') identifikatorer.push(String(partsIdentifikator(a))); });
    const res = await this.kall('POST', '/api/utleggsbegjaering-betjeningskartet/v1/regelverk', { token, json: { identifikatorer } });
    expect(res.status, res.tekst).toBe(200);
  }
}

function begjaering(seed: number, kompleksitet: 'enkel' | 'kompleks', innsender?: string): any {
  const b: any = generateUtleggsbegjaering21(toFaker(createRandom(seed)), { registry: sandkasseregister(), kompleksitet, innsender });
  b.innsenderReferanse = `lev-${seed}-${randomUUID().slice(0, 8)}`;
  return b;
}

/** A real-looking fødselsnummer: a real month and valid check digits (never a person's: built here, used once, masked in the recording). */
function ekteUtseende(): string {
  for (let n = 0; ; n++) {
    const s = `150765${String(100 + n).padStart(3, '0')}`;
    const k1 = 11 - ([3, 7, 6, 1, 8, 9, 4, 5, 2].reduce((a, w, i) => a + w * Number(s[i]), 0) % 11);
    const d1 = k1 === 11 ? 0 : k1;
    if (d1 === 10) continue;
    const k2 = 11 - ([5, 4, 3, 2, 7, 6, 5, 4, 3, 2].reduce((a, w, i) => a + w * Number((s + d1)[i]), 0) % 11);
    const d2 = k2 === 11 ? 0 : k2;
    if (d2 === 10) continue;
    const fnr = `${s}${d1}${d2}`;
    if (personnummerart(fnr) === 'ekte') return fnr;
  }
}

interface Opptatt { mappe: string; fil: string; linjer: string[]; poster: Utvekslingspost[]; s: Sertifisering; tekst: string }

/** A sandbox with --record's hook, the client's script against it, then the recording read back and certified. */
async function medOpptak(valg: Partial<Valg>, skript: (k: Leverandoersystem) => Promise<void>): Promise<Opptatt> {
  const mappe = mkdtempSync(join(tmpdir(), 'leverandoer-e2e-'));
  const linjer: string[] = [];
  const utskrift = new PassThrough();
  utskrift.on('data', (c: Buffer) => linjer.push(...c.toString('utf8').split('\n').filter(Boolean)));
  const rec = sandkasseopptak({ mappe, valg, utskrift });
  const sandbox = await createSandbox({ onExchange: rec.krok });
  rec.start(sandbox.url);
  try {
    await skript(new Leverandoersystem(sandbox.url));
  } finally {
    await sandbox.close();
    await rec.lukk();
  }
  const [oekt] = lesOpptak(mappe);
  const fil = readdirSync(mappe).find((f) => f.endsWith('.jsonl'))!;
  return { mappe, fil, linjer, poster: oekt.poster, s: sertifiser(mappe), tekst: readFileSync(join(mappe, fil), 'utf8') };
}

/** The summary as certify wrote it (summary.json), and its section "Leverandørsystemets kjøring". */
const sammendrag = (o: Opptatt): Sertifiseringsrapport => JSON.parse(readFileSync(o.s.filer.json, 'utf8'));
const seksjon = (o: Opptatt): Leverandoerrapport => sammendrag(o).leverandoersystem!;
const sjekker = (funn: readonly Funn[]) => funn.map((f) => f.sjekk);
const post = (o: Opptatt, pred: (p: Utvekslingspost) => boolean) => o.poster.filter(pred);
const op = (id: string) => (p: Utvekslingspost) => p.operasjon?.operationId === id;

test.describe.configure({ mode: 'serial' });

let riktig: Opptatt;
let galt: Opptatt;
const EKTE = ekteUtseende();

test.beforeAll(async () => {
  test.setTimeout(90_000);
  riktig = await medOpptak({ validerFoerInnsending: true, statusintervallSekunder: 1 }, async (k) => {
    const t = await k.token(SCOPE.ub);
    const send = async (b: any, token = t) => {
      await k.lastOppVedlegg(b, token);
      await k.sjekkRegelverk(b, token);
      expect((await k.kall('POST', `${UB}/utleggsbegjaering/valider`, { token, json: b })).status).toBe(204);
      const res = await k.kall('POST', `${UB}/utleggsbegjaering`, { token, json: b });
      expect(res.status, res.tekst).toBe(201);
      return res.body.begjaeringId as string;
    };
    // Enkel and kompleks, each with its attachments uploaded first, Betjeningskartet and valider before sendInn.
    const enkel = begjaering(11, 'enkel');
    const id = await send(enkel);
    expect((await k.kall('GET', `${UB}/utleggsbegjaering/${id}`, { token: t })).status).toBe(200);
    await send(begjaering(12, 'kompleks'));
    // A rejected petition corrected: valider says 422, the corrected one passes and is sent.
    const feil = begjaering(13, 'enkel');
    const brutt = structuredClone(feil);
    MUTASJONER_21.UGYLDIG_KID(brutt, toFaker(createRandom(13)));
    expect((await k.kall('POST', `${UB}/utleggsbegjaering/valider`, { token: t, json: brutt })).status).toBe(422);
    await send(feil);
    // For a customer, with a systembruker token for it.
    await send(begjaering(14, 'enkel', KUNDE), await k.token(SCOPE.ub, KUNDE));
    // A change of the first petition.
    const endret = structuredClone(enkel);
    endret.kravTilInnkreving[0].kravbeskrivelse = 'Hovedstol, rettet beskrivelse';
    expect((await k.kall('PUT', `${UB}/utleggsbegjaering/${id}`, { token: t, json: endret })).status).toBe(200);
    // Its status, twice, more than the interval apart.
    const ref = enkel.begjaeringensTvangsgrunnlag[0].eksternSaksreferanse ?? enkel.innsenderReferanse;
    const statusSti = `/api/utleggsbegjaering-status-paa-sak/v1/saker/${encodeURIComponent(ref)}`;
    expect((await k.kall('GET', statusSti, { token: t })).status).toBe(200);
    await sov(1_200);
    expect((await k.kall('GET', statusSti, { token: t })).status).toBe(200);
    // The feed paged from the last sekvensnummer until a short page, with a token that lives two seconds.
    let fra = 0;
    for (let side = 0; side < 50; side++) {
      const res = await k.kall('GET', `/api/trekkpaalegg/v1?fraSekvensnummer=${fra}&maksAntall=10`, { token: await k.token(SCOPE.trekk, undefined, 2) });
      expect(res.status, res.tekst).toBe(200);
      if (res.body.length) fra = res.body[res.body.length - 1].sekvensnummer;
      if (res.body.length < 10) break;
    }
    // The token runs out; the client sees it and renews before it calls again.
    await sov(2_200);
    expect((await k.kall('GET', `/api/trekkpaalegg/v1?fraSekvensnummer=${fra}&maksAntall=10`, { token: await k.token(SCOPE.trekk, undefined, 2) })).status).toBe(200);
  });

  galt = await medOpptak({ validerFoerInnsending: true, statusintervallSekunder: 1 }, async (k) => {
    expect((await k.grant({ scope: SCOPE.ub, levetidSekunder: 300 })).status).toBe(400);
    expect((await k.grant({ scope: SCOPE.ub, alg: 'HS256' })).status).toBe(400);
    expect((await k.grant({ scope: SCOPE.ub, aud: 'https://test.maskinporten.no/' })).status).toBe(400);
    const a = await k.grant({ scope: SCOPE.ub });
    expect(a.status).toBe(200);
    expect((await k.grant({ scope: SCOPE.ub, jti: a.jti })).status).toBe(400);
    const t = (await k.grant({ scope: SCOPE.ub })).token!; // a grant per call
    // Submitted with the sandbox's preloaded attachments, without Betjeningskartet or valider first.
    expect((await k.kall('POST', `${UB}/utleggsbegjaering`, { token: t, json: begjaering(21, 'enkel') })).status).toBe(201);
    // Broken requests: not JSON, not the schema, a parameter missing, a path no document has.
    expect((await k.kall('POST', `${UB}/utleggsbegjaering`, { token: t, raw: '{"innsender":', utenKorrelasjonsid: true })).status).toBe(400);
    expect((await k.kall('POST', `${UB}/utleggsbegjaering`, { token: t, json: { foo: 1 } })).status).toBe(400);
    expect((await k.kall('POST', `${UB}/vedlegg?innsenderReferanse=x`, { token: t, raw: new Uint8Array([37, 80, 68, 70]), type: 'application/pdf' })).status).toBe(400);
    expect((await k.kall('GET', `${UB}/finnes-ikke`, { token: t })).status).toBe(404);
    // A real-looking fødselsnummer as the saksøkt.
    const ekte = begjaering(22, 'enkel');
    ekte.saksoekt[0].saksoekt.person.identifikator.taxIdentificationNumber = EKTE;
    expect([204, 422]).toContain((await k.kall('POST', `${UB}/utleggsbegjaering/valider`, { token: t, json: ekte })).status);
    // A 422, and the same body again.
    const brutt = begjaering(23, 'enkel');
    MUTASJONER_21.UGYLDIG_KID(brutt, toFaker(createRandom(23)));
    expect((await k.kall('POST', `${UB}/utleggsbegjaering`, { token: t, json: brutt })).status).toBe(422);
    expect((await k.kall('POST', `${UB}/utleggsbegjaering`, { token: t, json: brutt })).status).toBe(422);
    // For a customer with the client's own token.
    expect((await k.kall('POST', `${UB}/utleggsbegjaering`, { token: t, json: begjaering(24, 'enkel', KUNDE) })).status).toBe(422);
    // A change of a petition this system never sent.
    expect((await k.kall('PUT', `${UB}/utleggsbegjaering/${randomUUID()}`, { token: t, json: begjaering(25, 'enkel') })).status).toBe(404);
    // Status polled twice at once.
    const statusSti = '/api/utleggsbegjaering-status-paa-sak/v1/saker/TEST_SAK_UNDER_BEHANDLING';
    expect((await k.kall('GET', statusSti, { token: t })).status).toBe(200);
    expect((await k.kall('GET', statusSti, { token: t })).status).toBe(200);
    // The feed: the first page again, then a jump ahead, then stopped after a full page.
    const tt = (await k.grant({ scope: SCOPE.trekk })).token!;
    const side1 = await k.kall('GET', '/api/trekkpaalegg/v1?fraSekvensnummer=0&maksAntall=5', { token: tt });
    expect(side1.body).toHaveLength(5);
    expect((await k.kall('GET', '/api/trekkpaalegg/v1?fraSekvensnummer=0&maksAntall=5', { token: tt })).status).toBe(200);
    const hopp = side1.body[4].sekvensnummer + 10;
    const side3 = await k.kall('GET', `/api/trekkpaalegg/v1?fraSekvensnummer=${hopp}&maksAntall=5`, { token: tt });
    expect(side3.body).toHaveLength(5);
    // Wrong scope, and no token.
    expect((await k.kall('GET', '/api/trekkpaalegg/v1', { token: t })).status).toBe(403);
    expect((await k.kall('GET', '/api/trekkpaalegg/v1')).status).toBe(401);
    // A token that runs out, sent again after its 401.
    const kort = (await k.grant({ scope: SCOPE.trekk, sandboxExpiresIn: 1 })).token!;
    await sov(2_200);
    expect((await k.kall('GET', '/api/trekkpaalegg/v1/x/1', { token: kort })).status).toBe(401);
    expect((await k.kall('GET', '/api/trekkpaalegg/v1/x/1', { token: kort })).status).toBe(401);
    // The sandbox still answers after all of it.
    expect((await k.kall('GET', '/api/trekkpaalegg/v1?fraSekvensnummer=0&maksAntall=1', { token: tt })).status).toBe(200);
  });
});

test('a system that does every scenario right: each is ticked, and only its deliberate rejection carries a finding', async () => {
  const r = seksjon(riktig);
  expect(r.scenarier.map((s) => [s.id, s.resultat])).toEqual([
    ['enkel', 'vist'], ['kompleks', 'vist'], ['rett', 'vist'], ['endre', 'vist'], ['status', 'vist'], ['feed', 'vist'], ['token', 'vist'],
  ]);
  // The petition it sent wrong on purpose, to show its error handling: a warning naming the rule, nothing else anywhere.
  const avvist = post(riktig, (p) => p.svar?.status === 422);
  expect(avvist).toHaveLength(1);
  expect(avvist[0].funn).toEqual([expect.objectContaining({ sjekk: 'regel.UGYLDIG_KID', alvor: 'advarsel', sti: '/betalingsinformasjon/kidnummer' })]);
  for (const p of riktig.poster) if (p !== avvist[0]) expect(p.funn, `#${p.nr} ${p.foresporsel.metode} ${p.foresporsel.url}`).toEqual([]);
  expect(riktig.linjer).toEqual([expect.stringMatching(/^opptak: #\d+ POST \/api\/utleggsbegjaering\/v2\/utleggsbegjaering\/valider → 422 {2}ADVARSEL regel\.UGYLDIG_KID: /)]);
  expect(r.totalt).toMatchObject({ feil: 0, advarsler: 1, miljoeavvik: 0, utenSvar: 0 });
  const punkt = Object.fromEntries(r.sjekkliste.map((p) => [p.id, p.resultat]));
  expect(punkt).toMatchObject({ token: 'bestaatt', systembruker: 'bestaatt', syntetisk: 'bestaatt', spesifikasjon: 'bestaatt', feilhaandtering: 'bestaatt', polling: 'bestaatt', flyt: 'bestaatt', logg: 'bestaatt', respons: 'ikkeAktuelt', testmiljoe: 'ikkeDekket' });
  // The 422 counts as a rule code the system reached, seen in the request and in the answer alike.
  expect(r.regelkoder.find((k) => k.kode === 'UGYLDIG_KID')).toMatchObject({ versjon: 'v2', kilder: expect.arrayContaining(['foresporsel', 'svar']) });
  const brukte = r.operasjoner.map((o) => o.operationId);
  for (const id of ['lastOppVedlegg', 'validerUtleggsbegjaering', 'sendInnUtleggsbegjaering', 'hentUtleggsbegjaering', 'endreUtleggsbegjaering', 'slaaOppRegelverk', 'hentStatusPaaSak', 'hentTrekkpaalegg']) expect(brukte).toContain(id);
  expect(r.ikkeBrukt.map((o) => o.operationId)).toContain('hentVedlegg');
});

test('the recording holds every exchange, redacted: no token, assertion or key, and the facts the judges need', async () => {
  expect(findSecrets(riktig.tekst)).toEqual([]);
  expect(findSecrets(galt.tekst)).toEqual([]);
  for (const o of [riktig, galt]) {
    const linjer = o.tekst.trim().split('\n').map((l) => JSON.parse(l));
    expect(linjer[0]).toMatchObject({ type: 'oekt', modus: 'sandkasse', utsteder: expect.stringMatching(/\/maskinporten\/$/) });
    expect(linjer.slice(1).map((l) => l.nr)).toEqual(o.poster.map((_, i) => i + 1));
  }
  const grants = post(riktig, (p) => p.infrastruktur === 'maskinporten');
  expect(grants.length).toBeGreaterThanOrEqual(3);
  for (const g of grants) {
    expect(g.foresporsel.kropp?.tekst).toContain('assertion=[redacted]');
    expect(g.svar?.kropp?.tekst).toContain('"access_token":"[redacted]"');
    expect(g.fakta.grant).toMatchObject({ alg: 'RS256', jwt: true, utstedt: { fp: expect.stringMatching(/^[0-9a-f]{16}$/) } });
  }
  for (const p of post(riktig, (x) => !!x.operasjon)) expect(p.foresporsel.headers.authorization).toBe('Bearer [redacted]');
  const upload = post(riktig, op('lastOppVedlegg'))[0];
  expect(upload.foresporsel.kropp).toMatchObject({ bytes: expect.any(Number), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  expect(upload.foresporsel.kropp?.tekst).toBeUndefined(); // an upload is kept by size and hash only
  expect(upload.fakta.vedlegg?.uuid).toBeTruthy();
  const sider = post(riktig, op('hentTrekkpaalegg'));
  expect(sider.length).toBeGreaterThanOrEqual(3);
  expect(sider[0].fakta.trekkside).toMatchObject({ fra: 0, maks: 10 });
  // The real-looking number never reached the file: masked in the body, a finding without the value.
  expect(galt.tekst).not.toContain(EKTE);
  const maskert = post(galt, (p) => p.foresporsel.kropp?.maskert === true);
  expect(maskert).toHaveLength(1);
  expect(maskert[0].foresporsel.kropp?.tekst).toContain('00000000000');
});

test('a system that gets them wrong: each wrong exchange is judged, on stderr as it arrives and in the record', async () => {
  const funnAv = (pred: (p: Utvekslingspost) => boolean) => post(galt, pred).map((p) => sjekker(p.funn));
  const grants = post(galt, (p) => p.infrastruktur === 'maskinporten');
  expect(grants.map((g) => g.svar?.status)).toEqual([400, 400, 400, 200, 400, 200, 200, 200]);
  expect(sjekker(grants[0].funn)).toEqual(['maskinporten.grant.levetid']);
  expect(sjekker(grants[1].funn)).toEqual(['maskinporten.grant.alg']);
  expect(sjekker(grants[2].funn)).toEqual(['maskinporten.grant.aud']);
  expect(sjekker(grants[3].funn)).toEqual([]);
  expect(grants[4].funn).toEqual([expect.objectContaining({ sjekk: 'maskinporten.grant.jti', alvor: 'feil', se: [grants[3].nr] })]);
  expect(grants[5].funn).toEqual([expect.objectContaining({ sjekk: 'maskinporten.gjenbruk', alvor: 'advarsel', se: [grants[3].nr] })]);

  const innsendinger = funnAv(op('sendInnUtleggsbegjaering'));
  expect(innsendinger[0]).toEqual(expect.arrayContaining(['flyt.ikkeValidertFoerst', 'flyt.vedleggIkkeLastetOpp', 'flyt.betjeningskartetIkkeSjekket']));
  expect(innsendinger[1]).toEqual(expect.arrayContaining(['kontrakt.korrelasjonsid', 'kontrakt.json']));
  expect(innsendinger[2]).toContain('kontrakt.skjema');
  expect(innsendinger[3]).toContain('regel.UGYLDIG_KID');
  expect(innsendinger[4]).toEqual(expect.arrayContaining(['regel.UGYLDIG_KID', 'flyt.sammeKroppEtterAvvisning']));
  expect(innsendinger[5]).toEqual(expect.arrayContaining(['regel.INNSENDER_SAMSVARER_IKKE_MED_AUTENTISERING', 'maskinporten.systembruker']));
  expect(funnAv(op('lastOppVedlegg'))[0]).toContain('kontrakt.parameter');
  expect(sjekker(post(galt, (p) => p.foresporsel.url.endsWith('/finnes-ikke'))[0].funn)).toContain('kontrakt.ukjentSti');
  expect(funnAv(op('validerUtleggsbegjaering'))[0]).toContain('syntetisk.personnummer');
  expect(funnAv(op('hentStatusPaaSak'))).toEqual([[], ['flyt.statusForOfte']]);
  const feed = funnAv(op('hentTrekkpaalegg'));
  expect(feed.slice(0, 3)).toEqual([[], ['flyt.feedHentetToGanger'], ['flyt.feedHoppetOver']]);
  expect(feed).toContainEqual(['maskinporten.scope']);
  expect(feed).toContainEqual(['maskinporten.manglerToken']);
  expect(funnAv(op('hentTrekkpaaleggVersjon'))).toEqual([['maskinporten.utloeptToken'], ['maskinporten.utloeptIgjen']]);
  // A line on stderr per finding, as it was found, and one more for the feed left after a full page.
  const alle = galt.poster.flatMap((p) => p.funn);
  expect(galt.linjer.length).toBe(alle.length + 1);
  expect(galt.linjer.at(-1)).toMatch(/ADVARSEL flyt\.feedIkkeTilSlutten/);
  expect(galt.linjer).toContainEqual(expect.stringMatching(/^opptak: #\d+ POST \/api\/utleggsbegjaering\/v2\/utleggsbegjaering → 400 {2}FEIL kontrakt\.json: /));
  for (const l of galt.linjer) expect(findSecrets(l)).toEqual([]);
});

test('the summary of the wrong run: its verdicts, each error with its exchange and a curl line, the sandbox named in a red notice', async () => {
  const r = seksjon(galt);
  expect(r.scenarier.map((s) => [s.id, s.resultat])).toEqual([
    ['enkel', 'feilet'], ['kompleks', 'ikkeVist'], ['rett', 'feilet'], ['endre', 'feilet'], ['status', 'feilet'], ['feed', 'feilet'], ['token', 'feilet'],
  ]);
  const punkt = Object.fromEntries(r.sjekkliste.map((p) => [p.id, p.resultat]));
  expect(punkt).toMatchObject({ token: 'feilet', systembruker: 'feilet', syntetisk: 'feilet', spesifikasjon: 'feilet', feilhaandtering: 'feilet', polling: 'feilet', flyt: 'feilet' });
  expect(r.totalt.feil).toBeGreaterThan(15);
  const json = r.funn.find((f) => f.sjekk === 'kontrakt.json')!;
  expect(json).toMatchObject({ utveksling: expect.stringMatching(/^#\d+$/), foresporsel: 'POST /api/utleggsbegjaering/v2/utleggsbegjaering', status: 400 });
  expect(json.curl).toContain(`curl -sS -i -X POST '${r.opptak[0].maal}/api/utleggsbegjaering/v2/utleggsbegjaering'`);
  expect(json.curl).toContain(`--data-binary '{"innsender":'`);
  expect(json.curl).toContain('TOKEN=$(npm run -s token -- --scope skatteetaten:utleggsbegjaering --org 312597772)');
  const sb = r.funn.find((f) => f.sjekk === 'maskinporten.systembruker')!;
  expect(sb.curl).toBeTruthy();
  expect(r.funn.find((f) => f.sjekk === 'maskinporten.grant.levetid')!.curl).toBeNull();
  expect(r.funn.find((f) => f.sjekk === 'syntetisk.personnummer')!.curl).toContain('masked as 00000000000');
  // Never more than the recording shows: the sandbox is said, in red, in every form.
  for (const o of [riktig, galt]) {
    const sum = sammendrag(o);
    expect(sum.leverandoersystem!.miljoe).toMatchObject({ klasse: 'sandbox', bevis: false, merknad: expect.stringContaining('ikke mot Skatteetatens miljø') });
    expect(sum).toMatchObject({ miljoe: { klasse: 'sandbox', erBevis: false, sandkassensTestklient: true, leverandoerOrg: null }, miljoeMerknad: sum.leverandoersystem!.miljoe.merknad, tester: [], dekning: [] });
    expect(sum.status.tekst).toContain('Den er ikke dokumentasjon mot Skatteetatens testmiljø');
    expect(sum.kjoering.node).toBe(process.version);
    const html = readFileSync(o.s.filer.html, 'utf8');
    expect(html).toMatch(/<div class="banner" id="miljoe-merknad" role="alert"><strong>Sandkasse – ikke Skatteetatens miljø\.<\/strong> Opptaket ble gjort mot prosjektets sandkasse/);
    expect(html).toContain('<strong>Bare et opptak – testpakken ble ikke kjørt.</strong>');
    expect(html).toContain('<h2>Leverandørsystemets kjøring</h2>');
    // Nothing of the suite's own tests is claimed: they did not run.
    expect(html).not.toContain('id="dekningsmatrise"');
    const md = readFileSync(o.s.filer.md, 'utf8');
    expect(md).toMatch(/^> \*\*Sandkasse – ikke Skatteetatens miljø\.\*\*/m);
    expect(md).not.toContain('## Dekningsmatrise');
    expect(sum.leverandoersystem!.scenarier).toHaveLength(7);
    expect(sum.bevis.map((b) => b.fil)).toEqual([o.fil, 'summary.md', 'summary.html']);
    for (const f of Object.values(o.s.filer)) expect(findSecrets(readFileSync(f, 'utf8'))).toEqual([]);
  }
  expect(sammendrag(galt).status).toMatchObject({ utfall: 'feilet', tekst: expect.stringMatching(/^Opptaket viser \d+ feil i leverandørsystemets forespørsler og flyt \(\d+ utvekslinger, \d+ advarsler\); 0 av 7 scenarier er vist\./) });
  expect(sammendrag(riktig).status).toMatchObject({ utfall: 'bestaatt', tekst: expect.stringMatching(/^Opptaket viser ingen feil i leverandørsystemets forespørsler og flyt \(\d+ utvekslinger, 1 advarsel\); 7 av 7 scenarier er vist\./) });
  const md = readFileSync(galt.s.filer.md, 'utf8');
  expect(md).toContain('| send inn en kompleks med vedlegg | – ikke vist |');
  expect(md).toContain('| rett en avvist begjæring | ✗ feilet |');
  expect(readFileSync(riktig.s.filer.md, 'utf8')).toContain('| tål at tokenet går ut | ✓ vist |');
});

test('certify judges the same recording again under other settings: the session judges run from the recorded facts', async () => {
  const ut = mkdtempSync(join(tmpdir(), 'leverandoer-e2e-igjen-'));
  const igjen = sertifiser(galt.mappe, ut, new Date(), { validerFoerInnsending: false, statusintervallSekunder: 0 }).leverandoer;
  const foer = seksjon(galt).funn.map((f) => f.sjekk);
  const etter = igjen.funn.map((f) => f.sjekk);
  expect(foer).toContain('flyt.ikkeValidertFoerst');
  expect(etter).not.toContain('flyt.ikkeValidertFoerst');
  expect(etter).not.toContain('flyt.statusForOfte');
  expect(igjen.scenarier.find((s) => s.id === 'status')?.resultat).toBe('vist');
  // What the exchanges' own bytes showed stays as it was stored.
  expect(etter.filter((s) => s.startsWith('kontrakt.') || s.startsWith('syntetisk.'))).toEqual(foer.filter((s) => s.startsWith('kontrakt.') || s.startsWith('syntetisk.')));
  expect(igjen.valg).toMatchObject({ validerFoerInnsending: false, statusintervallSekunder: 0 });
});

import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { createMaskinporten, type Maskinporten } from '../../sandbox/maskinporten/index.ts';
import { createTokenVerifier } from '../../src/auth/index.ts';
import { resolveEnvironment, type Environment } from '../../src/config/environment.ts';
import { maskinportenFor } from '../../src/config/maskinporten.ts';
import { readDataFile } from '../../src/spec/files.ts';
import { apiVersion } from '../../src/spec/versions.ts';
import { navngirFelt } from '../support/feil.ts';
import { kbSvarBrudd, sisteAar } from '../support/kravogbetalinger.ts';
import {
  MALFORMED_AUTHORIZATION,
  forgedExpiredToken,
  foreignIssuerToken,
  resign,
  shortLivedToken,
  tamperedToken,
  unsignedToken,
  waitUntilExpired,
} from '../support/tokens.ts';
import { blaGjennom, etterSekvensnummer, trekkBrudd, type Trekk } from '../support/trekkpaalegg.ts';

const TP_SCOPE = 'skatteetaten:trekkpaalegg';

function eksempler(): Trekk[] {
  return readDataFile(join(apiVersion('trekkpaalegg').examples!, 'trekkpaalegg.200.json')) as Trekk[];
}

test.describe('trekkBrudd: business rules of one Trekkpålegg', () => {
  test('the project\'s examples keep every rule', () => {
    for (const t of eksempler()) expect(trekkBrudd(t, { trekkpliktig: '313588300' })).toEqual([]);
  });

  const brudd: Array<[string, (t: any) => void, string]> = [
    ['both amount and percent', (t) => (t.trekkstoerrelseForPeriode[0].trekkprosent = { trekkprosent: 10 }), 'gives both'],
    ['neither amount nor percent', (t) => delete t.trekkstoerrelseForPeriode[0].trekkbeloep, 'gives neither'],
    ['a percent over 100', (t) => (t.trekkstoerrelseForPeriode = [{ startdato: '2025-01-01', trekkprosent: { trekkprosent: 100.5 } }]), 'percentage 0–100'],
    ['a negative percent', (t) => (t.trekkstoerrelseForPeriode = [{ startdato: '2025-01-01', trekkprosent: { trekkprosent: -1 } }]), 'percentage 0–100'],
    ['sluttdato before startdato', (t) => (t.trekkstoerrelseForPeriode[0].sluttdato = '2025-01-31'), 'is before startdato'],
    ['overlapping periods', (t) => (t.trekkstoerrelseForPeriode[1].startdato = '2025-03-01'), 'overlaps'],
    ['an open-ended period followed by another', (t) => delete t.trekkstoerrelseForPeriode[0].sluttdato, 'overlaps'],
    ['a KID failing MOD10 and MOD11', (t) => (t.betalingsinformasjon.kidnummer = '2024000123454'), '/betalingsinformasjon/kidnummer'],
    ['an account number failing MOD11', (t) => (t.betalingsinformasjon.kontonummer = '63450624805'), '/betalingsinformasjon/kontonummer'],
    ['a betalingsmottaker failing MOD11', (t) => (t.betalingsinformasjon.betalingsmottaker = '974761077'), '/betalingsinformasjon/betalingsmottaker'],
    ['a skyldner that is no fødselsnummer', (t) => (t.skyldner = '15888540014'), '/skyldner'],
    ['a trekkpliktig failing MOD11', (t) => (t.trekkpliktig = '313588301'), '/trekkpliktig'],
    ['another trekkpliktig than the token\'s', (t) => (t.trekkpliktig = '974761076'), 'the token acts for 313588300'],
  ];
  for (const [navn, endre, forventet] of brudd) {
    test(`reports ${navn}`, () => {
      const t = structuredClone(eksempler()[0]);
      endre(t);
      const funnet = trekkBrudd(t, { trekkpliktig: '313588300' });
      expect(funnet.length).toBeGreaterThan(0);
      expect(funnet.join('\n')).toContain(forventet);
      expect(funnet.every((b) => b.startsWith(`trekk ${t.trekkid} v${t.trekkversjon}`))).toBe(true);
    });
  }
});

/** A feed server in memory, honest unless told to misbehave. */
function feed(antall: number, feil: { ignorerCursor?: boolean; hoppOver?: boolean; forLangSide?: boolean } = {}) {
  const alle: Trekk[] = Array.from({ length: antall }, (_, i) => ({ trekkid: `t${i}`, trekkversjon: 1, sekvensnummer: 10 + i * 7 }));
  return (maks: number) => async (fra: number): Promise<Trekk[]> => {
    let side = alle.filter((t) => feil.ignorerCursor || t.sekvensnummer > fra).slice(0, feil.forLangSide ? maks + 1 : maks);
    if (feil.hoppOver && fra > 0) side = alle.filter((t) => t.sekvensnummer > fra).slice(1, maks + 1);
    // Order inside a page is not promised, so the honest server shuffles it.
    return side.reverse();
  };
}

test.describe('blaGjennom: paging through the feed', () => {
  test('an honest feed arrives whole, each order once, over the expected pages', async () => {
    const r = await blaGjennom(feed(10)(3), 3);
    expect(r.problemer).toEqual([]);
    expect(r.sider.map((s) => s.elementer.length)).toEqual([3, 3, 3, 1]);
    expect(r.sider.map((s) => s.fraSekvensnummer)).toEqual([0, 24, 45, 66]);
    expect(etterSekvensnummer(r.elementer).map((t) => t.trekkid)).toEqual(Array.from({ length: 10 }, (_, i) => `t${i}`));
  });

  test('a feed that is an exact multiple of maksAntall ends with an empty page', async () => {
    const r = await blaGjennom(feed(6)(3), 3);
    expect(r.problemer).toEqual([]);
    expect(r.sider.map((s) => s.elementer.length)).toEqual([3, 3, 0]);
  });

  test('a server that ignores fraSekvensnummer is caught (orders before the cursor, repeated, no progress)', async () => {
    const r = await blaGjennom(feed(10, { ignorerCursor: true })(3), 3);
    expect(r.problemer.join('\n')).toMatch(/not after the cursor/);
    expect(r.problemer.join('\n')).toMatch(/arrived twice/);
  });

  test('a server that skips an order per page is caught by comparing with the unpaged list', async () => {
    const r = await blaGjennom(feed(10, { hoppOver: true })(3), 3);
    const hel = await feed(10)(100)(0);
    expect(etterSekvensnummer(r.elementer)).not.toEqual(etterSekvensnummer(hel));
  });

  test('a page longer than maksAntall is reported', async () => {
    const r = await blaGjennom(feed(10, { forLangSide: true })(3), 3);
    expect(r.problemer.join('\n')).toContain('more than maksAntall 3');
  });

  test('a feed that never ends stops at maksSider', async () => {
    let n = 0;
    const r = await blaGjennom(async () => [1, 2, 3].map(() => ({ trekkid: `x${n}`, trekkversjon: 1, sekvensnummer: ++n })), 3, { maksSider: 5 });
    expect(r.sider).toHaveLength(5);
    expect(r.problemer).toContain('the feed did not end within 5 pages');
  });

  test('an answer that is not a list is reported, not thrown', async () => {
    const r = await blaGjennom(async () => ({ feil: true }) as unknown as Trekk[], 3);
    expect(r.problemer).toEqual(['page from 0 is not a list']);
  });
});

test.describe('error bodies and Krav og betalinger answers', () => {
  test('navngirFelt finds a field in detaljer or in melding, and nothing else', () => {
    expect(navngirFelt({ kode: 'KB-006', melding: 'x', detaljer: [{ felt: 'tilOgMed', melding: 'y' }] }, 'tilOgMed')).toBe(true);
    expect(navngirFelt({ kode: 'X', melding: 'maksAntall must be at least 1' }, 'maksAntall')).toBe(true);
    expect(navngirFelt({ kode: 'X', melding: 'bad request', detaljer: [{ felt: 'fraSekvensnummer', melding: 'y' }] }, 'maksAntall')).toBe(false);
    expect(navngirFelt(undefined, 'maksAntall')).toBe(false);
  });

  test('kbSvarBrudd accepts the seed\'s open claims and reports another party, a settled claim and a payment outside the period', () => {
    const dir = apiVersion('kravogbetalinger').examples!;
    const aapne = readDataFile(join(dir, 'aapnekrav.200.json')) as any;
    expect(kbSvarBrudd('hentAapneKrav', aapne, '212201782')).toEqual([]);
    expect(kbSvarBrudd('hentAapneKrav', aapne, '310478717')[0]).toContain('asked for 310478717');
    const oppgjort = structuredClone(aapne);
    oppgjort.aapentKravMedGjenstaaendeBeloep[0].gjenstaaendeBeloep = 0;
    expect(kbSvarBrudd('hentAapneKrav', oppgjort, '212201782').join()).toContain('nothing left to pay');
    const periode = { fraOgMed: '2024-01-01', tilOgMed: '2024-12-31' };
    const innbetalinger = { partIdentifikator: '212201782', periode, innbetaling: [{ innbetalingsidentifikator: 'i1', innbetalingsdato: '2025-01-01', innbetaltBeloep: 1 }] };
    expect(kbSvarBrudd('hentInnbetalinger', innbetalinger, '212201782', periode).join()).toContain('outside 2024-01-01–2024-12-31');
  });

  test('sisteAar is at most one year, ending today', () => {
    expect(sisteAar(new Date('2025-11-25T12:00:00Z'))).toEqual({ fraOgMed: '2024-11-26', tilOgMed: '2025-11-25' });
    expect(sisteAar(new Date('2024-02-29T12:00:00Z'))).toEqual({ fraOgMed: '2023-03-01', tilOgMed: '2024-02-29' });
  });
});

test.describe('forged tokens: the API verifier refuses each for the right reason', () => {
  let server: Server;
  let mp: Maskinporten;
  let environment: Environment;
  const start = async (lifetime?: number) => {
    server = createServer((req, res) => {
      void mp.handle(req, res, new URL(req.url ?? '/', 'http://x').pathname).then((handled) => {
        if (!handled) res.writeHead(404).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    mp = await createMaskinporten({ issuer: `${base}/maskinporten/`, accessTokenLifetimeSeconds: lifetime });
    environment = resolveEnvironment({ CONFORMANCE_BASE_URL: base });
  };
  test.afterEach(async () => {
    await new Promise((r) => server.close(r));
  });

  test('each forged token fails verification with its own reason; the real one passes', async () => {
    await start();
    const verifier = createTokenVerifier({ issuer: mp.issuer, jwks: mp.jwks });
    const real = await maskinportenFor(environment).getToken({ scope: TP_SCOPE });
    const verify = (t: string) => verifier.verify(`Bearer ${t}`, TP_SCOPE);
    expect(await verify(real)).toMatchObject({ ok: true });
    expect(await verify(await resign(real))).toMatchObject({ ok: false, status: 401, reason: 'token signature does not verify' });
    expect(await verify(await forgedExpiredToken(real))).toMatchObject({ ok: false, status: 401 });
    expect(await verify(await foreignIssuerToken(real))).toMatchObject({ ok: false, status: 401 });
    expect(await verify(unsignedToken(real))).toMatchObject({ ok: false, status: 401 });
    expect(await verify(tamperedToken(real, `${TP_SCOPE} skatteetaten:admin`))).toMatchObject({ ok: false, status: 401, reason: 'token signature does not verify' });
    for (const { header } of MALFORMED_AUTHORIZATION) {
      expect(await verifier.verify(header, TP_SCOPE), header).toMatchObject({ ok: false, status: 401 });
    }
  });

  test('shortLivedToken gets a real token whose lifetime is the one asked for', async () => {
    await start();
    const kort = await shortLivedToken(environment, TP_SCOPE, 2);
    expect(kort).toBeDefined();
    const claims = JSON.parse(Buffer.from(kort!.split('.')[1], 'base64url').toString('utf8'));
    expect(claims.exp - claims.iat).toBe(2);
  });

  test('a short-lived real token, once waited out, is refused as expired', async () => {
    await start(1);
    const verifier = createTokenVerifier({ issuer: mp.issuer, jwks: mp.jwks });
    const kort = await shortLivedToken(environment, TP_SCOPE, 1);
    expect(kort).toBeDefined();
    await waitUntilExpired(kort!);
    expect(await verifier.verify(`Bearer ${kort}`, TP_SCOPE)).toEqual({ ok: false, status: 401, reason: 'token has expired' });
  });
});

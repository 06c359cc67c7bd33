import { test, expect } from '@playwright/test';
import { join } from 'node:path';
import { generateUtleggsbegjaeringer } from '../../generators/requests/utleggsbegjaering.ts';
import { aktoer } from '../../generators/requests/v2/aktoer.ts';
import { sandkasseregister } from '../../generators/parties/index.ts';
import { innsynssvar } from '../../sandbox/handlers/innsyntrekk/svar.ts';
import { MARKOERER, TRINN_MS } from '../../sandbox/handlers/statuspaasak/livslop.ts';
import { BOKSTAVER, type Bokstav } from '../../sandbox/handlers/innsyntrekk/saker.ts';
import { stroem } from '../../sandbox/handlers/innsyntrekk/tilfeldig.ts';
import { UtleggsbegjaeringClient } from '../../src/clients/apis.ts';
import { InnsynTrekkClient, norsk, type Partsidentifikator } from '../../src/clients/innsyntrekk.ts';
import { StatusPaaSakClient } from '../../src/clients/statuspaasak.ts';
import { ContractValidator, formatViolations } from '../../src/contract/index.ts';
import { readDataFile, specsDir } from '../../src/spec/files.ts';
import { HttpClient } from '../../src/http/client.ts';
import type { ApiResponse } from '../../src/http/exchange.ts';
import { egneBeloep, innsynBrudd, motSammeSaksoekt, parAv, saksoekerAv, somPartsidentifikator, type Innsyn } from '../support/innsyntrekk.ts';
import { beslutningsarter, partsId, tiltakI, type StatusPaaSak } from '../support/statuspaasak.ts';
import { startSandbox, TESTKLIENT_ORG, type Running } from './sandbox-support.ts';

// Innsyn i ett trekk in the sandbox: every answer against the contract, the invariants over many
// generated submissions, who may see what, and coherence with Status på sak (the life of a case), the
// Trekkpålegg feed and the clock.

const ANNEN_ORG = '313182495'; // SMUL FLAT TIGER AS, a seed organisation that sues in its own name
/** A seed person the test client's own Trekkpålegg feed has an active order for when the sandbox seed is 7. */
const SKYLDNER_I_FEED = '69887800189';
const START = new Date('2026-05-15T10:00:00Z');

let sb: Running;
let klokke = START;
let http: HttpClient;
let ub: UtleggsbegjaeringClient;
let ubV1: UtleggsbegjaeringClient;
let innsyn: InnsynTrekkClient;
let statusKlient: StatusPaaSakClient;
const kontrakt = ContractValidator.forApi('innsyntrekk');

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  sb = await startSandbox({ seed: 7, now: () => klokke });
  http = new HttpClient({ baseUrl: sb.sandbox.url });
  ub = new UtleggsbegjaeringClient('utleggsbegjaering', http, () => sb.token('utleggsbegjaering'), 'v2');
  ubV1 = new UtleggsbegjaeringClient('utleggsbegjaering', http, () => sb.token('utleggsbegjaering'), 'v1');
  innsyn = new InnsynTrekkClient('innsyntrekk', http, () => sb.token('innsyntrekk'));
  statusKlient = new StatusPaaSakClient('statuspaasak', http, () => sb.token('statuspaasak'));
});
test.afterAll(async () => sb?.sandbox.close());
test.beforeEach(() => {
  sb.sandbox.reset();
  klokke = START;
});

/** Every answer, errors included, must be what the document says for its status. */
function iKontrakt(res: ApiResponse): ApiResponse {
  const r = kontrakt.validateResponse('hentInnsynITrekk', { status: res.status, contentType: res.contentType, body: res.body ?? res.text });
  expect(r.valid, `hentInnsynITrekk ${res.status}:\n${formatViolations(r.violations)}\n${res.text.slice(0, 400)}`).toBe(true);
  expect(res.headers.korrelasjonsid, 'every answer carries Korrelasjonsid').toBeTruthy();
  return res;
}

async function spoer(saksoeker: Partsidentifikator, saksoekt: Partsidentifikator, token?: string): Promise<ApiResponse> {
  return iKontrakt(await innsyn.hent(saksoeker, saksoekt, token ? { token } : {}));
}

async function sendInn(petition: unknown, klient = ub, token?: string): Promise<void> {
  const res = await klient.sendInn(petition, token ? { token } : {});
  expect(res.status, res.text.slice(0, 600)).toBe(201);
}

/**
 * Generated 2.1 petitions, decided at once (MARKOERER.besluttet) unless another marker is given, so their
 * claims are in a trekk as soon as they are sent.
 */
const generer = (n: number, seed: number, kompleksitet: 'enkel' | 'kompleks' | 'tilfeldig' = 'tilfeldig', innsender = TESTKLIENT_ORG, markoer: string = MARKOERER.besluttet): any[] =>
  generateUtleggsbegjaeringer<any>(n, { seed, innsender, kompleksitet, version: 'v2' }).map((p) => ({ ...p, innsenderReferanse: `${p.innsenderReferanse}${markoer}` }));

/** The case as Status på sak tells it, checked against its own document. */
async function status(p: any): Promise<StatusPaaSak> {
  const res = await statusKlient.hentStatus(p.innsenderReferanse);
  const r = ContractValidator.forApi('statuspaasak').validateResponse('hentStatusPaaSak', { status: res.status, contentType: res.contentType, body: res.body ?? res.text });
  expect(r.valid, formatViolations(r.violations)).toBe(true);
  expect(res.status, res.text.slice(0, 300)).toBe(200);
  return res.body as StatusPaaSak;
}

/** Status på sak's decision about the saksøkt (by number), with its kind and the claims it covers. */
function vedtakOm(sak: StatusPaaSak, saksoekt: Partsidentifikator): { art: string; kravgrunnlagsidentifikator: string[]; dag: string } | undefined {
  const b = (sak.beslutningsinformasjon ?? []).find((x) => partsId(x.saksoekt) === saksoekt.taxIdentificationNumber);
  const [t] = b ? tiltakI(b) : [];
  return t && { art: t.art, kravgrunnlagsidentifikator: t.tiltak.kravgrunnlagsidentifikator, dag: b!.beslutningstidspunkt.slice(0, 10) };
}

const I_TREKK = ['besluttetUtleggstrekk', 'besluttetInntredenIUtleggstrekk'];

const idag = () => klokke.toISOString().slice(0, 10);
const uten = (svar: Innsyn) => ({ ...svar, tidspunktForInnsynsforespoersel: undefined });

test('over 40 generated cases every pair answers 200 within the contract, with exactly its claims and every invariant kept', async () => {
  test.setTimeout(120_000);
  const petitions = generer(40, 101);
  for (const p of petitions) await sendInn(p);
  let spurt = 0;
  for (const p of petitions) {
    const par = parAv(p);
    if (!par) continue; // no saksøkt is a person: nothing to withhold from
    const res = await spoer(par.saksoeker, par.saksoekt);
    expect(res.status, res.text.slice(0, 300)).toBe(200);
    const svar = res.body as Innsyn;
    expect(svar.saksoeker).toEqual(par.saksoeker);
    expect(svar.saksoekt).toEqual(par.saksoekt);
    const egne = egneBeloep(p);
    expect(new Set(svar.saksoekersKravIEttTrekk!.map((k) => k.kravreferanse))).toEqual(new Set(egne.keys()));
    for (const k of svar.saksoekersKravIEttTrekk!) {
      const krav = p.kravTilInnkreving.find((x: any) => x.innsendersKravreferanse === k.kravreferanse);
      expect(k.prioritetDekningsloven).toBe(krav.prioritetDekningsloven);
    }
    expect(innsynBrudd(svar, { egneBeloep: egne, idag: idag() })).toEqual([]);
    spurt++;
  }
  expect(spurt, 'most generated cases have a person as saksøkt').toBeGreaterThan(30);
});

test('the same question gives the same answer, and a reset with the same case gives the same trekk', async () => {
  const [p] = generer(1, 202, 'kompleks');
  const par = parAv(p)!;
  await sendInn(p);
  const foerste = (await spoer(par.saksoeker, par.saksoekt)).body as Innsyn;
  const andre = (await spoer(par.saksoeker, par.saksoekt)).body as Innsyn;
  expect(uten(andre)).toEqual(uten(foerste));
  sb.sandbox.reset();
  await sendInn(p);
  const etterReset = (await spoer(par.saksoeker, par.saksoekt)).body as Innsyn;
  // The namsmann's claim identifiers belong to the case, and the case is new; the trekk is the debtor's.
  const utenId = (s: Innsyn) => ({ ...uten(s), saksoekersKravIEttTrekk: s.saksoekersKravIEttTrekk!.map((k) => ({ ...k, kravgrunnlagsidentifikator: undefined })) });
  expect(utenId(etterReset)).toEqual(utenId(foerste));
});

test('shares of one class add up to exactly 100.00 % when the creditor holds every claim of the trekk', () => {
  const r = stroem(7);
  for (let runde = 0; runde < 500; runde++) {
    const egne = Array.from({ length: r.heltall(1, 12) }, (_, i) => ({
      kravgrunnlagsidentifikator: `K${i}`, kravreferanse: `R${i}`, prioritet: r.velg(BOKSTAVER), oere: r.heltall(1, 5_000_000_00),
    }));
    const svar = innsynssvar({
      saksoeker: norsk('311758489'), saksoekt: norsk('44926701751'), tidspunkt: START.toISOString(), idag: '2026-05-15',
      egne, andre: [], trekk: { andreKrav: [], beslutninger: [] },
    }) as Innsyn;
    for (const b of BOKSTAVER) {
      const klasse = svar.saksoekersKravIEttTrekk!.filter((k) => k.prioritetDekningsloven === b);
      if (klasse.length < 2) continue;
      const sum = klasse.reduce((s, k) => s + Math.round(k.kravMedSammePrioritet!.detaljerAndreKravMedSammePrioritet!.kravetsAndel! * 100), 0);
      expect(sum, `class ${b}, round ${runde}`).toBe(10_000);
    }
    const beloep = new Map(egne.map((k) => [k.kravreferanse, k.oere / 100]));
    expect(innsynBrudd(svar, { egneBeloep: beloep })).toEqual([]);
  }
});

test('the sums ahead hold every better class, the creditor\'s own claims among them', () => {
  const egne: { kravgrunnlagsidentifikator: string; kravreferanse: string; prioritet: Bokstav; oere: number }[] = [
    { kravgrunnlagsidentifikator: 'A', kravreferanse: 'a', prioritet: 'a', oere: 100_00 },
    { kravgrunnlagsidentifikator: 'C', kravreferanse: 'c', prioritet: 'c', oere: 300_00 },
  ];
  const svar = innsynssvar({
    saksoeker: norsk('311758489'), saksoekt: norsk('44926701751'), tidspunkt: START.toISOString(), idag: '2026-05-15',
    egne, andre: [{ prioritet: 'b', oere: 50_00 }, { prioritet: 'c', oere: 100_00 }, { prioritet: 'e', oere: 1_00 }], trekk: { andreKrav: [], beslutninger: [] },
  }) as Innsyn;
  const [a, c] = svar.saksoekersKravIEttTrekk!;
  expect(a.kravMedHoeyerePrioritet).toBeUndefined();
  expect(a.kravMedSammePrioritet).toBeUndefined();
  expect(c.kravMedHoeyerePrioritet!.detaljerAndreKravMedHoeyerePrioritet).toEqual({ sumGjenstaaendeBeloep: 150, kravetsAndel: 66.67 });
  expect(c.kravMedSammePrioritet!.detaljerAndreKravMedSammePrioritet).toEqual({ sumGjenstaaendeBeloep: 100, kravetsAndel: 75 });
});

test('the innsender\'s other case against the same debtor joins the trekk: the sums grow by exactly its claims', async () => {
  const [foerste, annen] = generer(2, 303, 'enkel');
  const par = parAv(foerste)!;
  await sendInn(foerste);
  const foer = (await spoer(par.saksoeker, par.saksoekt)).body as Innsyn;
  const motSamme = motSammeSaksoekt(annen, foerste);
  await sendInn(motSamme);
  const etter = (await spoer(par.saksoeker, par.saksoekt)).body as Innsyn;
  expect(etter.saksoekersKravIEttTrekk!.map((k) => k.kravreferanse)).toEqual(foer.saksoekersKravIEttTrekk!.map((k) => k.kravreferanse));
  const rang = (b: string) => BOKSTAVER.indexOf(b as Bokstav);
  foer.saksoekersKravIEttTrekk!.forEach((k, i) => {
    const p = k.prioritetDekningsloven!;
    const nye = (motSamme.kravTilInnkreving as any[]);
    const oere = (filter: (b: string) => boolean) => nye.filter((x) => filter(x.prioritetDekningsloven)).reduce((s, x) => s + Math.round(x.gjenstaaendeBeloep.beloep * 100), 0);
    const sum = (s: Innsyn, blokk: 'samme' | 'foran') => Math.round(100 * (blokk === 'samme'
      ? s.saksoekersKravIEttTrekk![i].kravMedSammePrioritet?.detaljerAndreKravMedSammePrioritet?.sumGjenstaaendeBeloep ?? 0
      : s.saksoekersKravIEttTrekk![i].kravMedHoeyerePrioritet?.detaljerAndreKravMedHoeyerePrioritet?.sumGjenstaaendeBeloep ?? 0));
    expect(sum(etter, 'samme') - sum(foer, 'samme')).toBe(oere((b) => b === p));
    expect(sum(etter, 'foran') - sum(foer, 'foran')).toBe(oere((b) => rang(b) < rang(p)));
  });
  // The other case's own pair answers with the other case's claims only.
  const annetPar = parAv(motSamme)!;
  const deres = (await spoer(annetPar.saksoeker, annetPar.saksoekt)).body as Innsyn;
  expect(new Set(deres.saksoekersKravIEttTrekk!.map((k) => k.kravreferanse))).toEqual(new Set(egneBeloep(motSamme).keys()));
});

test.describe('who gets an answer', () => {
  test('a pair nobody submitted, a pair made of two cases\' parties, and a pair turned around all answer the same 404', async () => {
    const [a, b] = generer(2, 404, 'enkel');
    await sendInn(a);
    await sendInn(b);
    const pa = parAv(a)!;
    const pb = parAv(b)!;
    const [aldri] = generer(1, 405, 'enkel');
    const svar = [
      await spoer(parAv(aldri)!.saksoeker, parAv(aldri)!.saksoekt),
      await spoer(pa.saksoeker, pb.saksoekt),
      await spoer(pb.saksoeker, pa.saksoekt),
      await spoer(pa.saksoekt, pa.saksoeker),
    ];
    for (const r of svar) expect(r.status).toBe(404);
    expect(new Set(svar.map((r) => JSON.stringify({ kode: (r.body as any).kode, melding: (r.body as any).melding }))).size, 'every refusal reads the same').toBe(1);
    expect((svar[0].body as any).kode).toBe('IKKE_FUNNET');
  });

  test('another organisation sees nothing of our case, and we nothing of theirs against the same debtor; each sees its own', async () => {
    const [vaar] = generer(1, 406, 'enkel');
    const [deresGenerert] = generer(1, 407, 'enkel', ANNEN_ORG);
    const deres = motSammeSaksoekt(deresGenerert, vaar);
    const annenUb = await sb.token('utleggsbegjaering', ANNEN_ORG);
    const annenInnsyn = await sb.token('innsyntrekk', ANNEN_ORG);
    await sendInn(vaar);
    await sendInn(deres, ub, annenUb);
    const vaartPar = parAv(vaar)!;
    const deresPar = parAv(deres)!;
    expect(deresPar.saksoekt).toEqual(vaartPar.saksoekt);
    expect((await spoer(vaartPar.saksoeker, vaartPar.saksoekt, annenInnsyn)).status, 'they cannot see our pair').toBe(404);
    expect((await spoer(deresPar.saksoeker, deresPar.saksoekt)).status, 'our case against the same debtor does not open theirs').toBe(404);
    const egne = (await spoer(vaartPar.saksoeker, vaartPar.saksoekt)).body as Innsyn;
    expect(new Set(egne.saksoekersKravIEttTrekk!.map((k) => k.kravreferanse))).toEqual(new Set(egneBeloep(vaar).keys()));
    const deresSvar = await spoer(deresPar.saksoeker, deresPar.saksoekt, annenInnsyn);
    expect(deresSvar.status).toBe(200);
    expect(new Set((deresSvar.body as Innsyn).saksoekersKravIEttTrekk!.map((k) => k.kravreferanse))).toEqual(new Set(egneBeloep(deres).keys()));
  });

  test('a case not yet established (__uavklart__) and a finished one (__avsluttet__) are in no trekk: 404', async () => {
    for (const [i, markoer] of [MARKOERER.uavklart, MARKOERER.avsluttet].entries()) {
      const [p] = generer(1, 500 + i, 'enkel', TESTKLIENT_ORG, markoer);
      await sendInn(p);
      const par = parAv(p)!;
      expect((await spoer(par.saksoeker, par.saksoekt)).status, markoer).toBe(404);
    }
  });

  test('a saksøkt that is an organisation has no income to withhold: Status på sak decides utleggspant, and Innsyn answers 404', async () => {
    const p = generer(20, 510, 'kompleks').find((x) => x.saksoekt.some((s: any) => s.saksoekt.virksomhet));
    expect(p, 'some complex petition sues an organisation').toBeDefined();
    await sendInn(p);
    const org = p.saksoekt.find((s: any) => s.saksoekt.virksomhet).saksoekt.virksomhet.identifikator;
    expect(vedtakOm(await status(p), somPartsidentifikator(org))?.art).toBe('besluttetUtleggspant');
    expect((await spoer(saksoekerAv(p)!, somPartsidentifikator(org))).status).toBe(404);
  });

  test('a case under /v1 (data model 0.9) counts as well, with its claims\' letters', async () => {
    const [p] = generateUtleggsbegjaeringer<any>(1, { seed: 520, innsender: TESTKLIENT_ORG, kompleksitet: 'enkel', version: 'v1' });
    p.innsenderReferanse = `${p.innsenderReferanse}${MARKOERER.besluttet}`;
    await sendInn(p, ubV1);
    const par = parAv(p)!;
    const res = await spoer(par.saksoeker, par.saksoekt);
    expect(res.status, res.text.slice(0, 300)).toBe(200);
    const svar = res.body as Innsyn;
    expect(svar.saksoekersKravIEttTrekk!.map((k) => [k.kravreferanse, k.prioritetDekningsloven]))
      .toEqual(p.kravTilInnkreving.map((k: any) => [k.kravreferanse, ['a', 'b', 'c', 'd', 'e'].includes(k.prioritetDekningsloven) ? k.prioritetDekningsloven : 'e']));
    expect(innsynBrudd(svar, { egneBeloep: egneBeloep(p), idag: idag() })).toEqual([]);
  });
});

test.describe('the preloaded example case', () => {
  test('on a fresh sandbox the documented example pair answers 200, and the committed examples are the sandbox\'s answers (seed 1, 2026-05-15)', async () => {
    const dir = join(specsDir(), 'examples', 'innsyntrekk', 'v1');
    const fersk = await startSandbox({ seed: 1, now: () => new Date('2026-05-15T10:00:00Z') });
    try {
      const klient = new InnsynTrekkClient('innsyntrekk', new HttpClient({ baseUrl: fersk.sandbox.url }), () => fersk.token('innsyntrekk'));
      const svar = async (body: unknown, status: number) => {
        const res = iKontrakt(await klient.hentMed(body));
        expect(res.status, res.text.slice(0, 300)).toBe(status);
        return res.body as Record<string, unknown>;
      };
      const uten = ({ korrelasjonsid: _, ...rest }: Record<string, unknown>) => rest;
      const foresp = readDataFile(join(dir, 'innsyn.request.json')) as { saksoeker: Partsidentifikator; saksoekt: Partsidentifikator };
      expect(await svar(foresp, 200)).toEqual(readDataFile(join(dir, 'innsyn.200.json')));
      expect(uten(await svar({ ...foresp, saksoekt: norsk('44926701752') }, 400))).toEqual(uten(readDataFile(join(dir, 'innsyn.400.json')) as Record<string, unknown>));
      expect(uten(await svar({ ...foresp, saksoeker: norsk('313182495') }, 404))).toEqual(uten(readDataFile(join(dir, 'innsyn.404.json')) as Record<string, unknown>));
      // Another organisation has no such case.
      const annen = iKontrakt(await klient.hent(foresp.saksoeker, foresp.saksoekt, { token: await fersk.token('innsyntrekk', ANNEN_ORG) }));
      expect(annen.status).toBe(404);
    } finally {
      await fersk.sandbox.close();
    }
  });

  test('it is the case Status på sak shows under the example\'s references: decided with utleggstrekk on the claims Innsyn names, and it survives a reset', async () => {
    sb.sandbox.reset();
    const foresp = { saksoeker: norsk('311758489'), saksoekt: norsk('44926701751') };
    const innsynet = (await spoer(foresp.saksoeker, foresp.saksoekt)).body as Innsyn;
    const sak = await status({ innsenderReferanse: 'Saksnr: 106109935' });
    expect(sak).toMatchObject({ saksnummer: 'UTLBGJ/2026/100', saksstatus: 'sakBesluttet', innsenderReferanse: 'InnsenderRef123__besluttet__' });
    const vedtak = vedtakOm(sak, foresp.saksoekt)!;
    expect(I_TREKK).toContain(vedtak.art);
    expect(innsynet.saksoekersKravIEttTrekk!.map((k) => k.kravgrunnlagsidentifikator)).toEqual(vedtak.kravgrunnlagsidentifikator);
  });
});

test.describe('one story with Status på sak', () => {
  test('a case without markers: 404 while opprettet, under behandling and forelagt; 200 while besluttet, with the decision\'s claims and amounts; 404 once avsluttet', async () => {
    const [p] = generer(1, 640, 'kompleks', TESTKLIENT_ORG, '');
    const par = parAv(p)!;
    await sendInn(p);
    const mottatt = klokke.getTime();
    const sett: string[] = [];
    for (let steg = 0; steg <= 5; steg++) {
      klokke = new Date(mottatt + steg * TRINN_MS + TRINN_MS / 2);
      const sak = await status(p);
      const res = await spoer(par.saksoeker, par.saksoekt);
      sett.push(`${sak.saksstatus}:${res.status}`);
      const vedtak = vedtakOm(sak, par.saksoekt);
      if (res.status !== 200) continue;
      const svar = res.body as Innsyn;
      // The claims Innsyn lists are the ones the decision covers, by the same identifiers, with the amounts Status på sak shows.
      expect(svar.saksoekersKravIEttTrekk!.map((k) => k.kravgrunnlagsidentifikator)).toEqual(vedtak!.kravgrunnlagsidentifikator);
      const iStatus = new Map(sak.kravISak!.map((k) => [k.kravgrunnlagsidentifikator, k]));
      for (const k of svar.saksoekersKravIEttTrekk!) {
        expect(iStatus.get(k.kravgrunnlagsidentifikator)?.innsendersKravreferanse, k.kravgrunnlagsidentifikator).toBe(k.kravreferanse);
        expect(iStatus.get(k.kravgrunnlagsidentifikator)?.prioritetDekningsloven).toBe(k.prioritetDekningsloven);
      }
      const beloep = new Map(sak.kravISak!.map((k) => [k.innsendersKravreferanse!, k.gjenstaaendeBeloep!.beloep]));
      expect(innsynBrudd(svar, { egneBeloep: beloep, idag: idag() })).toEqual([]);
      // A new utleggstrekk starts with the decision: nothing decided or received before it.
      if (vedtak!.art === 'besluttetUtleggstrekk') {
        for (const b of svar.besluttetTrekkPerTrekkpliktig!) for (const x of b.besluttetTrekkstoerrelseForPeriode!) expect(x.startdato! >= vedtak!.dag, `${b.trekkpliktig} ${x.startdato}`).toBe(true);
        for (const m of svar.mottattTrekkbeloepSistePeriode!.mottattTrekkbeloepDato!) expect(m.dato! >= vedtak!.dag, m.dato).toBe(true);
      }
    }
    expect(sett).toEqual(['sakOpprettet:404', 'sakUnderBehandling:404', 'sakForelagt:404', 'sakBesluttet:200', 'sakAvsluttet:404', 'sakAvsluttet:404']);
  });

  test('Innsyn answers 200 exactly when Status på sak shows a trekk decision for the saksøkt in a case still sakBesluttet', async () => {
    const markoerer = [
      MARKOERER.besluttet, `${MARKOERER.besluttet}${MARKOERER.inntreden}`, `${MARKOERER.besluttet}${MARKOERER.intetTilUtlegg}`,
      MARKOERER.avsluttet, MARKOERER.uavklart, `${MARKOERER.raskt}${MARKOERER.nektet}`, `${MARKOERER.raskt}${MARKOERER.hevet}`, '',
    ];
    const arter = new Set<string>();
    for (const [i, markoer] of markoerer.entries()) {
      const [p] = generer(1, 660 + i, 'enkel', TESTKLIENT_ORG, markoer);
      await sendInn(p);
      klokke = new Date(klokke.getTime() + 10_000); // the __raskt__ cases are past their end
      const par = parAv(p)!;
      const sak = await status(p);
      const vedtak = vedtakOm(sak, par.saksoekt);
      for (const a of beslutningsarter(sak)) arter.add(a);
      const venter = sak.saksstatus === 'sakBesluttet' && I_TREKK.includes(vedtak?.art ?? '') ? 200 : 404;
      const res = await spoer(par.saksoeker, par.saksoekt);
      expect(res.status, `${markoer || 'no marker'}: ${sak.saksstatus} ${vedtak?.art ?? 'no decision'}`).toBe(venter);
      if (venter === 200) expect((res.body as Innsyn).saksoekersKravIEttTrekk!.map((k) => k.kravgrunnlagsidentifikator)).toEqual(vedtak!.kravgrunnlagsidentifikator);
    }
    expect([...arter].sort(), 'the markers reach every decision a person can get').toEqual(['besluttetInntredenIUtleggstrekk', 'besluttetIntetTilUtlegg', 'besluttetUtleggstrekk']);
  });

  test('the namsmann\'s identifiers are given once, whichever service sees the decided case first', async () => {
    const [a, b] = generer(2, 650, 'kompleks');
    await sendInn(a);
    await sendInn(b);
    const pa = parAv(a)!;
    const innsynFoerst = (await spoer(pa.saksoeker, pa.saksoekt)).body as Innsyn;
    const statusEtter = await status(a);
    const statusFoerst = await status(b);
    const pb = parAv(b)!;
    const innsynEtter = (await spoer(pb.saksoeker, pb.saksoekt)).body as Innsyn;
    expect(innsynFoerst.saksoekersKravIEttTrekk!.map((k) => k.kravgrunnlagsidentifikator)).toEqual(vedtakOm(statusEtter, pa.saksoekt)!.kravgrunnlagsidentifikator);
    expect(innsynEtter.saksoekersKravIEttTrekk!.map((k) => k.kravgrunnlagsidentifikator)).toEqual(vedtakOm(statusFoerst, pb.saksoekt)!.kravgrunnlagsidentifikator);
    const igjen = (await spoer(pa.saksoeker, pa.saksoekt)).body as Innsyn;
    expect(igjen.saksoekersKravIEttTrekk).toEqual(innsynFoerst.saksoekersKravIEttTrekk);
  });
});

test.describe('malformed identifiers are 400 naming the field', () => {
  const gyldig = norsk('44926701751');
  const rader: Array<{ navn: string; body: unknown; felt: string }> = [
    { navn: 'letters in a Norwegian number', body: { saksoeker: norsk('31175848X'), saksoekt: gyldig }, felt: '/saksoeker/taxIdentificationNumber' },
    { navn: 'ten digits', body: { saksoeker: norsk('311758489'), saksoekt: norsk('4492670175') }, felt: '/saksoekt/taxIdentificationNumber' },
    { navn: 'a fødselsnummer with a wrong check digit', body: { saksoeker: norsk('311758489'), saksoekt: norsk('44926701752') }, felt: '/saksoekt/taxIdentificationNumber' },
    { navn: 'an orgnr with a wrong check digit', body: { saksoeker: norsk('311758488'), saksoekt: gyldig }, felt: '/saksoeker/taxIdentificationNumber' },
    { navn: 'a blank number', body: { saksoeker: norsk('   '), saksoekt: gyldig }, felt: '/saksoeker/taxIdentificationNumber' },
    { navn: 'a lower-case country code', body: { saksoeker: { taxIdentificationNumber: '311758489', landkodeIdentifikator: 'no' }, saksoekt: gyldig }, felt: '/saksoeker/landkodeIdentifikator' },
    { navn: 'no country code', body: { saksoeker: norsk('311758489'), saksoekt: { taxIdentificationNumber: '44926701751' } }, felt: '/saksoekt/landkodeIdentifikator' },
    { navn: 'neither kind of number', body: { saksoeker: norsk('311758489'), saksoekt: { landkodeIdentifikator: 'NO' } }, felt: '/saksoekt/taxIdentificationNumber' },
    { navn: 'no saksøkt', body: { saksoeker: norsk('311758489') }, felt: '/saksoekt' },
    { navn: 'a number that is not a string', body: { saksoeker: norsk('311758489'), saksoekt: { taxIdentificationNumber: 44926701751, landkodeIdentifikator: 'NO' } }, felt: '/saksoekt/taxIdentificationNumber' },
  ];
  for (const { navn, body, felt } of rader) {
    test(`${navn} → 400 naming ${felt}`, async () => {
      const res = iKontrakt(await innsyn.hentMed(body));
      expect(res.status).toBe(400);
      expect((res.body as any).kode).toBe('UGYLDIG_FORESPOERSEL');
      expect((res.body as any).detaljer.map((d: any) => d.felt), res.text).toContain(felt);
    });
  }

  test('a foreign number is taken as it is written: 404 for a pair nobody submitted, not 400', async () => {
    const res = await spoer({ annenOffisiellIdentifikator: 'DE-123 456', landkodeIdentifikator: 'DE' }, gyldig);
    expect(res.status).toBe(404);
  });
});

test.describe('coherence with the Trekkpålegg feed and the clock', () => {
  test('a debtor with an active order in the feed: Status på sak decides inntreden in that trekk, and the decided trekk is that order from today on, at the feed\'s trekkpliktig', async () => {
    const feed = await http.send({ method: 'GET', path: '/api/trekkpaalegg/v1', operationId: 'hentTrekkpaalegg', token: await sb.token('trekkpaalegg') });
    const ordre = (feed.body as any[]).find((t) => t.skyldner === SKYLDNER_I_FEED && t.trekkstatus === 'aktiv');
    expect(ordre, `seed 7 gives the test client an active order for ${SKYLDNER_I_FEED}`).toBeDefined();
    const person = sandkasseregister().byId(SKYLDNER_I_FEED)!;
    const [generert] = generer(1, 600, 'enkel');
    const p = motSammeSaksoekt(generert, { saksoekt: [{ saksoekt: aktoer(person) }] } as any);
    await sendInn(p);
    const par = parAv(p)!;
    expect(vedtakOm(await status(p), par.saksoekt)?.art, 'the case joins the trekk the feed shows').toBe('besluttetInntredenIUtleggstrekk');
    const svar = (await spoer(par.saksoeker, par.saksoekt)).body as Innsyn;
    expect(innsynBrudd(svar, { egneBeloep: egneBeloep(p), idag: idag() })).toEqual([]);
    const forventet = (ordre.trekkstoerrelseForPeriode as any[])
      .filter((x) => x.sluttdato === undefined || x.sluttdato >= idag())
      .map((x) => ({
        startdato: x.startdato,
        ...(x.sluttdato ? { sluttdato: x.sluttdato } : {}),
        ...(x.trekkbeloep ? { besluttetTrekkbeloep: { trekkbeloep: x.trekkbeloep.trekkbeloep } } : { besluttetTrekkprosent: { trekkprosent: x.trekkprosent.trekkprosent } }),
      }));
    expect(svar.besluttetTrekkPerTrekkpliktig).toContainEqual({ trekkpliktig: 'Inkassobyrå AS', besluttetTrekkstoerrelseForPeriode: forventet });
  });

  test('received amounts cover one month back to today by the sandbox\'s clock, and move with it', async () => {
    const [p] = generer(1, 700, 'enkel');
    await sendInn(p);
    const par = parAv(p)!;
    for (const [naa, fra] of [['2026-03-31T08:00:00Z', '2026-02-28'], ['2026-05-15T10:00:00Z', '2026-04-15'], ['2027-01-10T10:00:00Z', '2026-12-10']] as const) {
      klokke = new Date(naa);
      const svar = (await spoer(par.saksoeker, par.saksoekt)).body as Innsyn;
      expect(svar.mottattTrekkbeloepSistePeriode).toMatchObject({ startdato: fra, sluttdato: naa.slice(0, 10) });
      expect(svar.tidspunktForInnsynsforespoersel).toBe(new Date(naa).toISOString());
      expect(innsynBrudd(svar, { egneBeloep: egneBeloep(p), idag: naa.slice(0, 10) })).toEqual([]);
      // Each trekkpliktig pays once a month, so a month's window holds one or two payments from each.
      const n = svar.mottattTrekkbeloepSistePeriode!.mottattTrekkbeloepDato!.length;
      expect(n).toBeLessThanOrEqual(2 * svar.besluttetTrekkPerTrekkpliktig!.length);
    }
  });

  test('with a fixed amount in force, each received amount is that amount', async () => {
    let sett = 0;
    const petitions = generer(30, 800, 'enkel');
    for (const p of petitions) await sendInn(p);
    // Three months on, so a new trekk decided when the cases came in covers the whole window of received amounts.
    klokke = new Date(START.getTime() + 92 * 86_400_000);
    for (const p of petitions) {
      const par = parAv(p)!;
      const svar = (await spoer(par.saksoeker, par.saksoekt)).body as Innsyn;
      const beslutninger = svar.besluttetTrekkPerTrekkpliktig!;
      if (beslutninger.length !== 1) continue;
      const perioder = beslutninger[0].besluttetTrekkstoerrelseForPeriode!;
      // Only a period covering the whole window decides every amount in it.
      const fra = svar.mottattTrekkbeloepSistePeriode!.startdato!;
      const iDag = perioder.find((x) => x.startdato! <= fra && (!x.sluttdato || x.sluttdato >= idag()));
      if (!iDag?.besluttetTrekkbeloep) continue;
      for (const m of svar.mottattTrekkbeloepSistePeriode!.mottattTrekkbeloepDato!) expect(m.mottattTrekkbeloep).toEqual(iDag.besluttetTrekkbeloep);
      sett++;
    }
    expect(sett, 'some debtors have one trekkpliktig with a fixed amount throughout the window').toBeGreaterThan(0);
  });
});

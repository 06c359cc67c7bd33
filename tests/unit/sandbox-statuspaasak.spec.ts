import { test, expect } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateUtleggsbegjaeringer } from '../../generators/index.ts';
import { ContractValidator, formatViolations } from '../../src/contract/index.ts';
import { readDataFile, specsDir } from '../../src/spec/files.ts';
import { statusPaaSakTestsaker } from '../../src/spec/status-paa-sak.ts';
import { SaksnummerRegister } from '../../sandbox/state/statuspaasak.ts';
import { statusForInnsending } from '../../sandbox/handlers/statuspaasak/svar.ts';
import { MARKOERER, RASKT_TRINN_MS, TRINN_MS } from '../../sandbox/handlers/statuspaasak/livslop.ts';
import { EKSEMPELSAK } from '../../sandbox/state/statuspaasak.ts';
import { sandkasseregister } from '../../generators/parties/index.ts';
import { aktoer } from '../../generators/requests/v2/aktoer.ts';
import type { LagretInnsending } from '../../sandbox/state/innsendinger.ts';
import { beslutningsarter, partsId, sakBrudd, tiltakI, type StatusPaaSak } from '../support/statuspaasak.ts';
import { call, example, startSandbox, TESTKLIENT_ORG, type Running } from './sandbox-support.ts';

const SPS = 'statuspaasak';
const ANNEN_ORG = '311758489';
const START = Date.parse('2026-04-01T10:00:00.000Z');
let klokke = START;
let sb: Running;
let token: string;
let ubToken: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  sb = await startSandbox({ seed: 5, now: () => new Date(klokke) });
  token = await sb.token(SPS);
  ubToken = await sb.token('utleggsbegjaering');
});
test.afterAll(async () => sb?.sandbox.close());
test.beforeEach(() => {
  sb.sandbox.reset();
  klokke = START;
});

/** Every answer goes through call(), which checks it against specs/status-paa-sak.yaml. */
const status = (referanse: string, t = token) => call(sb.sandbox, SPS, `/saker/${encodeURIComponent(referanse)}`, { token: t, operationId: 'hentStatusPaaSak' });

async function sak(referanse: string, t = token): Promise<StatusPaaSak> {
  const res = await status(referanse, t);
  expect(res.status, res.text).toBe(200);
  expect(sakBrudd(res.body)).toEqual([]);
  return res.body;
}

let nr = 0;
/** A generated 2.1 petition (its parties are in the sandbox's register, so it passes every rule) under a fresh reference. */
function petisjon(referanse: string, kunPersoner = false, innsender = TESTKLIENT_ORG): any {
  for (;;) {
    const [b] = generateUtleggsbegjaeringer<any>(1, { seed: 100 + nr++, version: 'v2', kompleksitet: 'kompleks', innsender });
    if (kunPersoner && !b.saksoekt.every((s: any) => s.saksoekt.person)) continue;
    b.innsenderReferanse = referanse;
    return b;
  }
}

async function sendInn(body: any, versjon = 'v2', t = ubToken): Promise<any> {
  const res = await fetch(`${sb.sandbox.url}/api/utleggsbegjaering/${versjon}/utleggsbegjaering`, {
    method: 'POST', headers: { authorization: `Bearer ${t}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  const kvittering = await res.json();
  expect(res.status, JSON.stringify(kvittering).slice(0, 800)).toBe(201);
  const kontrakt = ContractValidator.forApi('utleggsbegjaering', versjon).validateResponse('sendInnUtleggsbegjaering', { status: 201, contentType: 'application/json', body: kvittering });
  expect(kontrakt.valid, formatViolations(kontrakt.violations)).toBe(true);
  return kvittering;
}

test.describe('the test references', () => {
  for (const t of statusPaaSakTestsaker()) {
    test(`${t.eksternSaksreferanse} answers ${t.status}${t.status === 200 ? ` ${t.saksstatus} with ${t.innhold.join(', ')}` : ''}, the same for every organisation`, async () => {
      const egen = await status(t.eksternSaksreferanse);
      const annen = await status(t.eksternSaksreferanse, await sb.token(SPS, ANNEN_ORG));
      expect([egen.status, annen.status]).toEqual([t.status, t.status]);
      if (t.status !== 200) return;
      expect(annen.body).toEqual(egen.body);
      const s = egen.body as StatusPaaSak;
      expect(sakBrudd(s)).toEqual([]);
      expect(s).toMatchObject({ eksternSaksreferanse: t.eksternSaksreferanse, saksstatus: t.saksstatus });
      for (const felt of t.innhold) expect((s as any)[felt]?.length, felt).toBeGreaterThan(0);
      const besluttet = t.innhold.includes('beslutningsinformasjon');
      if (!besluttet) expect(s.beslutningsinformasjon).toBeUndefined();
      expect([...beslutningsarter(s)].sort()).toEqual([...t.beslutninger].sort());
      // The namsmann's claim identifiers come with the decision, on every claim.
      expect(s.kravISak!.every((k) => (k.kravgrunnlagsidentifikator !== undefined) === besluttet)).toBe(true);
    });
  }

  test('the committed examples are the sandbox\'s answers to TEST_SAK_BESLUTTET and TEST_SAK_OPPRETTET', async () => {
    const dir = join(specsDir(), 'examples', 'statuspaasak', 'v1');
    expect(await sak('TEST_SAK_BESLUTTET')).toEqual(readDataFile(join(dir, 'status-besluttet.200.json')));
    expect(await sak('TEST_SAK_OPPRETTET')).toEqual(readDataFile(join(dir, 'status-opprettet.200.json')));
  });

  test('the seven cases have seven case numbers and the same answer on every call', async () => {
    const saker = await Promise.all(statusPaaSakTestsaker().filter((t) => t.status === 200).map((t) => sak(t.eksternSaksreferanse)));
    expect(new Set(saker.map((s) => s.saksnummer)).size).toBe(saker.length);
    expect(await sak('TEST_SAK_BESLUTTET')).toEqual(saker.find((s) => s.eksternSaksreferanse === 'TEST_SAK_BESLUTTET'));
  });
});

test.describe('a sandbox submission', () => {
  test('answers sakOpprettet with the submitted claims and parties, then moves one state a minute to sakAvsluttet', async () => {
    const b = petisjon(`ic-livslop-${crypto.randomUUID()}`);
    const kvittering = await sendInn(b);
    const foerst = await sak(b.innsenderReferanse);
    expect(foerst).toMatchObject({ eksternSaksreferanse: b.innsenderReferanse, innsenderReferanse: b.innsenderReferanse, saksstatus: 'sakOpprettet', meldingsdato: kvittering.mottatt });
    expect(foerst.saksnummer).toBe('UTLBGJ/2026/101');
    expect(foerst.kravISak!.map((k) => k.innsendersKravreferanse)).toEqual(b.kravTilInnkreving.map((k: any) => k.innsendersKravreferanse));
    expect(foerst.kravISak!.map((k) => k.gjenstaaendeBeloep?.beloep)).toEqual(b.kravTilInnkreving.map((k: any) => k.gjenstaaendeBeloep.beloep));
    expect(foerst.kravISak!.some((k) => k.kravgrunnlagsidentifikator !== undefined)).toBe(false);
    expect(foerst.saksoeker.map(partsId)).toEqual(b.saksoeker.map((s: any) => (s.saksoeker.virksomhet ?? s.saksoeker.person).identifikator.taxIdentificationNumber));
    expect(foerst.saksoekt.map(partsId)).toEqual(b.saksoekt.map((s: any) => (s.saksoekt.virksomhet ?? s.saksoekt.person).identifikator.taxIdentificationNumber));
    expect(foerst.beslutningsinformasjon).toBeUndefined();

    const sett: StatusPaaSak[] = [];
    for (let minutt = 0; minutt <= 6; minutt++) {
      klokke = Date.parse(kvittering.mottatt) + minutt * TRINN_MS + 500;
      sett.push(await sak(b.innsenderReferanse));
    }
    expect(sett.map((s) => s.saksstatus)).toEqual(['sakOpprettet', 'sakUnderBehandling', 'sakForelagt', 'sakBesluttet', 'sakAvsluttet', 'sakAvsluttet', 'sakAvsluttet']);
    expect(sett.map((s) => Date.parse(s.meldingsdato) - Date.parse(kvittering.mottatt))).toEqual([0, 1, 2, 3, 4, 4, 4].map((n) => n * TRINN_MS));
    expect(new Set(sett.map((s) => s.saksnummer))).toEqual(new Set([foerst.saksnummer]));
    const [besluttet, avsluttet] = [sett[3], sett[4]];
    expect(besluttet.kravISak!.every((k) => typeof k.kravgrunnlagsidentifikator === 'string')).toBe(true);
    expect(besluttet.beslutningsinformasjon!.map((x) => partsId(x.saksoekt))).toEqual(besluttet.saksoekt.map(partsId));
    expect(besluttet.beslutningsinformasjon![0].beslutningstidspunkt).toBe(besluttet.meldingsdato);
    // Identifiers once given are kept.
    expect(avsluttet.kravISak).toEqual(besluttet.kravISak);
    expect(avsluttet.beslutningsinformasjon).toEqual(besluttet.beslutningsinformasjon);
  });

  test('a clock set back before the submission shows sakOpprettet', async () => {
    const b = petisjon(`ic-tilbake-${crypto.randomUUID()}`);
    await sendInn(b);
    klokke = START - 3_600_000;
    expect((await sak(b.innsenderReferanse)).saksstatus).toBe('sakOpprettet');
  });

  const markoerer: Array<{ markoer: string; trinn: number; sti: string[]; arter?: string[] }> = [
    { markoer: '__nektet__', trinn: TRINN_MS, sti: ['sakOpprettet', 'sakNektetFremmet', 'sakNektetFremmet'] },
    { markoer: '__hevet__', trinn: TRINN_MS, sti: ['sakOpprettet', 'sakUnderBehandling', 'sakHevet', 'sakHevet'] },
    { markoer: '__raskt__', trinn: RASKT_TRINN_MS, sti: ['sakOpprettet', 'sakUnderBehandling', 'sakForelagt', 'sakBesluttet', 'sakAvsluttet'], arter: ['besluttetUtleggstrekk'] },
    { markoer: '__raskt____intet-til-utlegg__', trinn: RASKT_TRINN_MS, sti: ['sakOpprettet', 'sakUnderBehandling', 'sakForelagt', 'sakBesluttet'], arter: ['besluttetIntetTilUtlegg'] },
    { markoer: '__raskt____inntreden__', trinn: RASKT_TRINN_MS, sti: ['sakOpprettet', 'sakUnderBehandling', 'sakForelagt', 'sakBesluttet'], arter: ['besluttetInntredenIUtleggstrekk'] },
    { markoer: '__besluttet__', trinn: TRINN_MS, sti: ['sakBesluttet', 'sakBesluttet', 'sakBesluttet'], arter: ['besluttetUtleggstrekk'] },
    { markoer: '__besluttet____intet-til-utlegg__', trinn: TRINN_MS, sti: ['sakBesluttet', 'sakBesluttet'], arter: ['besluttetIntetTilUtlegg'] },
    { markoer: '__besluttet____inntreden__', trinn: TRINN_MS, sti: ['sakBesluttet', 'sakBesluttet'], arter: ['besluttetInntredenIUtleggstrekk'] },
    { markoer: '__uavklart__', trinn: TRINN_MS, sti: ['sakOpprettet', 'sakOpprettet', 'sakOpprettet', 'sakOpprettet', 'sakOpprettet', 'sakOpprettet'] },
    { markoer: '__avsluttet__', trinn: TRINN_MS, sti: ['sakAvsluttet', 'sakAvsluttet'], arter: ['besluttetUtleggstrekk'] },
  ];
  for (const { markoer, trinn, sti, arter } of markoerer) {
    test(`innsenderReferanse with ${markoer} goes ${sti.join(' → ')}${arter ? `, deciding ${arter.join(', ')}` : ''}`, async () => {
      // Person saksøkte only, so the default measure is utleggstrekk (an organisation's is utleggspant, tested below).
      const b = petisjon(`ic-${crypto.randomUUID()}${markoer}`, true);
      const { mottatt } = await sendInn(b);
      const sett: StatusPaaSak[] = [];
      for (let i = 0; i < sti.length; i++) {
        klokke = Date.parse(mottatt) + i * trinn + trinn / 2;
        sett.push(await sak(b.innsenderReferanse));
      }
      expect(sett.map((s) => s.saksstatus)).toEqual(sti);
      if (arter) expect([...beslutningsarter(sett[sett.length - 1])]).toEqual(arter);
      else expect(sett.every((s) => s.beslutningsinformasjon === undefined)).toBe(true);
    });
  }

  test('__besluttet__ is decided when received, with the decision and every claim\'s identifier in the first answer', async () => {
    const b = petisjon(`ic-${crypto.randomUUID()}${MARKOERER.besluttet}`, true);
    const { mottatt } = await sendInn(b);
    const s = await sak(b.innsenderReferanse);
    expect(s).toMatchObject({ saksstatus: 'sakBesluttet', meldingsdato: mottatt });
    expect(s.beslutningsinformasjon!.map((x) => x.beslutningstidspunkt)).toEqual(s.saksoekt.map(() => mottatt));
    const alle = s.kravISak!.map((k) => k.kravgrunnlagsidentifikator);
    expect(alle.every((k) => typeof k === 'string')).toBe(true);
    for (const x of s.beslutningsinformasjon!) expect(tiltakI(x).map((t) => t.tiltak.kravgrunnlagsidentifikator)).toEqual([alle]);
  });

  test('a person the Trekkpålegg feed withholds from on the day of the decision gets inntreden in that trekk; the same petition against another person, utleggstrekk', async () => {
    // Seed 7 gives the test client an order for a person of the party register (seed 5's debtors are generated ones).
    const sb7 = await startSandbox({ seed: 7, now: () => new Date(klokke) });
    try {
      const ub7 = await sb7.token('utleggsbegjaering');
      const feed = await call(sb7.sandbox, 'trekkpaalegg', '', { token: await sb7.token('trekkpaalegg'), operationId: 'hentTrekkpaalegg' });
      const dag = new Date(START).toISOString().slice(0, 10);
      const ordre = (feed.body as any[]).find((t) => t.trekkstatus === 'aktiv' && sandkasseregister().byId(t.skyldner)
        && t.trekkstoerrelseForPeriode.some((p: any) => p.startdato <= dag && (!p.sluttdato || p.sluttdato >= dag)));
      expect(ordre, `seed 7 gives the test client an order in force on ${dag} for a registered person`).toBeDefined();
      const mot = (ref: string) => ({ ...petisjon(`${ref}${MARKOERER.besluttet}`, true), saksoekt: [{ saksoekt: aktoer(sandkasseregister().byId(ordre.skyldner)!) }] });
      const hent = async (ref: string) => (await call(sb7.sandbox, SPS, `/saker/${encodeURIComponent(ref)}`, { token: await sb7.token(SPS), operationId: 'hentStatusPaaSak' })).body as StatusPaaSak;
      const send = async (b: any) => {
        const res = await fetch(`${sb7.sandbox.url}/api/utleggsbegjaering/v2/utleggsbegjaering`, { method: 'POST', headers: { authorization: `Bearer ${ub7}`, 'content-type': 'application/json' }, body: JSON.stringify(b) });
        expect(res.status, await res.text()).toBe(201);
      };
      const iTrekket = mot(`ic-${crypto.randomUUID()}`);
      await send(iTrekket);
      expect([...beslutningsarter(await hent(iTrekket.innsenderReferanse))]).toEqual(['besluttetInntredenIUtleggstrekk']);
      const utenfor = petisjon(`ic-${crypto.randomUUID()}${MARKOERER.besluttet}`, true);
      utenfor.saksoekt = utenfor.saksoekt.slice(0, 1);
      expect(utenfor.saksoekt[0].saksoekt.person.identifikator.taxIdentificationNumber, 'a person without an order').not.toBe(ordre.skyldner);
      await send(utenfor);
      expect([...beslutningsarter(await hent(utenfor.innsenderReferanse))]).toEqual(['besluttetUtleggstrekk']);
    } finally {
      await sb7.sandbox.close();
    }
  });

  test('Innsyn i ett trekk answers for a saksøkt exactly while this service shows the case sakBesluttet with utleggstrekk or inntreden for them, naming the same claims', async () => {
    const innsynToken = await sb.token('innsyntrekk');
    let b: any;
    // Persons and an organisation among the saksøkte, so one answer holds both kinds of decision.
    do b = petisjon(`ic-${crypto.randomUUID()}${MARKOERER.raskt}`); while (!(b.saksoekt.some((x: any) => x.saksoekt.person) && b.saksoekt.some((x: any) => x.saksoekt.virksomhet)));
    const { mottatt } = await sendInn(b);
    const saksoeker = { taxIdentificationNumber: b.saksoeker[0].saksoeker.virksomhet?.identifikator.taxIdentificationNumber ?? b.saksoeker[0].saksoeker.person.identifikator.taxIdentificationNumber, landkodeIdentifikator: 'NO' };
    const sett = new Set<string>();
    for (let steg = 0; steg <= 5; steg++) {
      klokke = Date.parse(mottatt) + steg * RASKT_TRINN_MS + RASKT_TRINN_MS / 2;
      const s = await sak(b.innsenderReferanse);
      for (const x of b.saksoekt) {
        const id = (x.saksoekt.person ?? x.saksoekt.virksomhet).identifikator.taxIdentificationNumber;
        const vedtak = s.beslutningsinformasjon?.find((v) => partsId(v.saksoekt) === id);
        const [t] = vedtak ? tiltakI(vedtak) : [];
        const iTrekk = s.saksstatus === 'sakBesluttet' && (t?.art === 'besluttetUtleggstrekk' || t?.art === 'besluttetInntredenIUtleggstrekk');
        const res = await call(sb.sandbox, 'innsyntrekk', '/innsyn', { token: innsynToken, operationId: 'hentInnsynITrekk', body: { saksoeker, saksoekt: { taxIdentificationNumber: id, landkodeIdentifikator: 'NO' } } });
        sett.add(`${s.saksstatus}:${t?.art ?? '-'}:${res.status}`);
        expect(res.status, `${s.saksstatus}, ${t?.art ?? 'no decision'} for ${id}`).toBe(iTrekk ? 200 : 404);
        if (iTrekk) expect(res.body.saksoekersKravIEttTrekk.map((k: any) => k.kravgrunnlagsidentifikator)).toEqual(t!.tiltak.kravgrunnlagsidentifikator);
      }
    }
    expect([...sett].filter((x) => x.endsWith(':200')).length, `a decided state was seen: ${[...sett].join(', ')}`).toBeGreaterThan(0);
    expect([...sett].some((x) => x.startsWith('sakBesluttet:besluttetUtleggspant:404')), 'the organisation\'s utleggspant is no trekk').toBe(true);
  });

  test('is found by its tvangsgrunnlag\'s eksternSaksreferanse too, and by a reference with / and spaces', async () => {
    const b = petisjon('Sak 2026/17 hos oss');
    b.begjaeringensTvangsgrunnlag[0].eksternSaksreferanse = `TG-${crypto.randomUUID()}`;
    await sendInn(b);
    const viaInnsender = await sak('Sak 2026/17 hos oss');
    const viaGrunnlag = await sak(b.begjaeringensTvangsgrunnlag[0].eksternSaksreferanse);
    expect(viaGrunnlag.eksternSaksreferanse).toBe(b.begjaeringensTvangsgrunnlag[0].eksternSaksreferanse);
    expect(viaGrunnlag.saksnummer).toBe(viaInnsender.saksnummer);
  });

  test('a /v1 submission (data model 0.9) is found as well, and the latest received wins a shared reference', async () => {
    const v1 = example('enkel');
    v1.innsenderReferanse = 'delt-referanse';
    await sendInn(v1, 'v1');
    const foerst = await sak('delt-referanse');
    expect(foerst.kravISak!.map((k) => k.innsendersKravreferanse)).toEqual(v1.kravTilInnkreving.map((k: any) => k.kravreferanse));
    expect(foerst.saksoekt.map(partsId)).toEqual(v1.saksoekt.map((s: any) => s.saksoekt.person?.identifikator?.verdi ?? s.saksoekt.virksomhet?.identifikator?.verdi));
    klokke += 1000;
    await sendInn(petisjon('delt-referanse'));
    expect((await sak('delt-referanse')).saksnummer).not.toBe(foerst.saksnummer);
  });

  test('another organisation\'s case is 404, as an unknown one; each sees its own under the same reference', async () => {
    const b = petisjon(`ic-egen-${crypto.randomUUID()}`);
    await sendInn(b);
    const annen = await sb.token(SPS, ANNEN_ORG);
    const res = await status(b.innsenderReferanse, annen);
    expect(res.status).toBe(404);
    expect(res.body.kode).toBe((await status(`ukjent-${crypto.randomUUID()}`)).body.kode);
    const egen = await sak(b.innsenderReferanse);
    // The other organisation submits under the same reference: each now sees its own case, never the other's.
    const deres = petisjon(b.innsenderReferanse, false, ANNEN_ORG);
    await sendInn(deres, 'v2', await sb.token('utleggsbegjaering', ANNEN_ORG));
    const deresSak = await sak(b.innsenderReferanse, annen);
    expect(deresSak.saksnummer).not.toBe(egen.saksnummer);
    expect(deresSak.kravISak!.map((k) => k.innsendersKravreferanse)).toEqual(deres.kravTilInnkreving.map((k: any) => k.innsendersKravreferanse));
    expect((await sak(b.innsenderReferanse)).saksnummer).toBe(egen.saksnummer);
  });

  test('reset forgets the submissions and starts the case numbers over', async () => {
    const b = petisjon('ic-reset');
    await sendInn(b);
    await sak('ic-reset');
    expect((await fetch(`${sb.sandbox.url}/sandbox/reset`, { method: 'POST' })).status).toBe(204);
    expect((await status('ic-reset')).status).toBe(404);
    await sendInn(petisjon('ic-reset-2'));
    expect((await sak('ic-reset-2')).saksnummer).toBe('UTLBGJ/2026/101');
  });
});

test.describe('the preloaded example case', () => {
  test('the test client has the seed example decided from the start, under its references, with fixed numbers; others do not, and a reset keeps it', async () => {
    for (const ref of ['Saksnr: 106109935', 'InnsenderRef123__besluttet__']) {
      const s = await sak(ref);
      expect(s).toMatchObject({ saksnummer: 'UTLBGJ/2026/100', saksstatus: 'sakBesluttet', meldingsdato: EKSEMPELSAK.mottatt });
      expect(s.kravISak!.map((k) => k.kravgrunnlagsidentifikator)).toEqual(['KG-2026-800001', 'KG-2026-800002', 'KG-2026-800003']);
      expect([...beslutningsarter(s)]).toEqual(['besluttetUtleggstrekk']);
      expect(s.kravISak!.map((k) => k.innsendersKravreferanse)).toEqual(example('enkel').kravTilInnkreving.map((k: any) => k.kravreferanse));
    }
    expect((await status('Saksnr: 106109935', await sb.token(SPS, ANNEN_ORG))).status).toBe(404);
    // Utleggsbegjæring does not know it: it is no submission.
    const hent = await call(sb.sandbox, 'utleggsbegjaering', `/utleggsbegjaering/${EKSEMPELSAK.begjaeringId}`, { token: ubToken, operationId: 'hentUtleggsbegjaering' });
    expect(hent.status).toBe(404);
    klokke = START + 365 * 86_400_000;
    sb.sandbox.reset();
    expect((await sak('Saksnr: 106109935')).saksstatus).toBe('sakBesluttet');
  });
});

test.describe('bad references', () => {
  const ugyldige: Array<[string, string]> = [
    ['a control character', '%01abc'],
    ['only a space', '%20'],
    ['4001 characters', 'x'.repeat(4001)],
    ['broken percent-encoding', '%E0%A4%A'],
  ];
  for (const [hva, sti] of ugyldige) {
    test(`a reference with ${hva} answers 400 naming eksternSaksreferanse`, async () => {
      const res = await call(sb.sandbox, SPS, `/saker/${sti}`, { token, operationId: 'hentStatusPaaSak' });
      expect(res.status).toBe(400);
      expect(res.body.kode).toBe('UGYLDIG_FORESPOERSEL');
      expect(res.body.detaljer.map((d: any) => d.felt)).toContain(hva === 'broken percent-encoding' ? 'path' : 'eksternSaksreferanse');
    });
  }
});

test.describe('the answer built from a stored submission', () => {
  test('an organisation as saksøkt gets utleggspant; names missing in the petition come from the register; amounts with more than two decimals are left out', () => {
    const [b] = generateUtleggsbegjaeringer<any>(1, { seed: 77, version: 'v2', kompleksitet: 'enkel' });
    b.saksoekt = [{ saksoekt: { virksomhet: { identifikator: { taxIdentificationNumber: '311758489', landkodeIdentifikator: 'NO' } } } }];
    b.kravTilInnkreving[0].gjenstaaendeBeloep = { beloep: 10.005, valuta: 'NOK' };
    b.kravTilInnkreving[0].kravdetaljer = 'Noe ukjent';
    b.innsenderReferanse = 'x';
    const lagret = { begjaeringId: 'id-1', eierOrgnr: TESTKLIENT_ORG, begjaering: b, status: 'registrert', mottatt: new Date(START).toISOString(), sistEndret: '', versjon: 1 } as LagretInnsending;
    const svar = statusForInnsending(lagret, 'x', {
      register: new SaksnummerRegister(), naa: new Date(START + 10 * TRINN_MS),
      oppslag: (id) => (id === '311758489' ? { type: 'organisasjon', navn: 'UPERSONLIG FRISK TIGER AS', organisasjonsnummer: id, organisasjonsform: 'AS', adresse: { land: 'NO', adressetekst: 'x', postnummer: '5231', poststed: 'P', kommunenummer: '4601' } } : undefined),
    }) as any;
    const kontrakt = ContractValidator.forApi(SPS).validateResponse('hentStatusPaaSak', { status: 200, contentType: 'application/json', body: svar });
    expect(kontrakt.valid, formatViolations(kontrakt.violations)).toBe(true);
    expect(svar.saksoekt[0].virksomhet.navn).toBe('UPERSONLIG FRISK TIGER AS');
    expect([...beslutningsarter(svar)]).toEqual(['besluttetUtleggspant']);
    expect(svar.kravISak[0].gjenstaaendeBeloep).toBeUndefined();
    expect(svar.kravISak[0].kravbeskrivelse).toBe('hovedkrav');
  });
});

test.describe('the table of test references', () => {
  test('a malformed specs/data/status-paa-sak-testsaker.json is one error naming the file and the field', () => {
    const saved = process.env.CONFORMANCE_SPECS_DIR;
    const dir = mkdtempSync(join(tmpdir(), 'statuspaasak-testsaker-'));
    try {
      cpSync(specsDir(), dir, { recursive: true });
      const fil = join(dir, 'data', 'status-paa-sak-testsaker.json');
      const data = JSON.parse(readFileSync(fil, 'utf8'));
      data.testsaker[2].saksstatus = 'sakNektet';
      writeFileSync(fil, JSON.stringify(data));
      process.env.CONFORMANCE_SPECS_DIR = dir;
      expect(() => statusPaaSakTestsaker()).toThrow(/status-paa-sak-testsaker\.json at \/testsaker\/2\/saksstatus: must be one of sakOpprettet/);
    } finally {
      if (saved === undefined) delete process.env.CONFORMANCE_SPECS_DIR;
      else process.env.CONFORMANCE_SPECS_DIR = saved;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

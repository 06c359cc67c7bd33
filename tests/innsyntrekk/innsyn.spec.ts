import { norsk, type Partsidentifikator } from '../../src/clients/innsyntrekk.ts';
import { expect, test } from '../fixtures/index.ts';
import { kodeAv, navngirFelt, ukjentSti } from '../support/feil.ts';
import { egneBeloep, innsynBrudd, parAv, sakerForSupplier, sendInnSak, type Innsyn } from '../support/innsyntrekk.ts';
import { seedFor } from '../support/seeds.ts';
import { MARKOERER, iEtablertTrekk, vedtakOm, type StatusPaaSak } from '../support/statuspaasak.ts';
import type { StatusPaaSakClient } from '../../src/clients/statuspaasak.ts';
import type { ApiResponse } from '../../src/http/exchange.ts';

// Innsyn i ett trekk answers for a pair only while the case's claims are in an established trekk that is
// not finished: in the sandbox, while Status på sak shows the case sakBesluttet with utleggstrekk or
// inntreden for the saksøkt. sakerForSupplier marks its petitions __besluttet__ (decided at once); the
// tests of the refusals pick other markers (sandbox/README.md, "Status på sak").

const tag = ['@innsyntrekk'];
const LINJE = 'POST /api/utleggsbegjaering-innsyn/v1/innsyn';
const UBEHANDLET = 'Skatteetaten\'s test environment does not process submitted cases, so none of them is ever in an established trekk';
const MARKOERER_SANDKASSE = 'the markers in innsenderReferanse that move a case along are the sandbox\'s (sandbox/README.md)';

async function statusAv(statusPaaSak: StatusPaaSakClient, referanse: string): Promise<StatusPaaSak> {
  const res = await statusPaaSak.hentStatus(referanse);
  await expect(res).toMatchContract('hentStatusPaaSak', 200);
  return res.body as StatusPaaSak;
}

/** Today by the answer's own clock: the request time in Norway's calendar is what the server calls today. */
function idagAv(svar: Innsyn): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date(svar.tidspunktForInnsynsforespoersel!));
}

test.describe('hentInnsynITrekk for a case the supplier submitted', () => {
  test(`${LINJE} for the pair of a case decided with utleggstrekk answers 200 with the claims of Status på sak's decision, shares that add up, two-decimal amounts and ordered periods`, { tag: [...tag, '@full'] }, async ({ innsynTrekk, statusPaaSak, utleggsbegjaering, environment }) => {
    test.skip(!environment.isSandbox, UBEHANDLET);
    const [petition] = sakerForSupplier(utleggsbegjaering.version, seedFor(test.info().title), 1, environment);
    const sendt = await sendInnSak(utleggsbegjaering, petition);
    const par = parAv(sendt)!;
    const sak = await statusAv(statusPaaSak, sendt.innsenderReferanse!);
    expect(iEtablertTrekk(sak, par.saksoekt.taxIdentificationNumber), `Status på sak shows ${sak.saksstatus} with a trekk decision for the saksøkt`).toBe(true);
    const res = await innsynTrekk.hent(par.saksoeker, par.saksoekt);
    await expect(res).toMatchContract('hentInnsynITrekk', 200);
    const svar = res.body as Innsyn;
    expect({ saksoeker: svar.saksoeker, saksoekt: svar.saksoekt }, 'the answer names the pair asked about').toEqual(par);
    const egne = egneBeloep(sendt);
    // Every claim of the case by the identifier the decision names it by; a case from another test of this run with the same pair may add its own.
    const iInnsyn = new Map(svar.saksoekersKravIEttTrekk!.map((k) => [k.kravgrunnlagsidentifikator, k]));
    const iStatus = new Map((sak.kravISak ?? []).map((k) => [k.kravgrunnlagsidentifikator, k]));
    for (const kgi of vedtakOm(sak, par.saksoekt.taxIdentificationNumber)!.tiltak.kravgrunnlagsidentifikator) {
      expect(iInnsyn.get(kgi)?.kravreferanse, `the decision's claim ${kgi} is in the trekk under the same identifier`).toBe(iStatus.get(kgi)?.innsendersKravreferanse);
      expect(iInnsyn.get(kgi)?.prioritetDekningsloven).toBe(iStatus.get(kgi)?.prioritetDekningsloven);
    }
    expect([...iInnsyn.values()].map((k) => k.kravreferanse), 'every claim of the case').toEqual(expect.arrayContaining([...egne.keys()]));
    expect(innsynBrudd(svar, { egneBeloep: egne, idag: idagAv(svar) })).toEqual([]);
  });

  test(`${LINJE} for complex cases with several claims and parties keeps the same rules for every pair`, { tag: [...tag, '@full'] }, async ({ innsynTrekk, utleggsbegjaering, environment }) => {
    test.skip(!environment.isSandbox, UBEHANDLET);
    for (const petition of sakerForSupplier(utleggsbegjaering.version, seedFor(test.info().title), 3, environment, 'kompleks')) {
      const sendt = await sendInnSak(utleggsbegjaering, petition);
      const par = parAv(sendt)!;
      const res = await innsynTrekk.hent(par.saksoeker, par.saksoekt);
      await expect(res).toMatchContract('hentInnsynITrekk', 200);
      const svar = res.body as Innsyn;
      const egne = egneBeloep(sendt);
      expect(svar.saksoekersKravIEttTrekk!.map((k) => k.kravreferanse)).toEqual(expect.arrayContaining([...egne.keys()]));
      expect(innsynBrudd(svar, { egneBeloep: egne, idag: idagAv(svar) })).toEqual([]);
    }
  });

  test(`${LINJE} asked twice gives the same trekk`, { tag: [...tag, '@full'] }, async ({ innsynTrekk, utleggsbegjaering, environment }) => {
    test.skip(!environment.isSandbox, UBEHANDLET);
    const [petition] = sakerForSupplier(utleggsbegjaering.version, seedFor(test.info().title), 1, environment);
    const par = parAv(await sendInnSak(utleggsbegjaering, petition))!;
    const [en, to] = [await innsynTrekk.hent(par.saksoeker, par.saksoekt), await innsynTrekk.hent(par.saksoeker, par.saksoekt)];
    await expect(en).toMatchContract('hentInnsynITrekk', 200);
    await expect(to).toMatchContract('hentInnsynITrekk', 200);
    const uten = (r: typeof en) => ({ ...(r.body as Innsyn), tidspunktForInnsynsforespoersel: undefined, mottattTrekkbeloepSistePeriode: undefined });
    expect(uten(to)).toEqual(uten(en));
  });
});

test.describe('hentInnsynITrekk refuses pairs without a case in an established trekk', () => {
  test(`${LINJE} for a pair nobody submitted a case for answers 404`, { tag: [...tag, '@smoke'] }, async ({ innsynTrekk, utleggsbegjaering, environment }) => {
    const [aldri] = sakerForSupplier(utleggsbegjaering.version, seedFor(test.info().title), 1, environment);
    const par = parAv(aldri)!;
    await expect(await innsynTrekk.hent(par.saksoeker, par.saksoekt)).toMatchContract('hentInnsynITrekk', 404);
  });

  test(`${LINJE} for the saksøker of one case and the saksøkt of another, or a pair turned around, answers 404`, { tag: [...tag, '@full'] }, async ({ innsynTrekk, utleggsbegjaering, environment }) => {
    test.skip(!environment.isSandbox, UBEHANDLET);
    const [a, b] = sakerForSupplier(utleggsbegjaering.version, seedFor(test.info().title), 2, environment);
    const pa = parAv(await sendInnSak(utleggsbegjaering, a))!;
    const pb = parAv(await sendInnSak(utleggsbegjaering, b))!;
    await expect(await innsynTrekk.hent(pa.saksoeker, pa.saksoekt)).toMatchContract('hentInnsynITrekk', 200);
    const avslag = [await innsynTrekk.hent(pa.saksoeker, pb.saksoekt), await innsynTrekk.hent(pb.saksoeker, pa.saksoekt), await innsynTrekk.hent(pa.saksoekt, pa.saksoeker)];
    for (const res of avslag) await expect(res).toMatchContract('hentInnsynITrekk', 404);
  });

  const avslag: Array<{ markoer: string; hva: string; status: string }> = [
    { markoer: '', hva: 'just submitted, not yet decided', status: 'sakOpprettet' },
    { markoer: MARKOERER.uavklart, hva: 'not yet established (status mottatt)', status: 'sakOpprettet' },
    { markoer: `${MARKOERER.besluttet}${MARKOERER.intetTilUtlegg}`, hva: 'decided with intet til utlegg', status: 'sakBesluttet' },
    { markoer: MARKOERER.avsluttet, hva: 'finished (sakAvsluttet)', status: 'sakAvsluttet' },
  ];
  for (const { markoer, hva, status } of avslag) {
    test(`${LINJE} for a case that is ${hva} answers 404: its claims are in no established trekk`, { tag: [...tag, '@full'] }, async ({ innsynTrekk, statusPaaSak, utleggsbegjaering, environment }) => {
      test.skip(!environment.isSandbox, MARKOERER_SANDKASSE);
      const [petition] = sakerForSupplier(utleggsbegjaering.version, seedFor(test.info().title), 1, environment, 'enkel', markoer);
      const sendt = await sendInnSak(utleggsbegjaering, petition);
      const par = parAv(sendt)!;
      const sak = await statusAv(statusPaaSak, sendt.innsenderReferanse!);
      expect(sak.saksstatus, 'as Status på sak shows it').toBe(status);
      expect(iEtablertTrekk(sak, par.saksoekt.taxIdentificationNumber)).toBe(false);
      await expect(await innsynTrekk.hent(par.saksoeker, par.saksoekt)).toMatchContract('hentInnsynITrekk', 404);
    });
  }

  test(`${LINJE} follows a case marked __raskt__ through its life: 404 before the decision, 200 only while Status på sak shows it decided, 404 once it is closed`, { tag: [...tag, '@full'] }, async ({ innsynTrekk, statusPaaSak, utleggsbegjaering, environment }) => {
    test.skip(!environment.isSandbox, MARKOERER_SANDKASSE);
    test.setTimeout(40_000);
    const [petition] = sakerForSupplier(utleggsbegjaering.version, seedFor(test.info().title), 1, environment, 'enkel', MARKOERER.raskt);
    const sendt = await sendInnSak(utleggsbegjaering, petition);
    const par = parAv(sendt)!;
    const nr = par.saksoekt.taxIdentificationNumber;
    // Each Innsyn answer between two Status på sak answers that agree is judged by them: the state did not change in between.
    let foer = await statusAv(statusPaaSak, sendt.innsenderReferanse!);
    let dommer = 0;
    const frist = Date.now() + 20_000;
    while (foer.saksstatus !== 'sakAvsluttet' && Date.now() < frist) {
      const res: ApiResponse = await innsynTrekk.hent(par.saksoeker, par.saksoekt);
      await expect(res).toMatchContract('hentInnsynITrekk', res.status === 200 ? 200 : 404);
      const etter = await statusAv(statusPaaSak, sendt.innsenderReferanse!);
      if (etter.saksstatus === foer.saksstatus) {
        expect(res.status, `Innsyn while Status på sak showed ${foer.saksstatus}`).toBe(iEtablertTrekk(foer, nr) ? 200 : 404);
        if (!iEtablertTrekk(foer, nr)) dommer++;
      }
      foer = etter;
    }
    expect(foer.saksstatus, 'the case reached sakAvsluttet').toBe('sakAvsluttet');
    expect(dommer, 'at least one answer was judged before the decision').toBeGreaterThan(0);
    await expect(await innsynTrekk.hent(par.saksoeker, par.saksoekt), 'once the case is closed').toMatchContract('hentInnsynITrekk', 404);
  });
});

test.describe('hentInnsynITrekk with malformed identifiers', () => {
  const saksoekt = norsk('44926701751');
  const rader: Array<{ hva: string; body: unknown; felt: string; kunSandkasse?: string }> = [
    { hva: 'letters in the saksøker\'s Norwegian number', body: { saksoeker: norsk('31175848X'), saksoekt }, felt: 'saksoeker/taxIdentificationNumber' },
    { hva: 'a saksøkt number of ten digits', body: { saksoeker: norsk('311758489'), saksoekt: norsk('4492670175') }, felt: 'saksoekt/taxIdentificationNumber' },
    { hva: 'a lower-case country code', body: { saksoeker: { taxIdentificationNumber: '311758489', landkodeIdentifikator: 'no' }, saksoekt }, felt: 'saksoeker/landkodeIdentifikator' },
    { hva: 'no country code', body: { saksoeker: norsk('311758489'), saksoekt: { taxIdentificationNumber: '44926701751' } }, felt: 'saksoekt/landkodeIdentifikator' },
    { hva: 'neither taxIdentificationNumber nor annenOffisiellIdentifikator', body: { saksoeker: norsk('311758489'), saksoekt: { landkodeIdentifikator: 'NO' } }, felt: 'saksoekt/taxIdentificationNumber' },
    { hva: 'no saksøkt', body: { saksoeker: norsk('311758489') }, felt: 'saksoekt' },
    {
      hva: 'a fødselsnummer with a wrong check digit', body: { saksoeker: norsk('311758489'), saksoekt: norsk('44926701752') }, felt: 'saksoekt/taxIdentificationNumber',
      kunSandkasse: 'whether Skatteetaten answers a bad check digit with 400 or 404 is not documented; the sandbox chose 400',
    },
  ];
  for (const { hva, body, felt, kunSandkasse } of rader) {
    test(`${LINJE} with ${hva} answers 400 with a Feil naming ${felt}`, { tag: [...tag, '@full'] }, async ({ innsynTrekk, environment }) => {
      test.skip(!!kunSandkasse && !environment.isSandbox, kunSandkasse ?? '');
      const res = await innsynTrekk.hentMed(body);
      await expect(res).toMatchContract('hentInnsynITrekk', 400);
      expect(navngirFelt(res.body, felt), `the error names ${felt}: ${res.text}`).toBe(true);
    });
  }

  test(`${LINJE} with a body that is not JSON answers 400`, { tag: [...tag, '@full'] }, async ({ http, token }) => {
    const res = await http.send({ method: 'POST', path: '/api/utleggsbegjaering-innsyn/v1/innsyn', operationId: 'hentInnsynITrekk', raw: { data: '{"saksoeker":', contentType: 'application/json' }, token: await token('innsyntrekk') });
    await expect(res).toMatchContract('hentInnsynITrekk', 400);
  });
});

test.describe('Innsyn i ett trekk unknown paths', () => {
  const sti = ukjentSti('innsyntrekk');
  test(`POST an unknown path under ${sti.basePath} answers ${sti.status} ${sti.kode}`, { tag: [...tag, '@full'] }, async ({ http, token }) => {
    test.info().annotations.push({ type: 'feilkode', description: sti.kode });
    const body: { saksoeker: Partsidentifikator; saksoekt: Partsidentifikator } = { saksoeker: norsk('311758489'), saksoekt: norsk('44926701751') };
    const res = await http.send({ method: 'POST', path: `${sti.basePath}/innsyn/ukjent`, operationId: 'hentInnsynITrekk', json: body, token: await token('innsyntrekk') });
    await expect(res).toMatchContract('hentInnsynITrekk', sti.status);
    expect(kodeAv(res.body)).toBe(sti.kode);
  });
});

import { generateUtleggsbegjaeringer } from '../../generators/requests/utleggsbegjaering.ts';
import type { StatusPaaSakClient } from '../../src/clients/statuspaasak.ts';
import type { UtleggsbegjaeringClient } from '../../src/clients/apis.ts';
import type { Environment } from '../../src/config/environment.ts';
import type { Saksstatus } from '../../src/spec/status-paa-sak.ts';
import { expect, test } from '../fixtures/index.ts';
import { forSupplier, withUploadedAttachments, type Utleggsbegjaering } from '../support/petitions.ts';
import { seedFor } from '../support/seeds.ts';
import { parAv, sakerForSupplier, sendInnSak as sendInnMedVedlegg } from '../support/innsyntrekk.ts';
import { MARKOERER, VANLIG_FORLOEP, foelgerForloep, iEtablertTrekk, kravreferanser, partsId, partsIder, sakBrudd, tiltakI, vedtakOm, type StatusPaaSak } from '../support/statuspaasak.ts';

// A supplier's own submission followed through Status på sak. Skatteetaten's test environment does not
// process submitted cases (its page says to use the test references instead), so these run against the
// sandbox only, whose clock moves a case along; the markers in innsenderReferanse are sandbox/README.md's.

const tag = ['@statuspaasak', '@full'];
const KUN_SANDKASSE = 'the test environment does not process submitted cases; only the sandbox moves them along';
const STI = '/api/utleggsbegjaering-status-paa-sak/v1/saker';
const POLL_MS = 150;
const MAKS_VENT_MS = 20_000;

/** A generated petition of the client's version, the supplier's own, under a reference ending in `markoer`; sent and accepted. */
async function sendInnSak(utleggsbegjaering: UtleggsbegjaeringClient, environment: Environment, markoer = ''): Promise<Utleggsbegjaering> {
  const [generert] = generateUtleggsbegjaeringer<Utleggsbegjaering>(1, { seed: seedFor(test.info().title), innsender: environment.supplierOrg, version: utleggsbegjaering.version });
  const b = forSupplier(generert, environment);
  b.innsenderReferanse = `${b.innsenderReferanse}${markoer}`;
  const sendt = await utleggsbegjaering.sendInn(await withUploadedAttachments(utleggsbegjaering, b));
  await expect(sendt).toMatchContract('sendInnUtleggsbegjaering', 201);
  return b;
}

async function hent(statusPaaSak: StatusPaaSakClient, referanse: string): Promise<StatusPaaSak> {
  const res = await statusPaaSak.hentStatus(referanse);
  await expect(res).toMatchContract('hentStatusPaaSak', 200);
  const sak = res.body as StatusPaaSak;
  expect(sakBrudd(sak)).toEqual([]);
  return sak;
}

/** Polls the way a supplier's system would, until the case reaches `slutt`; every answer is kept. */
async function pollTil(statusPaaSak: StatusPaaSakClient, referanse: string, slutt: Saksstatus): Promise<StatusPaaSak[]> {
  const sett: StatusPaaSak[] = [];
  const frist = Date.now() + MAKS_VENT_MS;
  while (Date.now() < frist) {
    const sak = await hent(statusPaaSak, referanse);
    sett.push(sak);
    if (sak.saksstatus === slutt) return sett;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  throw new Error(`${referanse} did not reach ${slutt} within ${MAKS_VENT_MS} ms; states seen: ${[...new Set(sett.map((s) => s.saksstatus))].join(', ')}`);
}

test.describe('hentStatusPaaSak for the supplier\'s own submission', () => {
  test(`GET ${STI}/{innsenderReferanse} of a case that will move on says when (Retry-After), and a closed case says nothing`, { tag }, async ({ utleggsbegjaering, statusPaaSak, environment }) => {
    test.skip(!environment.isSandbox, KUN_SANDKASSE);
    const fersk = await sendInnSak(utleggsbegjaering, environment);
    const res = await statusPaaSak.hentStatus(fersk.innsenderReferanse!);
    await expect(res).toMatchContract('hentStatusPaaSak', 200);
    const sekunder = Number(res.headers['retry-after']);
    expect(sekunder, 'a fresh case moves on within a step (60 s in the sandbox)').toBeGreaterThanOrEqual(1);
    expect(sekunder).toBeLessThanOrEqual(60);

    const avsluttet = await sendInnSak(utleggsbegjaering, environment, MARKOERER.avsluttet);
    const ferdig = await statusPaaSak.hentStatus(avsluttet.innsenderReferanse!);
    await expect(ferdig).toMatchContract('hentStatusPaaSak', 200);
    expect((ferdig.body as StatusPaaSak).saksstatus).toBe('sakAvsluttet');
    expect(ferdig.headers['retry-after'], 'nothing comes after sakAvsluttet').toBeUndefined();
  });

  test(`GET ${STI}/{innsenderReferanse} right after POST /utleggsbegjaering answers 200 sakOpprettet with the submitted claims and parties`, { tag }, async ({ utleggsbegjaering, statusPaaSak, environment }) => {
    test.skip(!environment.isSandbox, KUN_SANDKASSE);
    const b = await sendInnSak(utleggsbegjaering, environment);
    const sak = await hent(statusPaaSak, b.innsenderReferanse!);
    expect(sak).toMatchObject({ eksternSaksreferanse: b.innsenderReferanse, innsenderReferanse: b.innsenderReferanse, saksstatus: 'sakOpprettet' });
    expect(sak.kravISak!.map((k) => k.innsendersKravreferanse)).toEqual(kravreferanser(b));
    expect(sak.saksoeker.map(partsId)).toEqual(partsIder(b, 'saksoeker'));
    expect(sak.saksoekt.map(partsId)).toEqual(partsIder(b, 'saksoekt'));
    expect(sak.beslutningsinformasjon ?? []).toEqual([]);
  });

  test(`polling ${STI}/{innsenderReferanse} of a case marked __raskt__ sees it go sakOpprettet → … → sakAvsluttet in order, decided for every saksøkt with kravgrunnlagsidentifikator on every claim`, { tag: ['@statuspaasak', '@smoke'] }, async ({ utleggsbegjaering, statusPaaSak, environment }) => {
    test.skip(!environment.isSandbox, KUN_SANDKASSE);
    test.setTimeout(MAKS_VENT_MS + 15_000);
    const b = await sendInnSak(utleggsbegjaering, environment, '__raskt__');
    const sett = await pollTil(statusPaaSak, b.innsenderReferanse!, 'sakAvsluttet');
    const statuser = sett.map((s) => s.saksstatus);
    expect(statuser[0]).toBe('sakOpprettet');
    expect(foelgerForloep(statuser, VANLIG_FORLOEP), `states seen in order of ${VANLIG_FORLOEP.join(' → ')}: ${statuser.join(', ')}`).toBe(true);
    expect(new Set(sett.map((s) => s.saksnummer)).size, 'the case number never changes').toBe(1);
    const avsluttet = sett[sett.length - 1];
    expect(avsluttet.kravISak!.every((k) => typeof k.kravgrunnlagsidentifikator === 'string')).toBe(true);
    expect(avsluttet.beslutningsinformasjon!.length, 'one decision per saksøkt').toBe(avsluttet.saksoekt.length);
    const besluttet = sett.find((s) => s.saksstatus === 'sakBesluttet');
    if (besluttet) expect(besluttet.kravISak, 'identifiers once given are kept').toEqual(avsluttet.kravISak);
  });

  const sider: Array<{ markoer: string; slutt: Saksstatus; forloep: Saksstatus[] }> = [
    { markoer: '__raskt____nektet__', slutt: 'sakNektetFremmet', forloep: ['sakOpprettet', 'sakNektetFremmet'] },
    { markoer: '__raskt____hevet__', slutt: 'sakHevet', forloep: ['sakOpprettet', 'sakUnderBehandling', 'sakHevet'] },
  ];
  for (const { markoer, slutt, forloep } of sider) {
    test(`polling a case marked ${markoer} sees ${forloep.join(' → ')} and no decision`, { tag }, async ({ utleggsbegjaering, statusPaaSak, environment }) => {
      test.skip(!environment.isSandbox, KUN_SANDKASSE);
      test.setTimeout(MAKS_VENT_MS + 15_000);
      const b = await sendInnSak(utleggsbegjaering, environment, markoer);
      const sett = await pollTil(statusPaaSak, b.innsenderReferanse!, slutt);
      expect(foelgerForloep(sett.map((s) => s.saksstatus), forloep)).toBe(true);
      expect(sett.every((s) => (s.beslutningsinformasjon ?? []).length === 0)).toBe(true);
      // A final state stays.
      await new Promise((r) => setTimeout(r, 1_200));
      expect((await hent(statusPaaSak, b.innsenderReferanse!)).saksstatus).toBe(slutt);
    });
  }

  test(`GET ${STI}/{innsenderReferanse} of a case marked __besluttet__ answers sakBesluttet right after POST, one decision per saksøkt covering every claim, and stays decided`, { tag }, async ({ utleggsbegjaering, statusPaaSak, environment }) => {
    test.skip(!environment.isSandbox, KUN_SANDKASSE);
    const b = await sendInnSak(utleggsbegjaering, environment, MARKOERER.besluttet);
    const sak = await hent(statusPaaSak, b.innsenderReferanse!);
    expect(sak.saksstatus).toBe('sakBesluttet');
    const alle = sak.kravISak!.map((k) => k.kravgrunnlagsidentifikator);
    expect(alle.every((k) => typeof k === 'string'), 'every claim has its kravgrunnlagsidentifikator').toBe(true);
    expect(sak.beslutningsinformasjon!.map((x) => partsId(x.saksoekt))).toEqual(sak.saksoekt.map(partsId));
    for (const x of sak.beslutningsinformasjon!) expect(tiltakI(x).map((t) => t.tiltak.kravgrunnlagsidentifikator)).toEqual([alle]);
    await new Promise((r) => setTimeout(r, 1_200));
    expect(await hent(statusPaaSak, b.innsenderReferanse!), 'the same answer a second later').toEqual(sak);
  });
});

test.describe('hentStatusPaaSak and Innsyn i ett trekk tell one story', () => {
  const saker: Array<{ markoer: string; hva: string }> = [
    { markoer: MARKOERER.besluttet, hva: 'decided with utleggstrekk' },
    { markoer: `${MARKOERER.besluttet}${MARKOERER.inntreden}`, hva: 'decided with inntreden i utleggstrekk' },
    { markoer: `${MARKOERER.besluttet}${MARKOERER.intetTilUtlegg}`, hva: 'decided with intet til utlegg' },
    { markoer: '', hva: 'just submitted' },
    { markoer: MARKOERER.avsluttet, hva: 'closed' },
  ];
  for (const { markoer, hva } of saker) {
    test(`a case ${hva}: POST /api/utleggsbegjaering-innsyn/v1/innsyn answers for a person saksøkt exactly when Status på sak shows it sakBesluttet with a trekk decision for them, naming the decision's claims`, { tag: ['@statuspaasak', '@full'] }, async ({ utleggsbegjaering, statusPaaSak, innsynTrekk, environment }) => {
      test.skip(!environment.isSandbox, KUN_SANDKASSE);
      // A petition against a person, whose pay can be withheld from.
      const [petition] = sakerForSupplier(utleggsbegjaering.version, seedFor(test.info().title), 1, environment, 'enkel', markoer);
      const b = await sendInnMedVedlegg(utleggsbegjaering, petition);
      const par = parAv(b)!;
      const sak = await hent(statusPaaSak, b.innsenderReferanse!);
      const nr = par.saksoekt.taxIdentificationNumber;
      const res = await innsynTrekk.hent(par.saksoeker, par.saksoekt);
      const iTrekk = iEtablertTrekk(sak, nr);
      await expect(res, `Status på sak: ${sak.saksstatus}, ${vedtakOm(sak, nr)?.art ?? 'no decision'}`).toMatchContract('hentInnsynITrekk', iTrekk ? 200 : 404);
      if (!iTrekk) return;
      const kgi = new Set(((res.body as { saksoekersKravIEttTrekk: Array<{ kravgrunnlagsidentifikator: string }> }).saksoekersKravIEttTrekk).map((k) => k.kravgrunnlagsidentifikator));
      for (const k of vedtakOm(sak, nr)!.tiltak.kravgrunnlagsidentifikator) expect(kgi.has(k), `the decision's claim ${k} is in the trekk`).toBe(true);
    });
  }
});

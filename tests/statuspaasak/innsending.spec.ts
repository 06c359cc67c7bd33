import { generateUtleggsbegjaeringer } from '../../generators/requests/utleggsbegjaering.ts';
import type { StatusPaaSakClient } from '../../src/clients/statuspaasak.ts';
import type { UtleggsbegjaeringClient } from '../../src/clients/apis.ts';
import type { Environment } from '../../src/config/environment.ts';
import type { Saksstatus } from '../../src/spec/status-paa-sak.ts';
import { expect, test } from '../fixtures/index.ts';
import { forSupplier, withUploadedAttachments, type Utleggsbegjaering } from '../support/petitions.ts';
import { seedFor } from '../support/seeds.ts';
import { VANLIG_FORLOEP, foelgerForloep, kravreferanser, partsId, partsIder, sakBrudd, type StatusPaaSak } from '../support/statuspaasak.ts';

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
});

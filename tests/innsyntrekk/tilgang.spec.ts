import { UtleggsbegjaeringClient } from '../../src/clients/apis.ts';
import { norsk } from '../../src/clients/innsyntrekk.ts';
import { InnsynTrekkClient } from '../../src/clients/innsyntrekk.ts';
import { generateUtleggsbegjaeringer } from '../../generators/requests/utleggsbegjaering.ts';
import { expect, test } from '../fixtures/index.ts';
import { defineAuthTests } from '../support/auth.ts';
import { egneBeloep, motSammeSaksoekt, parAv, sakerForSupplier, sendInnSak, type Innsyn } from '../support/innsyntrekk.ts';
import { TESTORGANISASJONER } from '../support/kravogbetalinger.ts';
import type { Utleggsbegjaering } from '../support/petitions.ts';
import { seedFor } from '../support/seeds.ts';
import { MARKOERER } from '../support/statuspaasak.ts';

const tag = ['@innsyntrekk'];
const LINJE = 'POST /api/utleggsbegjaering-innsyn/v1/innsyn';

defineAuthTests({
  api: 'innsyntrekk',
  client: (http, token) => new InnsynTrekkClient('innsyntrekk', http, token),
  operations: [
    {
      operationId: 'hentInnsynITrekk',
      linje: LINJE,
      call: (c, extra) => (c as InnsynTrekkClient).hent(norsk('311758489'), norsk('44926701751'), extra),
    },
  ],
});

/** The orgnr named as the first saksøker's prosessfullmektig, in either data model. */
function prosessfullmektigAv(p: Utleggsbegjaering): string | undefined {
  const b = p as Record<string, any>;
  const pf = b.saksoeker?.[0]?.saksoekersProsessfullmektig?.prosessfullmektig ?? b.innsender?.prosessfullmektig?.prosessfullmektig;
  const id = pf?.virksomhet?.identifikator;
  return id?.taxIdentificationNumber ?? id?.verdi;
}

test.describe('innsyntrekk: who sees which pair', () => {
  test(`${LINJE} from another organisation (systembruker) for the supplier's pair answers 404, as for a pair nobody has`, { tag: [...tag, '@full'] }, async ({ innsynTrekk, utleggsbegjaering, token, environment }) => {
    test.skip(!environment.isSandbox, 'needs a systembruker token for another organisation, which only the sandbox grants, and a case in an established trekk');
    const [petition] = sakerForSupplier(utleggsbegjaering.version, seedFor(test.info().title), 1, environment);
    const par = parAv(await sendInnSak(utleggsbegjaering, petition))!;
    await expect(await innsynTrekk.hent(par.saksoeker, par.saksoekt)).toMatchContract('hentInnsynITrekk', 200);
    const annen = TESTORGANISASJONER.find((o) => o !== environment.supplierOrg)!;
    const res = await innsynTrekk.hent(par.saksoeker, par.saksoekt, { token: await token('innsyntrekk', { systembrukerOrg: annen }) });
    await expect(res).toMatchContract('hentInnsynITrekk', 404);
  });

  test(`${LINJE}: a prosessfullmektig sees its own cases only; another creditor's case against the same debtor answers 404 to it and 200 to that creditor`, { tag: [...tag, '@full'] }, async ({ http, innsynTrekk, utleggsbegjaering, token, environment }) => {
    test.skip(!environment.isSandbox, 'needs a systembruker token for another organisation, which only the sandbox grants, and cases in an established trekk');
    const [vaar] = sakerForSupplier(utleggsbegjaering.version, seedFor(test.info().title), 1, environment);
    test.skip(prosessfullmektigAv(vaar) !== environment.supplierOrg, 'the supplier sues in its own name, so its petitions name no prosessfullmektig');
    const sendt = await sendInnSak(utleggsbegjaering, vaar);
    const vaartPar = parAv(sendt)!;

    // Another creditor sues the same debtor in its own name, through its own systembruker.
    const kreditor = TESTORGANISASJONER.find((o) => o !== environment.supplierOrg)!;
    const ubKreditor = new UtleggsbegjaeringClient('utleggsbegjaering', http, () => token('utleggsbegjaering', { systembrukerOrg: kreditor }), utleggsbegjaering.version);
    const innsynKreditor = new InnsynTrekkClient('innsyntrekk', http, () => token('innsyntrekk', { systembrukerOrg: kreditor }));
    const [generert] = generateUtleggsbegjaeringer<Utleggsbegjaering>(1, { seed: seedFor(`${test.info().title} kreditor`), innsender: kreditor, kompleksitet: 'enkel', version: utleggsbegjaering.version });
    // Decided at once, as ours is (sakerForSupplier), so both cases are in the trekk against the debtor.
    generert.innsenderReferanse = `${generert.innsenderReferanse}${MARKOERER.besluttet}`;
    const deres = await sendInnSak(ubKreditor, motSammeSaksoekt(generert, sendt));
    const deresPar = parAv(deres)!;
    expect(deresPar.saksoekt, 'both cases are against the same debtor').toEqual(vaartPar.saksoekt);

    await expect(await innsynTrekk.hent(deresPar.saksoeker, deresPar.saksoekt), 'not our case, although we have one against the debtor').toMatchContract('hentInnsynITrekk', 404);
    const egne = await innsynTrekk.hent(vaartPar.saksoeker, vaartPar.saksoekt);
    await expect(egne).toMatchContract('hentInnsynITrekk', 200);
    const vaareKrav = [...egneBeloep(sendt).keys()];
    const deresKrav = [...egneBeloep(deres).keys()];
    const kravI = (r: typeof egne) => (r.body as Innsyn).saksoekersKravIEttTrekk!.map((k) => k.kravreferanse);
    expect(kravI(egne), 'our claims').toEqual(expect.arrayContaining(vaareKrav));
    expect(kravI(egne).filter((r) => deresKrav.includes(r!)), 'none of theirs').toEqual([]);
    const deresSvar = await innsynKreditor.hent(deresPar.saksoeker, deresPar.saksoekt);
    await expect(deresSvar).toMatchContract('hentInnsynITrekk', 200);
    expect(kravI(deresSvar), 'their claims').toEqual(expect.arrayContaining(deresKrav));
    expect(kravI(deresSvar).filter((r) => vaareKrav.includes(r!)), 'none of ours').toEqual([]);
    await expect(await innsynKreditor.hent(vaartPar.saksoeker, vaartPar.saksoekt), 'they cannot see our pair').toMatchContract('hentInnsynITrekk', 404);
  });
});

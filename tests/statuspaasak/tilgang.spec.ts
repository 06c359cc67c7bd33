import { generateUtleggsbegjaeringer } from '../../generators/requests/utleggsbegjaering.ts';
import { StatusPaaSakClient } from '../../src/clients/statuspaasak.ts';
import { expect, test } from '../fixtures/index.ts';
import { defineAuthTests } from '../support/auth.ts';
import { TESTORGANISASJONER } from '../support/kravogbetalinger.ts';
import { forSupplier, withUploadedAttachments, type Utleggsbegjaering } from '../support/petitions.ts';
import { seedFor } from '../support/seeds.ts';

defineAuthTests({
  api: 'statuspaasak',
  client: (http, token) => new StatusPaaSakClient('statuspaasak', http, token),
  operations: [
    {
      operationId: 'hentStatusPaaSak',
      linje: 'GET /api/utleggsbegjaering-status-paa-sak/v1/saker/{eksternSaksreferanse}',
      call: (c, extra) => (c as StatusPaaSakClient).hentStatus('TEST_SAK_OPPRETTET', extra),
    },
  ],
});

test.describe('statuspaasak: another organisation\'s case', () => {
  test('GET /api/utleggsbegjaering-status-paa-sak/v1/saker/{eksternSaksreferanse} of a case another innsender submitted answers 404, as an unknown reference does', { tag: ['@statuspaasak', '@full'] }, async ({ utleggsbegjaering, statusPaaSak, token, environment }) => {
    test.skip(!environment.isSandbox, 'needs a systembruker token for another organisation, which only the sandbox grants, and a processed submission');
    const [generert] = generateUtleggsbegjaeringer<Utleggsbegjaering>(1, { seed: seedFor(test.info().title), innsender: environment.supplierOrg, version: utleggsbegjaering.version });
    const b = forSupplier(generert, environment);
    await expect(await utleggsbegjaering.sendInn(await withUploadedAttachments(utleggsbegjaering, b))).toMatchContract('sendInnUtleggsbegjaering', 201);
    await expect(await statusPaaSak.hentStatus(b.innsenderReferanse!)).toMatchContract('hentStatusPaaSak', 200);

    const annen = TESTORGANISASJONER.find((o) => o !== environment.supplierOrg)!;
    const fremmed = await token('statuspaasak', { systembrukerOrg: annen });
    const res = await statusPaaSak.hentStatus(b.innsenderReferanse!, { token: fremmed });
    await expect(res).toMatchContract('hentStatusPaaSak', 404);
    const ukjent = await statusPaaSak.hentStatus(`ukjent-${crypto.randomUUID()}`, { token: fremmed });
    await expect(ukjent).toMatchContract('hentStatusPaaSak', 404);
    expect((res.body as { kode?: string }).kode, 'the refusal does not tell "not yours" from "unknown"').toBe((ukjent.body as { kode?: string }).kode);
  });
});

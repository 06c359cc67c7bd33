import { SCHEMA_INVALID_KINDS, schemaInvalid } from '../../generators/invalid/index.ts';
import { expect, test } from '../fixtures/index.ts';
import { forSupplier, grunneksempel } from '../support/petitions.ts';
import { forHverVersjon } from '../support/versjoner.ts';

const tag = ['@utleggsbegjaering', '@full'];

interface Feil { kode: string; melding: string; detaljer?: { felt: string; melding: string }[] }

forHverVersjon((versjon) => {
  test.describe('syntactically invalid requests answer 400 naming the field', () => {
    for (const kind of SCHEMA_INVALID_KINDS) {
      test(`POST /utleggsbegjaering with schema:${kind} answers 400`, { tag }, async ({ utleggsbegjaering, environment }) => {
        const invalid = schemaInvalid(kind, forSupplier(grunneksempel(versjon), environment) as never);
        const res = await utleggsbegjaering.sendInn(invalid.body);
        await expect(res).toMatchContract('sendInnUtleggsbegjaering', 400);
        const felt = ((res.body as Feil).detaljer ?? []).map((d) => d.felt);
        expect(felt.some((f) => f.includes(invalid.path)), `detaljer should name ${invalid.path}, got ${JSON.stringify(felt)}`).toBe(true);
      });
    }

    test('POST /utleggsbegjaering with malformed JSON answers 400', { tag }, async ({ utleggsbegjaering }) => {
      const res = await utleggsbegjaering.call('sendInnUtleggsbegjaering', { raw: { data: '{"saksoeker": [', contentType: 'application/json' } });
      await expect(res).toMatchContract('sendInnUtleggsbegjaering', 400);
    });

    test('POST /utleggsbegjaering/valider with Content-Type text/plain answers 400', { tag }, async ({ utleggsbegjaering, environment }) => {
      const res = await utleggsbegjaering.call('validerUtleggsbegjaering', { raw: { data: JSON.stringify(forSupplier(grunneksempel(versjon), environment)), contentType: 'text/plain' } });
      await expect(res).toMatchContract('validerUtleggsbegjaering', 400);
    });

    test('POST /utleggsbegjaering with a body over the limit answers 413', { tag }, async ({ utleggsbegjaering, environment }) => {
      test.skip(!environment.isSandbox, 'the size limit of other environments is not documented');
      const huge = { ...grunneksempel(versjon), underskrift: 'x'.repeat(6 * 1024 * 1024) };
      const res = await utleggsbegjaering.sendInn(huge);
      await expect(res).toMatchContract('sendInnUtleggsbegjaering', 413);
    });

    test('GET /utleggsbegjaering/{id} with an id that is not a uuid answers 400', { tag }, async ({ utleggsbegjaering }) => {
      const res = await utleggsbegjaering.hent('not-a-uuid');
      await expect(res).toMatchContract('hentUtleggsbegjaering', 400);
    });

    test('PUT /utleggsbegjaering/{id} with an id that is not a uuid answers 400', { tag }, async ({ utleggsbegjaering, environment }) => {
      const res = await utleggsbegjaering.endre('not-a-uuid', forSupplier(grunneksempel(versjon), environment));
      await expect(res).toMatchContract('endreUtleggsbegjaering', 400);
    });

    test('GET /vedlegg/{id} with an id that is not a uuid answers 400', { tag }, async ({ utleggsbegjaering }) => {
      await expect(await utleggsbegjaering.hentVedlegg('not-a-uuid')).toMatchContract('hentVedlegg', 400);
    });

    for (const operationId of ['validerUtleggsbegjaering', 'endreUtleggsbegjaering'] as const) {
      test(`${operationId} with a body over the limit answers 413`, { tag }, async ({ utleggsbegjaering, environment }) => {
        test.skip(!environment.isSandbox, 'the size limit of other environments is not documented');
        const huge = { ...grunneksempel(versjon), underskrift: 'x'.repeat(6 * 1024 * 1024) };
        const res = await utleggsbegjaering.call(operationId, { params: { begjaeringId: '00000000-0000-4000-8000-000000000000' }, json: huge });
        await expect(res).toMatchContract(operationId, 413);
      });
    }

    test('POST /vedlegg with an attachment over the limit answers 413', { tag }, async ({ utleggsbegjaering, environment }) => {
      test.skip(!environment.isSandbox, 'the size limit of other environments is not documented');
      const res = await utleggsbegjaering.lastOppVedlegg('stor.pdf', 'ref', new Uint8Array(21 * 1024 * 1024));
      await expect(res).toMatchContract('lastOppVedlegg', 413);
    });
  });
});

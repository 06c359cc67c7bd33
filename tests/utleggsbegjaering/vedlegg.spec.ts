import { randomUUID } from 'node:crypto';
import { expect, test } from '../fixtures/index.ts';
import { syntheticPdf } from '../support/petitions.ts';
import { forHverVersjon } from '../support/versjoner.ts';

const tag = ['@utleggsbegjaering'];

interface Vedleggsstatus { uuid: string; filnavn: string; status: string }

forHverVersjon((versjon) => {
  test.describe('attachments', () => {
    test('POST /vedlegg answers 201 and GET /vedlegg/{uuid} shows its processing state', { tag: [...tag, '@smoke'] }, async ({ utleggsbegjaering }) => {
      const ref = `ic-${randomUUID()}`;
      const opplastet = await utleggsbegjaering.lastOppVedlegg('tvangsgrunnlag.pdf', ref, syntheticPdf('tvangsgrunnlag'));
      await expect(opplastet).toMatchContract('lastOppVedlegg', 201);
      const { uuid } = opplastet.body as Vedleggsstatus;
      const hentet = await utleggsbegjaering.hentVedlegg(uuid);
      await expect(hentet).toMatchContract('hentVedlegg', 200);
      expect((hentet.body as Vedleggsstatus).uuid).toBe(uuid);
    });

    test('GET /vedlegg/{uuid} for an unknown uuid answers 404', { tag: [...tag, '@full'] }, async ({ utleggsbegjaering }) => {
      await expect(await utleggsbegjaering.hentVedlegg(randomUUID())).toMatchContract('hentVedlegg', 404);
    });

    test('POST /vedlegg with an empty file answers 400 naming the body, and stores nothing', { tag: [...tag, '@full'] }, async ({ utleggsbegjaering }) => {
      const res = await utleggsbegjaering.lastOppVedlegg('tom.pdf', `ic-${randomUUID()}`, new Uint8Array(0));
      await expect(res).toMatchContract('lastOppVedlegg', 400);
      expect(res.headers.location, 'nothing was stored, so nothing to point at').toBeUndefined();
    });

    test('POST /vedlegg without filnavn answers 400', { tag: [...tag, '@full'] }, async ({ utleggsbegjaering }) => {
      const res = await utleggsbegjaering.call('lastOppVedlegg', { query: { innsenderReferanse: 'x' }, raw: { data: syntheticPdf('x'), contentType: 'application/pdf' } });
      await expect(res).toMatchContract('lastOppVedlegg', 400);
    });

    // The sandbox steers processing by filename markers (sandbox/README.md); real environments decide themselves.
    const lifecycle: [marker: string, status: string][] = [
      ['', 'konvertert'], ['__virus__', 'virusFunnet'], ['__feilet__', 'feilet'],
      ['__ikke-klar__', 'lastetOpp'], ['__slettet__', 'slettet'], ['__kassert__', 'kassert'],
    ];
    for (const [marker, status] of lifecycle) {
      test(`an attachment named ${marker || 'without a marker'} ends in state ${status}`, { tag: [...tag, '@full'] }, async ({ utleggsbegjaering, environment }) => {
        test.skip(!environment.isSandbox, 'processing states are steered by sandbox filename markers');
        const res = await utleggsbegjaering.lastOppVedlegg(`bilag${marker}.pdf`, `ic-${randomUUID()}`, syntheticPdf('bilag'));
        await expect(res).toMatchContract('lastOppVedlegg', 201);
        const hentet = await utleggsbegjaering.hentVedlegg((res.body as Vedleggsstatus).uuid);
        await expect(hentet).toMatchContract('hentVedlegg', 200);
        expect((hentet.body as Vedleggsstatus).status).toBe(status);
        // Still being processed: the answer says when to look again; a final state has nothing to wait for.
        const underBehandling = ['lastetOpp', 'virussjekket', 'validert'].includes(status);
        for (const r of [res, hentet]) {
          if (underBehandling) expect(Number(r.headers['retry-after']), 'Retry-After in seconds').toBeGreaterThanOrEqual(1);
          else expect(r.headers['retry-after'], 'no Retry-After on a final state').toBeUndefined();
        }
      });
    }
  });
});

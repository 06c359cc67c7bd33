import { expect, test } from '../fixtures/index.ts';
import { kodeAv, navngirFelt, ukjentSti } from '../support/feil.ts';

const tag = ['@statuspaasak', '@full'];
const STI = '/api/utleggsbegjaering-status-paa-sak/v1/saker';

test.describe('hentStatusPaaSak with a malformed reference', () => {
  // Sent as they are (already percent-encoded), so the server sees exactly these bytes.
  const ugyldige: Array<{ hva: string; sti: string }> = [
    { hva: 'a control character', sti: '%01TEST_SAK_OPPRETTET' },
    { hva: 'nothing but a space', sti: '%20' },
    { hva: '4001 characters', sti: 'x'.repeat(4001) },
  ];
  for (const { hva, sti } of ugyldige) {
    test(`GET ${STI}/{${hva}} answers 400 with a Feil naming eksternSaksreferanse`, { tag }, async ({ http, token }) => {
      const res = await http.send({ method: 'GET', path: `${STI}/${sti}`, operationId: 'hentStatusPaaSak', token: await token('statuspaasak') });
      await expect(res).toMatchContract('hentStatusPaaSak', 400);
      expect(navngirFelt(res.body, 'eksternSaksreferanse'), `the error names eksternSaksreferanse: ${res.text}`).toBe(true);
    });
  }

  test(`GET ${STI}/{a reference nobody used} answers 404`, { tag }, async ({ statusPaaSak }) => {
    const res = await statusPaaSak.hentStatus(`ukjent-${crypto.randomUUID()}`);
    await expect(res).toMatchContract('hentStatusPaaSak', 404);
  });
});

test.describe('Status på sak unknown paths', () => {
  const sti = ukjentSti('statuspaasak');
  test(`GET an unknown path under ${sti.basePath} answers ${sti.status} ${sti.kode}`, { tag }, async ({ http, token }) => {
    test.info().annotations.push({ type: 'feilkode', description: sti.kode });
    const res = await http.send({ method: 'GET', path: `${sti.basePath}/saker/TEST_SAK_OPPRETTET/ukjent`, operationId: 'hentStatusPaaSak', token: await token('statuspaasak') });
    await expect(res).toMatchContract('hentStatusPaaSak', sti.status);
    expect(kodeAv(res.body)).toBe(sti.kode);
  });
});

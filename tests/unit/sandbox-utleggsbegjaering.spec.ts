import { test, expect } from '@playwright/test';
import { call, example, startSandbox, TESTKLIENT_ORG, type Running } from './sandbox-support.ts';

const UB = 'utleggsbegjaering';
const ANNEN_ORG = '311758489';
let sb: Running;
let token: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  sb = await startSandbox();
  token = await sb.token(UB);
});
test.afterAll(async () => sb?.sandbox.close());
test.beforeEach(() => sb.sandbox.reset());

/** A copy of the simple example under another innsenderReferanse, so it is not a duplicate. */
function enkel(referanse: string, endringer: (b: any) => void = () => {}): any {
  const b = example('enkel');
  b.innsenderReferanse = referanse;
  endringer(b);
  return b;
}

const sendInn = (body: unknown, t = token) => call(sb.sandbox, UB, '/utleggsbegjaering', { token: t, body, operationId: 'sendInnUtleggsbegjaering' });

test.describe('innsending', () => {
  test('the seed examples are accepted from their innsender, with a receipt and a Location', async () => {
    for (const name of ['enkel', 'kompleks'] as const) {
      const res = await sendInn(example(name));
      expect(res.status, res.text).toBe(201);
      expect(res.body).toMatchObject({ status: 'registrert', versjon: 1, innsenderReferanse: 'InnsenderRef123' });
      expect(res.headers.get('location')).toBe(`/api/utleggsbegjaering/v1/utleggsbegjaering/${res.body.begjaeringId}`);
      const hent = await call(sb.sandbox, UB, `/utleggsbegjaering/${res.body.begjaeringId}`, { token, operationId: 'hentUtleggsbegjaering' });
      expect(hent.status).toBe(200);
      expect(hent.body).toMatchObject({ begjaeringId: res.body.begjaeringId, status: 'registrert' });
    }
  });

  test('the same petition twice: 422 DUPLIKAT_INNSENDING with the catalog description', async () => {
    expect((await sendInn(example('enkel'))).status).toBe(201);
    const res = await sendInn(example('enkel'));
    expect(res.status).toBe(422);
    expect(res.contentType).toContain('application/problem+json');
    expect(res.body.kontrollutslag).toEqual([
      expect.objectContaining({ kode: 'DUPLIKAT_INNSENDING', beskrivelse: 'Duplikat innsending', melding: expect.stringContaining('InnsenderRef123') }),
    ]);
  });

  test('every broken rule is listed in one 422', async () => {
    const res = await sendInn(enkel('flere-brudd', (b) => {
      b.saksoekt.push(structuredClone(b.saksoekt[0]));
      b.innsender.innsender.virksomhet.identifikator.verdi = ANNEN_ORG;
    }));
    expect(res.status).toBe(422);
    const koder = res.body.kontrollutslag.map((k: any) => k.kode);
    expect(koder).toEqual(expect.arrayContaining(['DUPLIKAT_SAKSOEKT', 'INNSENDER_SAMSVARER_IKKE_MED_AUTENTISERING']));
  });

  test('valider answers 204 and stores nothing; a broken petition gets 422', async () => {
    const ok = await call(sb.sandbox, UB, '/utleggsbegjaering/valider', { token, body: example('enkel'), operationId: 'validerUtleggsbegjaering' });
    expect(ok.status).toBe(204);
    expect((await sendInn(example('enkel'))).status).toBe(201); // not a duplicate: valider stored nothing
    const bad = await call(sb.sandbox, UB, '/utleggsbegjaering/valider', { token, body: example('enkel'), operationId: 'validerUtleggsbegjaering' });
    expect(bad.status).toBe(422);
    expect(bad.body.kontrollutslag.map((k: any) => k.kode)).toEqual(['DUPLIKAT_INNSENDING']);
  });

  test('a systembruker token acts for its customer: the innsender must be that organisation', async () => {
    const forAnnen = await sb.token(UB, ANNEN_ORG);
    const res = await sendInn(example('enkel'), forAnnen);
    expect(res.status).toBe(422);
    expect(res.body.kontrollutslag.map((k: any) => k.kode)).toContain('INNSENDER_SAMSVARER_IKKE_MED_AUTENTISERING');
  });

  test('another organisation cannot see or change a submission (404, existence not revealed)', async () => {
    const lagret = await sendInn(example('enkel'));
    const forAnnen = await sb.token(UB, ANNEN_ORG);
    const hent = await call(sb.sandbox, UB, `/utleggsbegjaering/${lagret.body.begjaeringId}`, { token: forAnnen, operationId: 'hentUtleggsbegjaering' });
    expect(hent.status).toBe(404);
    const endre = await call(sb.sandbox, UB, `/utleggsbegjaering/${lagret.body.begjaeringId}`, { method: 'PUT', token: forAnnen, body: example('enkel'), operationId: 'endreUtleggsbegjaering' });
    expect(endre.status).toBe(404);
    const ukjent = await call(sb.sandbox, UB, '/utleggsbegjaering/00000000-0000-4000-8000-000000000000', { token, operationId: 'hentUtleggsbegjaering' });
    expect(ukjent.status).toBe(404);
    expect(ukjent.body.kode).toBe(hent.body.kode);
  });
});

test.describe('endring', () => {
  test('a registered submission can be changed: 200 with the next version', async () => {
    const lagret = await sendInn(example('enkel'));
    const ny = example('enkel');
    ny.saksreferanse = 'endret';
    const res = await call(sb.sandbox, UB, `/utleggsbegjaering/${lagret.body.begjaeringId}`, { method: 'PUT', token, body: ny, operationId: 'endreUtleggsbegjaering' });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ begjaeringId: lagret.body.begjaeringId, versjon: 2 });
  });

  test('status markers steer what a change meets: __uavklart__ → UAVKLART_STATUS, __avsluttet__ → UGYLDIG_STATUS', async () => {
    for (const [marker, status, kode] of [['__uavklart__', 'mottatt', 'UAVKLART_STATUS'], ['__avsluttet__', 'avsluttet', 'UGYLDIG_STATUS']]) {
      const body = enkel(`ref${marker}`);
      const lagret = await sendInn(body);
      expect(lagret.status).toBe(201);
      expect(lagret.body.status).toBe(status);
      const res = await call(sb.sandbox, UB, `/utleggsbegjaering/${lagret.body.begjaeringId}`, { method: 'PUT', token, body, operationId: 'endreUtleggsbegjaering' });
      expect(res.status).toBe(422);
      expect(res.body.kontrollutslag.map((k: any) => k.kode)).toContain(kode);
    }
  });

  test('changes-only rules run on changes: a new begjaeringsdato is ULOVLIG_ENDRING_BEGJAERINGSDATO', async () => {
    const lagret = await sendInn(example('enkel'));
    const res = await call(sb.sandbox, UB, `/utleggsbegjaering/${lagret.body.begjaeringId}`, {
      method: 'PUT', token, body: enkel('InnsenderRef123', (b) => (b.begjaeringsdato = '2025-01-11')), operationId: 'endreUtleggsbegjaering',
    });
    expect(res.status).toBe(422);
    expect(res.body.kontrollutslag.map((k: any) => k.kode)).toContain('ULOVLIG_ENDRING_BEGJAERINGSDATO');
  });
});

test.describe('concurrency', () => {
  test('concurrent distinct submissions are all stored', async () => {
    const svar = await Promise.all(Array.from({ length: 25 }, (_, i) => sendInn(enkel(`samtidig-${i}`))));
    expect(svar.map((s) => s.status)).toEqual(Array(25).fill(201));
    const ider = new Set(svar.map((s) => s.body.begjaeringId));
    expect(ider.size).toBe(25);
    for (const id of ider) {
      expect((await call(sb.sandbox, UB, `/utleggsbegjaering/${id}`, { token, operationId: 'hentUtleggsbegjaering' })).status).toBe(200);
    }
  });

  test('the same petition twice at once: exactly one 201 and one 422 DUPLIKAT_INNSENDING', async () => {
    for (let round = 0; round < 5; round++) {
      const body = enkel(`tvilling-${round}`);
      const svar = await Promise.all([sendInn(body), sendInn(body)]);
      expect(svar.map((s) => s.status).sort()).toEqual([201, 422]);
      const avvist = svar.find((s) => s.status === 422)!;
      expect(avvist.body.kontrollutslag.map((k: any) => k.kode)).toEqual(['DUPLIKAT_INNSENDING']);
    }
  });
});

test.describe('bad input', () => {
  const post = (options: Parameters<typeof call>[3]) => call(sb.sandbox, UB, '/utleggsbegjaering', { token, operationId: 'sendInnUtleggsbegjaering', ...options });

  test('malformed JSON → 400 naming the body', async () => {
    const res = await post({ raw: '{"saksoeker": [', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(400);
    expect(res.body.detaljer).toEqual([{ felt: '', melding: expect.stringContaining('not valid JSON') }]);
  });

  test('an empty body → 400', async () => {
    const res = await post({ raw: '', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(400);
    expect(res.body.detaljer[0].felt).toBe('');
  });

  test('wrong content type → 400 naming Content-Type', async () => {
    const res = await post({ raw: JSON.stringify(example('enkel')), headers: { 'content-type': 'text/plain' } });
    expect(res.status).toBe(400);
    expect(res.body.detaljer).toEqual([{ felt: 'Content-Type', melding: expect.stringContaining('application/json') }]);
  });

  test('schema violations → 400 with a JSON pointer per field', async () => {
    const body = example('enkel');
    body.begjaeringsdato = '2025-02-30';
    body.tvangsfullbyrdelsestype = 'pant';
    delete body.saksoekt;
    body.betalingsinformasjon = { norskKonto: { kontonummer: '123' } };
    const res = await post({ body });
    expect(res.status).toBe(400);
    const felt = res.body.detaljer.map((d: any) => d.felt);
    expect(felt).toEqual(expect.arrayContaining(['/begjaeringsdato', '/tvangsfullbyrdelsestype', '/saksoekt', '/betalingsinformasjon/norskKonto/kontonummer']));
    expect(res.body.detaljer.find((d: any) => d.felt === '/tvangsfullbyrdelsestype').melding).toContain('"utlegg"');
  });

  test('bad parameters are named: path (begjaeringId) and header (Korrelasjonsid)', async () => {
    const sti = await call(sb.sandbox, UB, '/utleggsbegjaering/ikke-en-uuid', { token, operationId: 'hentUtleggsbegjaering' });
    expect(sti.status).toBe(400);
    expect(sti.body.detaljer).toEqual([expect.objectContaining({ felt: 'begjaeringId' })]);
    const lang = 'x'.repeat(201);
    const header = await post({ body: example('enkel'), headers: { korrelasjonsid: lang } });
    expect(header.status).toBe(400);
    expect(header.body.detaljer).toEqual([expect.objectContaining({ felt: 'Korrelasjonsid' })]);
  });

  test('a body over the limit → 413, with a declared length and when streamed', async () => {
    const stor = `{"x":"${'a'.repeat(6 * 1024 * 1024)}"}`;
    const declared = await post({ raw: stor, headers: { 'content-type': 'application/json' } });
    expect(declared.status).toBe(413);
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 7; i++) controller.enqueue(new TextEncoder().encode('a'.repeat(1024 * 1024)));
        controller.close();
      },
    });
    const res = await fetch(`${sb.sandbox.url}/api/utleggsbegjaering/v1/utleggsbegjaering`, {
      method: 'POST', body: stream, duplex: 'half', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(res.headers.get('korrelasjonsid')).toBeTruthy();
    // The server is still fine afterwards.
    expect((await sendInn(enkel('etter-413'))).status).toBe(201);
  });

  test('unknown paths → 404 DAS-002, also outside every API', async () => {
    for (const path of ['/api/utleggsbegjaering/v1/finnes-ikke', '/api/utleggsbegjaering/v9/utleggsbegjaering', '/', '/api/ukjent']) {
      const res = await call(sb.sandbox, UB, path, { token, feilkroppSom: { operationId: 'hentUtleggsbegjaering', status: 404 } });
      expect(res.status, path).toBe(404);
      expect(res.body.kode).toBe('DAS-002');
    }
  });

  test('a known path with the wrong method → 405 with Allow', async () => {
    const res = await call(sb.sandbox, UB, '/utleggsbegjaering', { token, feilkroppSom: { operationId: 'sendInnUtleggsbegjaering', status: 400 } });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    const del = await call(sb.sandbox, UB, '/utleggsbegjaering/00000000-0000-4000-8000-000000000000', { method: 'DELETE', token, feilkroppSom: { operationId: 'sendInnUtleggsbegjaering', status: 400 } });
    expect(del.status).toBe(405);
    expect(del.headers.get('allow')).toBe('GET, PUT');
  });

  test('a fixed path wins over a templated one: GET and PUT /utleggsbegjaering/valider → 405 Allow: POST, not a bad begjaeringId', async () => {
    for (const method of ['GET', 'PUT']) {
      const res = await call(sb.sandbox, UB, '/utleggsbegjaering/valider', { method, token, feilkroppSom: { operationId: 'sendInnUtleggsbegjaering', status: 400 } });
      expect(res.status, method).toBe(405);
      expect(res.headers.get('allow'), method).toBe('POST');
    }
  });
});

test.describe('vedlegg', () => {
  const PDF = new TextEncoder().encode('%PDF-1.4 sandbox test\n');
  const lastOpp = (filnavn: string, referanse: string, options: { type?: string; raw?: Uint8Array | string; t?: string } = {}) =>
    call(sb.sandbox, UB, `/vedlegg?filnavn=${encodeURIComponent(filnavn)}&innsenderReferanse=${encodeURIComponent(referanse)}`, {
      method: 'POST', token: options.t ?? token, raw: options.raw ?? PDF, headers: { 'content-type': options.type ?? 'application/pdf' }, operationId: 'lastOppVedlegg',
    });
  const hentVedlegg = (uuid: string, t = token) => call(sb.sandbox, UB, `/vedlegg/${uuid}`, { token: t, operationId: 'hentVedlegg' });
  /** The simple example, with every attachment reference pointing at `uuid`. */
  const medVedlegg = (uuid: string, referanse: string) => {
    const b = JSON.parse(JSON.stringify(example('enkel')).replaceAll('1a107a2d-6398-4675-944c-59f44fbeee82', uuid));
    b.innsenderReferanse = referanse;
    return b;
  };

  test('an upload is converted at once, can be read back, and makes a petition acceptable', async () => {
    const opp = await lastOpp('dom.pdf', 'med-vedlegg');
    expect(opp.status).toBe(201);
    expect(opp.body).toMatchObject({ filnavn: 'dom.pdf', status: 'konvertert', innsenderReferanse: 'med-vedlegg', stoerrelse: PDF.length });
    expect(opp.headers.get('location')).toBe(`/api/utleggsbegjaering/v1/vedlegg/${opp.body.uuid}`);
    expect((await hentVedlegg(opp.body.uuid)).body).toMatchObject({ uuid: opp.body.uuid, status: 'konvertert' });
    expect((await sendInn(medVedlegg(opp.body.uuid, 'med-vedlegg'))).status).toBe(201);
    // Bound to its innsenderReferanse: another petition cannot use it.
    const annen = await sendInn(medVedlegg(opp.body.uuid, 'en-annen'));
    expect(annen.body.kontrollutslag.map((k: any) => k.kode)).toContain('VEDLEGG_SKAL_HA_REFERANSE_TIL_BEGJAERINGEN');
  });

  test('filename markers steer the lifecycle and the rule a petition then breaks', async () => {
    const tilfeller: Array<[string, string, string]> = [
      ['__virus__', 'virusFunnet', 'VEDLEGG_SKAL_VAERE_TILGJENGELIG'],
      ['__feilet__', 'feilet', 'VEDLEGG_SKAL_IKKE_HA_FEILET'],
      ['__ikke-klar__', 'lastetOpp', 'VEDLEGG_SKAL_VAERE_VIRUSSJEKKET_VALIDERT_OG_KONVERTERT'],
      ['__slettet__', 'slettet', 'VEDLEGG_SKAL_VAERE_TILGJENGELIG'],
      ['__kassert__', 'kassert', 'VEDLEGG_SKAL_VAERE_TILGJENGELIG'],
    ];
    for (const [marker, status, kode] of tilfeller) {
      const referanse = `markert${marker}`;
      const opp = await lastOpp(`fil${marker}.pdf`, referanse);
      expect(opp.body.status, marker).toBe(status);
      expect((await hentVedlegg(opp.body.uuid)).body.status).toBe(status);
      const res = await sendInn(medVedlegg(opp.body.uuid, referanse));
      expect(res.status, marker).toBe(422);
      expect(res.body.kontrollutslag.map((k: any) => k.kode), marker).toContain(kode);
    }
  });

  test('every documented binary type is accepted; others, empty bodies and missing parameters are 400', async () => {
    for (const type of ['application/pdf', 'image/jpeg', 'image/png', 'application/octet-stream']) {
      expect((await lastOpp('fil', 'typer', { type })).status, type).toBe(201);
    }
    const json = await lastOpp('fil', 'typer', { type: 'application/json', raw: '{}' });
    expect(json.status).toBe(400);
    expect(json.body.detaljer[0].felt).toBe('Content-Type');
    const tom = await lastOpp('fil', 'typer', { raw: new Uint8Array(0) });
    expect(tom.status).toBe(400);
    const uten = await call(sb.sandbox, UB, '/vedlegg?innsenderReferanse=x', { method: 'POST', token, raw: PDF, headers: { 'content-type': 'application/pdf' }, operationId: 'lastOppVedlegg' });
    expect(uten.status).toBe(400);
    expect(uten.body.detaljer).toEqual([expect.objectContaining({ felt: 'filnavn' })]);
  });

  test('unknown and other organisations\' attachments are 404; preloaded ones are visible to all', async () => {
    const opp = await lastOpp('hemmelig.pdf', 'privat');
    const forAnnen = await sb.token(UB, ANNEN_ORG);
    expect((await hentVedlegg(opp.body.uuid, forAnnen)).status).toBe(404);
    expect((await hentVedlegg('00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const forhaandslastet = await hentVedlegg('1a107a2d-6398-4675-944c-59f44fbeee82', forAnnen);
    expect(forhaandslastet.body).toMatchObject({ status: 'konvertert' });
    expect(forhaandslastet.body.innsenderReferanse).toBeUndefined();
  });
});

test('reset forgets submissions and uploads (POST /sandbox/reset)', async () => {
  const lagret = await sendInn(example('enkel'));
  const res = await fetch(`${sb.sandbox.url}/sandbox/reset`, { method: 'POST' });
  expect(res.status).toBe(204);
  expect(res.headers.get('korrelasjonsid')).toBeTruthy();
  expect((await call(sb.sandbox, UB, `/utleggsbegjaering/${lagret.body.begjaeringId}`, { token, operationId: 'hentUtleggsbegjaering' })).status).toBe(404);
  expect((await sendInn(example('enkel'))).status).toBe(201);
  expect(TESTKLIENT_ORG).toBe(example('enkel').innsender.innsender.virksomhet.identifikator.verdi);
});

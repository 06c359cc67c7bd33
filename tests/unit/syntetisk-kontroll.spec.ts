import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finnIkkeSyntetiske, personnummerart } from '../../src/data/syntetisk.ts';
import { HttpClient } from '../../src/http/client.ts';
import { IkkeSyntetiskeDataError, kontrollerForespoersel, maskert } from '../../src/http/syntetisk-kontroll.ts';

/** A number with a real month and valid check digits: what a real person's could be. */
function realLooking(prefix = '150385'): string {
  for (let i = 0; i < 100_000; i++) {
    const candidate = `${prefix}${String(i).padStart(5, '0')}`;
    if (personnummerart(candidate) === 'ekte') return candidate;
  }
  throw new Error('none found');
}
const REAL = realLooking();
const url = (path: string) => new URL(path, 'http://127.0.0.1:1');

test.describe('the synthetic-data check of a request', () => {
  test('finds a real-looking fødselsnummer in the JSON body, the path, the query and a text body, with where it is', () => {
    const body = kontrollerForespoersel({ method: 'POST', url: url('/api/x'), json: { saksoekt: [{ identifikator: REAL }] } });
    expect(body.stopp).toEqual([expect.objectContaining({ hvor: 'body /saksoekt/0/identifikator', verdi: REAL, alvor: 'stopp' })]);
    expect(kontrollerForespoersel({ method: 'GET', url: url(`/finans/${REAL}/aapnekrav`) }).stopp[0].hvor).toBe('path');
    expect(kontrollerForespoersel({ method: 'GET', url: url(`/x?part=${REAL}`) }).stopp[0].hvor).toBe('query part');
    const pdf = kontrollerForespoersel({ method: 'POST', url: url('/vedlegg'), raw: { data: new TextEncoder().encode(`%PDF-1.4 saksøkt ${REAL} %%EOF`), contentType: 'application/pdf' } });
    expect(pdf.stopp[0].hvor).toBe('body (byte 18)');
    // Deliberately malformed JSON is checked as text.
    expect(kontrollerForespoersel({ method: 'POST', url: url('/x'), raw: { data: `{"a": "${REAL}"`, contentType: 'application/json' } }).stopp).toHaveLength(1);
  });

  test('lets synthetic numbers through and warns about organisation numbers in the real series, except the supplier\'s own', () => {
    // Tenor adds 80 to the month, other synthetic registers 40.
    const synthetic = kontrollerForespoersel({ method: 'POST', url: url('/x'), json: { tenor: '15838500040', dolly: '01419012345', innsender: '974761076', egen: '912345688' } }, { egneOrgnr: ['912345688'] });
    expect(synthetic.stopp).toEqual([]);
    expect(synthetic.advarsler.map((f) => f.verdi)).toEqual(['974761076']);
    expect(kontrollerForespoersel({ method: 'POST', url: url('/x'), json: { egen: '912345688' } }).advarsler.map((f) => f.verdi)).toEqual(['912345688']);
    // Digits inside a uuid are not an identifier.
    expect(kontrollerForespoersel({ method: 'GET', url: url(`/vedlegg/a${REAL}b-0000`) }).stopp).toEqual([]);
  });

  test('names the file a value came from, or the caller\'s own word for it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kilder-'));
    try {
      writeFileSync(join(dir, 'parter.json'), JSON.stringify([{ identifikator: REAL }]));
      expect(kontrollerForespoersel({ method: 'POST', url: url('/x'), json: { id: REAL } }, { kilder: [dir] }).stopp[0].kilde).toBe(join(dir, 'parter.json'));
      expect(kontrollerForespoersel({ method: 'POST', url: url('/x'), json: { id: REAL }, opphav: 'generator utleggsbegjaering (seed 7)' }, { kilder: [dir] }).stopp[0].kilde).toBe('generator utleggsbegjaering (seed 7)');
      expect(kontrollerForespoersel({ method: 'POST', url: url('/x'), json: { id: REAL } }, { kilder: [dir] }).stopp[0].kilde).toBeDefined();
      expect(kontrollerForespoersel({ method: 'POST', url: url('/x'), json: { id: realLooking('160385') } }, { kilder: [dir] }).stopp[0].kilde).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the HTTP client never sends a request the check stops, and its error shows only the birth date', async () => {
    let received = 0;
    const server = createServer((_, res) => {
      received++;
      res.writeHead(204).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const checked: number[] = [];
      const http = new HttpClient({ baseUrl: `http://127.0.0.1:${(server.address() as { port: number }).port}`, syntetiskKontroll: { etterKontroll: (r) => checked.push(r.stopp.length) } });
      const ok = await http.send({ method: 'POST', path: '/x', operationId: 'x', json: { id: '15838500040' } });
      expect(ok.status).toBe(204);
      const error = await http.send({ method: 'POST', path: '/x', operationId: 'x', json: { saksoekt: { id: REAL } } }).catch((e) => e);
      expect(error).toBeInstanceOf(IkkeSyntetiskeDataError);
      expect(error.message).toContain(`Stopped before sending POST http://127.0.0.1:`);
      expect(error.message).toContain(`body /saksoekt/id is ${maskert(REAL)}, which looks like a real fødselsnummer or D-nummer`);
      expect(error.message).not.toContain(REAL);
      expect(received, 'only the synthetic request reached the server').toBe(1);
      expect(checked).toEqual([0, 1]);
    } finally {
      server.close();
    }
  });
});

test('an account number or KID that happens to read as a fødselsnummer is not a person: only identifier fields stop', () => {
  // 17033283423 is a valid kontonummer (MOD11) and also a real-looking fødselsnummer (17.03.32, valid check digits).
  const konto = { betalingsinformasjon: { kontoinformasjon: { kontonummer: '17033283423' }, kidnummer: '17033283423' } };
  expect(finnIkkeSyntetiske(konto)).toEqual([]);
  const person = { saksoekt: [{ person: { identifikator: '17033283423' } }] };
  expect(finnIkkeSyntetiske(person).map((f) => [f.sti, f.alvor])).toEqual([['/saksoekt/0/person/identifikator', 'stopp']]);
});

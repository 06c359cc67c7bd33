import { expect, test } from '@playwright/test';
import { createRandom, generateUtleggsbegjaeringer, mutationCodes, mutate } from '../../generators/index.ts';
import { checkKid, checkKontonummer, checkOrganisasjonsnummer } from '../../generators/identifiers/index.ts';
import type { Begjaering, Brudd, RegelKontekst } from '../../sandbox/rules/types.ts';
import { idag, norskDato } from '../../sandbox/rules/utleggsbegjaering/felles/dato.ts';
import { gyldigKid, gyldigKontonummer, gyldigOrgnr } from '../../sandbox/rules/utleggsbegjaering/felles/kontrollsiffer.ts';
import { utfylt } from '../../sandbox/rules/utleggsbegjaering/felles/tekst.ts';
import { evaluate, reglerFor } from '../../sandbox/rules/utleggsbegjaering/index.ts';

// The shortcuts the validator bench asked for (rules made fast on 2.1 petitions) must not change an
// answer: the boolean check digits agree with generators/identifiers, and evaluate() with its shared
// per-run indexes finds what each rule finds on its own, without them.

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** Strings near the shapes the checks judge: digits of many lengths, a few with a '-', a letter or a space. */
function kandidater(lengder: readonly number[], antall: number, seed: number): string[] {
  const r = lcg(seed);
  const ut: string[] = ['', '-', '0', '00', '0-', '--', ' 1', '1 ', '１２'];
  for (let n = 0; n < antall; n++) {
    const lengde = lengder[Math.floor(r() * lengder.length)];
    let s = '';
    for (let i = 0; i < lengde; i++) s += String.fromCharCode(48 + Math.floor(r() * 10));
    const stoey = r();
    if (stoey < 0.1 && s.length > 0) s = s.slice(0, -1) + '-';
    else if (stoey < 0.13 && s.length > 0) {
      const i = Math.floor(r() * s.length);
      s = s.slice(0, i) + 'a/ :'[Math.floor(r() * 4)] + s.slice(i + 1);
    }
    ut.push(s);
  }
  return ut;
}

test('gyldigKid agrees with checkKid over 2–25 characters and around them', () => {
  const alle = kandidater([0, 1, 2, 3, 5, 8, 11, 16, 24, 25, 26, 27], 60000, 7);
  const avvik = alle.filter((s) => gyldigKid(s) !== checkKid(s).valid);
  expect(avvik.slice(0, 20)).toEqual([]);
  expect(alle.filter(gyldigKid).length).toBeGreaterThan(5000);
  expect(alle.some((s) => s.endsWith('-') && gyldigKid(s))).toBe(true);
});

test('gyldigKontonummer and gyldigOrgnr agree with the generators\' checks', () => {
  const konto = kandidater([0, 10, 11, 11, 11, 12], 60000, 11).filter((s) => gyldigKontonummer(s) !== checkKontonummer(s).valid);
  expect(konto.slice(0, 20)).toEqual([]);
  const orgnr = kandidater([0, 8, 9, 9, 9, 10], 60000, 13).filter((s) => gyldigOrgnr(s) !== checkOrganisasjonsnummer(s).valid);
  expect(orgnr.slice(0, 20)).toEqual([]);
  // Both answers must occur, or the comparison proves little.
  const alle = kandidater([9], 2000, 17);
  expect(alle.some(gyldigOrgnr) && !alle.every(gyldigOrgnr)).toBe(true);
});

test('utfylt: whitespace of any kind is empty, anything else is filled in', () => {
  const r = lcg(3);
  const tegn = [' ', '\t', '\n', '\u00a0', '\u2003', '\ufeff', '\u3000', 'a', 'Ø', '0', '-', '\u0000', '\u007f', '\u0085'];
  const avvik: string[] = [];
  for (let n = 0; n < 20000; n++) {
    let s = '';
    const lengde = Math.floor(r() * 4);
    for (let i = 0; i < lengde; i++) s += tegn[Math.floor(r() * tegn.length)];
    if (utfylt(s) !== (s.trim() !== '')) avvik.push(JSON.stringify(s));
  }
  expect(avvik.slice(0, 20)).toEqual([]);
  for (const v of [undefined, null, 0, 1, [], {}, ['a']]) expect(utfylt(v)).toBe(false);
});

test('idag: the context\'s date when given, else today in Norway', () => {
  expect(idag({ modus: 'valider', idag: '2026-03-04' })).toBe('2026-03-04');
  const foer = norskDato(new Date());
  const svar = idag({ modus: 'valider' });
  const etter = norskDato(new Date());
  expect([foer, etter]).toContain(svar);
  expect(idag({ modus: 'valider' })).toBe(idag({ modus: 'valider' }));
});

test('norskDato: Norway\'s date, also across midnight and when the clock jumps back and forth', () => {
  expect(norskDato(new Date('2026-12-01T22:59:59Z'))).toBe('2026-12-01');
  expect(norskDato(new Date('2026-12-01T23:00:00Z'))).toBe('2026-12-02');
  expect(norskDato(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
  expect(norskDato(new Date('2026-12-01T22:59:59Z'))).toBe('2026-12-01');
});

const REGISTER: RegelKontekst['partsregister'] = (id) =>
  id.endsWith('1') ? undefined : id.endsWith('2') ? { type: 'organisasjon', organisasjonsform: 'ENK' } : { type: 'person' };

/** What each rule of the version finds on its own (no shared indexes: every rule builds its own). */
function hverForSeg(b: Begjaering, ktx: RegelKontekst, version: string): Brudd[] {
  const s = reglerFor(version);
  const regler = ktx.modus === 'endre' ? s.alle : s.utenEndringsregler;
  return regler.flatMap((r) => r.sjekk(b, ktx));
}

for (const version of ['v1', 'v2']) {
  test(`${version}: evaluate() with the shared indexes finds what the rules find one by one`, () => {
    const pool = generateUtleggsbegjaeringer(6, { seed: 99, kompleksitet: 'kompleks', version }) as Begjaering[];
    const koder = mutationCodes(version);
    const ktxer: RegelKontekst[] = [
      { modus: 'valider' },
      { modus: 'sendInn', idag: '2026-06-01', paaloggetOrgnr: '312597772', partsregister: REGISTER, hentVedlegg: (uuid) => ({ uuid, status: 'konvertert' }) },
    ];
    let funnet = 0;
    for (const [i, base] of pool.entries()) {
      const varianter = [base, ...koder.map((kode) => mutate(kode, base, createRandom(i), version) as Begjaering)];
      for (const b of varianter) {
        for (const ktx of ktxer) {
          const samlet = evaluate(b, ktx, version);
          expect(samlet).toEqual(hverForSeg(b, ktx, version));
          funnet += samlet.length;
        }
      }
      // A petition changed after a run is judged afresh: nothing of the earlier run's indexes is kept.
      const b = structuredClone(base) as { kravTilInnkreving: { relatertKrav?: string[] }[] };
      evaluate(b as Begjaering, ktxer[0], version);
      b.kravTilInnkreving[0].relatertKrav = ['finnes-ikke'];
      expect(evaluate(b as Begjaering, ktxer[0], version)).toEqual(hverForSeg(b as Begjaering, ktxer[0], version));
    }
    expect(funnet).toBeGreaterThan(pool.length * 10);
  });
}

import { test, expect } from '@playwright/test';
import { createHash } from 'node:crypto';
import { defaultVersion } from '../../src/spec/versions.ts';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Krav, Utleggsbegjaering } from '../../src/model/utleggsbegjaering-v2.ts';
import { ContractValidator } from '../../src/contract/index.ts';
import { specsDir } from '../../src/spec/files.ts';
import { evaluate } from '../../sandbox/rules/utleggsbegjaering/index.ts';
import type { RegelKontekst } from '../../sandbox/rules/types.ts';
import {
  checkKid, checkKontonummer, createPartyRegistry, createRandom, EKSEMPEL_PARTIES, gammeltRegelverk, generateUtleggsbegjaering21,
  generateUtleggsbegjaeringer, registerOppslag, sandkasseregister, SANDBOX_VEDLEGG_POOL, SEED_PARTIES, identifierOf, type Kompleksitet,
} from '../../generators/index.ts';

// Generated 2.1 petitions (/v2): valid against the v2 document and every v2 rule, drawn from the
// sandbox's party register, and as reproducible as the 0.9 ones.

const SEEDS = 500;
const KOMPLEKSITETER: Kompleksitet[] = ['enkel', 'kompleks', 'tilfeldig'];
const POOL = new Set(SANDBOX_VEDLEGG_POOL);
const validator = ContractValidator.forApi('utleggsbegjaering', 'v2');
const register = sandkasseregister();
const oppslag = registerOppslag(register);

const kontekst = (innsender: string): RegelKontekst => ({
  modus: 'sendInn', paaloggetOrgnr: innsender, erDuplikat: () => false, hentVedlegg: (uuid) => ({ uuid, status: 'konvertert' }), partsregister: oppslag,
});

function petitions(seeds: number, innsender?: string): { seed: number; kompleksitet: Kompleksitet; b: Utleggsbegjaering }[] {
  const out = [];
  for (let seed = 1; seed <= seeds; seed++) {
    const faker = createRandom(seed);
    for (const kompleksitet of KOMPLEKSITETER) out.push({ seed, kompleksitet, b: generateUtleggsbegjaering21(faker, { registry: register, kompleksitet, innsender }) });
  }
  return out;
}

const toDesimaler = (n: unknown): boolean => typeof n === 'number' && n >= 0 && /^\d+(\.\d{1,2})?$/.test(String(n));
const partId = (a: { person?: { identifikator?: { taxIdentificationNumber?: string } }; virksomhet?: { identifikator?: { taxIdentificationNumber?: string } } } | undefined) =>
  (a?.virksomhet ?? a?.person)?.identifikator?.taxIdentificationNumber;

test.describe('2.1 petitions', () => {
  for (const [innsender, seeds] of [[undefined, SEEDS], ['310478717', 100], ['923609016', 100], ['311758489', 100]] as const) {
    test(`${seeds} seeds × 3 complexities pass the v2 document and every v2 rule (innsender ${innsender ?? 'default agency'})`, () => {
      const failures: string[] = [];
      for (const { seed, kompleksitet, b } of petitions(seeds, innsender)) {
        const schema = validator.validateRequest('sendInnUtleggsbegjaering', b);
        if (!schema.valid) failures.push(`seed ${seed} ${kompleksitet} schema: ${JSON.stringify(schema.violations[0])}`);
        const brudd = evaluate(b, kontekst(innsender ?? '312597772'), 'v2');
        if (brudd.length > 0) failures.push(`seed ${seed} ${kompleksitet} rules: ${brudd.map((x) => `${x.kode} ${x.sti ?? ''}`).join(', ')}`);
      }
      expect(failures.slice(0, 5)).toEqual([]);
    });
  }

  test('claims, priorities, payments, accounts and parties follow the 2.1 descriptions', () => {
    const failures: string[] = [];
    const check = (ok: boolean, what: string) => { if (!ok) failures.push(what); };
    const laast = gammeltRegelverk();
    for (const { seed, kompleksitet, b } of petitions(200)) {
      const hvor = `seed ${seed} ${kompleksitet}`;
      const krav = b.kravTilInnkreving ?? [];
      const perRef = new Map<string, Krav>(krav.map((k) => [k.innsendersKravreferanse!, k]));
      const grunnlagAv = new Map<string, number>();
      b.begjaeringensTvangsgrunnlag.forEach((t, i) => { for (const r of t.innsendersKravreferanse ?? []) grunnlagAv.set(r, i); });
      const medPrioritet = krav.filter((k) => k.prioritetISak !== undefined).length;
      check(medPrioritet === 0 || medPrioritet === krav.length, `${hvor}: prioritetISak on some claims only`);
      for (const k of krav) {
        const ref = k.innsendersKravreferanse!;
        const medForfall = ['Hovedkrav', 'UtenrettsligeKostnader', 'TidligereRettsligeSakskostnader'].includes(k.kravdetaljer!);
        check((k.kravforfall !== undefined) === medForfall, `${hvor}: ${ref} (${k.kravdetaljer}) kravforfall`);
        check(toDesimaler(k.opprinneligBeloep?.beloep) && toDesimaler(k.gjenstaaendeBeloep?.beloep), `${hvor}: ${ref} amounts`);
        check(k.gjenstaaendeBeloep!.beloep! <= k.opprinneligBeloep!.beloep!, `${hvor}: ${ref} gjenstaaende > opprinnelig`);
        for (const r of k.relatertKrav ?? []) check(r !== ref && grunnlagAv.get(r) === grunnlagAv.get(ref), `${hvor}: ${ref} → ${r}`);
        if (k.kravdetaljer === 'Hovedkrav') check(!k.relatertKrav?.length, `${hvor}: main claim ${ref} relates to a claim`);
        else check(k.relatertKrav?.length === 1, `${hvor}: ${ref} relates to ${k.relatertKrav?.length ?? 0} claims`);
        if (k.kravdetaljer === 'Rentekrav') {
          const paa = perRef.get(k.relatertKrav![0]);
          check(paa?.rentebaerendeKrav !== undefined && paa.kravdetaljer !== 'Rentekrav', `${hvor}: ${ref} on a claim that bears no interest`);
          check(k.rentebaerendeKrav === undefined, `${hvor}: interest claim ${ref} bears interest`);
          const p = k.rentekrav?.rentePeriode;
          if (p) check(p.startdato! < p.sluttdato! && p.sluttdato! < b.begjaeringsdato, `${hvor}: ${ref} rentePeriode`);
        } else {
          check(k.rentekrav === undefined, `${hvor}: ${ref} has interest-claim details`);
          if (k.kravdetaljer !== 'Hovedkrav') check(perRef.get(k.relatertKrav![0])?.kravdetaljer === 'Hovedkrav', `${hvor}: cost ${ref} not on a main claim`);
        }
        if (k.rentebaerendeKrav && medPrioritet) check(k.rentebaerendeKrav.prioritetISakFremtidigRentekrav !== undefined, `${hvor}: ${ref} future interest priority`);
        const sats = k.rentebaerendeKrav?.avtaltRentesats;
        if (sats !== undefined) check(toDesimaler(sats), `${hvor}: rentesats ${sats}`);
        for (const inn of k.innbetaling ?? []) {
          check(inn.bokfoertDato! > k.kravforfall!.forfallsdato! && inn.bokfoertDato! < b.begjaeringsdato, `${hvor}: payment on ${ref} dated ${inn.bokfoertDato}`);
          check(toDesimaler(inn.beloep?.beloep), `${hvor}: payment amount`);
        }
      }
      const gebyr = b.kreverRettsgebyrErstattet;
      if (medPrioritet && gebyr?.kreverRettsgebyrErstattet) check(gebyr.prioritetISakRettsgebyr !== undefined, `${hvor}: court fee priority`);
      // A fixed window that lies in the past, so nothing depends on today and no payment is in the future.
      check(b.begjaeringsdato >= '2024-09-01' && b.begjaeringsdato <= '2025-06-30', `${hvor}: begjaeringsdato ${b.begjaeringsdato}`);
      const info = b.betalingsinformasjon!;
      check(checkKontonummer(info.kontoinformasjon!.kontonummer!).valid, `${hvor}: kontonummer`);
      if (info.kidnummer !== undefined) check(checkKid(info.kidnummer).valid, `${hvor}: KID ${info.kidnummer}`);
      for (const s of [...b.saksoeker.map((x) => x.saksoeker), ...b.saksoekt.map((x) => x.saksoekt)]) {
        const id = partId(s)!;
        const kjent = oppslag(id);
        check(kjent !== undefined, `${hvor}: ${id} not in the register`);
        check(kjent?.type !== 'organisasjon' || (kjent.organisasjonsform !== 'ENK' && kjent.overordnetEnhet === undefined), `${hvor}: ${id} is an ENK or underenhet`);
        check(!laast.personer.has(id) && !laast.organisasjoner.has(id), `${hvor}: ${id} is locked to the old rules`);
      }
      const json = JSON.stringify(b);
      for (const m of json.matchAll(/"uuid":"([^"]+)"/g)) check(POOL.has(m[1]), `${hvor}: uuid ${m[1]} not from the sandbox pool`);
    }
    expect(failures.slice(0, 10)).toEqual([]);
  });

  test('complex petitions carry what 2.1 adds somewhere', () => {
    const json = JSON.stringify(generateUtleggsbegjaeringer(300, { seed: 9, kompleksitet: 'kompleks', version: 'v2' }));
    for (const needle of [
      'innehaverEnkeltpersonforetak', 'saksoekersProsessfullmektig', 'innsendersProsessfullmektig', 'prioritetISakFremtidigRentekrav',
      'prioritetISakRettsgebyr', 'kreverRenterAvRettsgebyr', '"innbetaling"', 'kravEndring', 'transporterklaering', 'TidligereRettsligeSakskostnader',
      'SakskostnaderForSkriving', 'alternativElektroniskForsendelsesmaate', 'adresseUtland', 'avtaltRentesats', 'utleggOgForliksklageKombinert',
      'spesiellUtleggsgjenstand', 'eksternSaksreferanse',
    ]) expect(json, needle).toContain(needle);
  });

  test('same seed gives the same petitions, another seed others', () => {
    const a = JSON.stringify(generateUtleggsbegjaeringer(20, { seed: 7, version: 'v2' }));
    expect(JSON.stringify(generateUtleggsbegjaeringer(20, { seed: 7, version: 'v2' }))).toBe(a);
    expect(JSON.stringify(generateUtleggsbegjaeringer(20, { seed: 8, version: 'v2' }))).not.toBe(a);
  });

  test('the 0.9 petitions of v1 and their registries are exactly what they were before 2.1 existed', () => {
    const h = (v: unknown) => createHash('sha256').update(JSON.stringify(v)).digest('hex').slice(0, 16);
    expect(h(createPartyRegistry({ seed: 1 }).all())).toBe('02bb101f95d5f67b');
    expect(h(generateUtleggsbegjaeringer(10, { seed: 1, version: 'v1' }))).toBe('6a62e2bdd0627226');
    expect(h(generateUtleggsbegjaeringer(10, { seed: 2, kompleksitet: 'kompleks', innsender: '310478717', version: 'v1' }))).toBe('7b546ff1951c6837');
  });

  test('without a version the petitions are the manifest default\'s (what a supplier certifies against today)', () => {
    expect(JSON.stringify(generateUtleggsbegjaeringer(5, { seed: 3 }))).toBe(JSON.stringify(generateUtleggsbegjaeringer(5, { seed: 3, version: defaultVersion('utleggsbegjaering') })));
  });

  test('the model follows the datamodell in versions.json: a v3 on 2.1 needs no code, an unknown model is named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'specs-v3-'));
    const before = process.env.CONFORMANCE_SPECS_DIR;
    try {
      cpSync(specsDir(), dir, { recursive: true });
      const versions = JSON.parse(readFileSync(join(dir, 'versions.json'), 'utf8'));
      versions.utleggsbegjaering.versions.v3 = { ...versions.utleggsbegjaering.versions.v2 };
      versions.utleggsbegjaering.versions.v4 = { ...versions.utleggsbegjaering.versions.v2, datamodell: '9.9' };
      writeFileSync(join(dir, 'versions.json'), JSON.stringify(versions));
      process.env.CONFORMANCE_SPECS_DIR = dir;
      expect(JSON.stringify(generateUtleggsbegjaeringer(3, { seed: 5, version: 'v3' }))).toBe(JSON.stringify(generateUtleggsbegjaeringer(3, { seed: 5, version: 'v2' })));
      expect(() => generateUtleggsbegjaeringer(1, { seed: 5, version: 'v4' })).toThrow(/datamodell 9\.9 \(utleggsbegjaering v4\); models with one: 0\.9, 2\.1/);
    } finally {
      if (before === undefined) delete process.env.CONFORMANCE_SPECS_DIR;
      else process.env.CONFORMANCE_SPECS_DIR = before;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

test.describe('the sandbox register', () => {
  test('holds the seed and example parties and every party locked to the old rules', () => {
    for (const p of [...SEED_PARTIES, ...EKSEMPEL_PARTIES]) expect(register.byId(identifierOf(p)), identifierOf(p)).toBeDefined();
    for (const id of ['311758489', '310288837', '44926701751', '312597772']) expect(oppslag(id), id).toBeDefined();
    const { personer, organisasjoner } = gammeltRegelverk();
    expect(personer.size).toBe(100);
    expect(organisasjoner.size).toBe(100);
    for (const id of personer) expect(oppslag(id), id).toEqual({ type: 'person' });
    for (const id of organisasjoner) {
      const treff = oppslag(id);
      expect(treff?.type, id).toBe('organisasjon');
      // Locked organisations are plain hovedenheter, so a petition against one breaks the lock rule only.
      expect(treff?.type === 'organisasjon' && (treff.organisasjonsform === 'ENK' || treff.overordnetEnhet !== undefined), id).toBe(false);
    }
    expect(oppslag('12345678901')).toBeUndefined();
  });

  test('has ENK organisations with their owners and underenheter with their hovedenhet', () => {
    const orgs = register.organisations();
    const enk = orgs.filter((o) => o.innehaver !== undefined);
    const under = orgs.filter((o) => o.overordnetEnhet !== undefined);
    expect(enk.length).toBeGreaterThanOrEqual(10);
    expect(under.length).toBeGreaterThanOrEqual(5);
    for (const o of enk) {
      expect(o.organisasjonsform).toBe('ENK');
      expect(register.byId(o.innehaver!)?.type, o.organisasjonsnummer).toBe('person');
    }
    for (const o of under) {
      expect(oppslag(o.organisasjonsnummer)).toEqual({ type: 'organisasjon', organisasjonsform: 'BEDR', overordnetEnhet: o.overordnetEnhet });
      expect(oppslag(o.overordnetEnhet!)).toEqual({ type: 'organisasjon', organisasjonsform: 'AS' });
    }
    expect(oppslag('310478717')).toEqual({ type: 'organisasjon', organisasjonsform: 'ENK' });
  });

  test('is built once, with a fixed seed; extra parties are added and win', () => {
    expect(sandkasseregister()).toBe(register);
    const egen = { type: 'person' as const, fornavn: 'Egen', etternavn: 'Part', foedselsdato: '1973-10-08', identifikator: '08907395937', adresse: { land: 'NO' as const, adressetekst: 'Storgata 1', postnummer: '0155', poststed: 'OSLO', kommunenummer: '0301' } };
    const med = sandkasseregister([egen]);
    expect(med.byId('08907395937')).toMatchObject({ fornavn: 'Egen' });
    expect(med.all().length).toBe(register.all().length);
  });
});

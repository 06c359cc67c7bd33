import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  MUTASJONER, SCENARIOER, SCHEMA_INVALID_KINDS, invalidCodes, invalidFor as invalidForVersion, mutate as mutateVersion, mutationCodes,
  scenario as scenarioVersion, scenarioCodes, schemaInvalid, type Scenario,
} from '../../generators/invalid/index.ts';
import { createRandom } from '../../generators/random.ts';
import { generateUtleggsbegjaeringer } from '../../generators/requests/index.ts';
import { evaluate } from '../../sandbox/rules/utleggsbegjaering/index.ts';
import type { Behandlingsstatus, Brudd, LagretVedlegg, RegelKontekst, Vedleggsstatus } from '../../sandbox/rules/types.ts';
import { ContractValidator } from '../../src/contract/index.ts';
import type { Utleggsbegjaering } from '../../src/model/utleggsbegjaering.ts';
import { apiVersion } from '../../src/spec/versions.ts';

// These tables speak the 0.9 model of the seeds (/v1); tests/unit/invalid-v2.spec.ts covers 2.1.
const V = 'v1';
const INVALID_CODES = invalidCodes(V);
const MUTATION_CODES = mutationCodes(V);
const SCENARIO_CODES = scenarioCodes(V);
const invalidFor = (kode: string, base: Utleggsbegjaering, faker: ReturnType<typeof createRandom>) => invalidForVersion(kode, base, faker, V);
const mutate = (kode: string, base: Utleggsbegjaering, faker: ReturnType<typeof createRandom>) => mutateVersion(kode, base, faker, V);
const scenario = (kode: string, base: Utleggsbegjaering, faker: ReturnType<typeof createRandom>) => scenarioVersion(kode, base, faker, V);
const validator = ContractValidator.forApi('utleggsbegjaering', V);

function seed(name: 'enkel' | 'kompleks'): Utleggsbegjaering {
  return JSON.parse(readFileSync(join(apiVersion('utleggsbegjaering', V).examples!, `${name}.json`), 'utf8'));
}

// Both seeds, plus generated petitions of each shape and with another innsender.
const BASER: [string, Utleggsbegjaering][] = [
  ['enkel.json', seed('enkel')],
  ['kompleks.json', seed('kompleks')],
  ...generateUtleggsbegjaeringer<Utleggsbegjaering>(3, { seed: 7, kompleksitet: 'kompleks', version: V }).map((b, i) => [`generated kompleks #${i}`, b] as [string, Utleggsbegjaering]),
  ...generateUtleggsbegjaeringer<Utleggsbegjaering>(2, { seed: 8, kompleksitet: 'enkel', innsender: '310478717', version: V }).map((b, i) => [`generated enkel (310478717) #${i}`, b] as [string, Utleggsbegjaering]),
];

function innsender(b: Utleggsbegjaering): string {
  return b.innsender!.innsender!.virksomhet!.identifikator!.verdi;
}

/** The sandbox's view of the world for a single request: the base's attachments exist, nothing is stored. */
function kontekst(base: Utleggsbegjaering): RegelKontekst {
  return { modus: 'sendInn', paaloggetOrgnr: innsender(base), erDuplikat: () => false, hentVedlegg: (uuid) => ({ uuid, status: 'konvertert' }) };
}

function schemaFeil(body: unknown): string {
  const r = validator.validateRequest('sendInnUtleggsbegjaering', body);
  return r.valid ? '' : JSON.stringify(r.violations.map((v) => `${v.path} ${v.message}`));
}

const VEDLEGG_MARKOERER: [string, Vedleggsstatus][] = [
  ['__virus__', 'virusFunnet'], ['__feilet__', 'feilet'], ['__ikke-klar__', 'lastetOpp'], ['__slettet__', 'slettet'], ['__kassert__', 'kassert'],
];

/**
 * Plays a scenario against an in-memory imitation of the sandbox (markers, attachment binding,
 * duplicate detection, stored status), checking every step's expected status on the way, and
 * returns the last step's violations.
 */
function spill(s: Scenario, base: Utleggsbegjaering): Brudd[] {
  const vedlegg = new Map<string, LagretVedlegg>();
  const innsendinger = new Map<string, { begjaering: Utleggsbegjaering; status: Behandlingsstatus }>();
  const lagret = new Map<string, string>();
  const fyll = <T>(v: T): T => JSON.parse(JSON.stringify(v).replace(/\{\{(\w+)\}\}/g, (m, n: string) => lagret.get(n) ?? m));
  const ktx = (modus: RegelKontekst['modus'], tidligere?: RegelKontekst['tidligere']): RegelKontekst => ({
    modus,
    tidligere,
    paaloggetOrgnr: innsender(base),
    erDuplikat: (org, dato, ref) => [...innsendinger.values()].some(({ begjaering: b }) => innsender(b) === org && b.begjaeringsdato === dato && b.innsenderReferanse === ref),
    // The base's own uuids stand for the sandbox's preloaded, converted, unbound attachments.
    hentVedlegg: (uuid) => vedlegg.get(uuid) ?? (JSON.stringify(base).includes(uuid) ? { uuid, status: 'konvertert' } : undefined),
  });
  let siste: Brudd[] = [];
  s.steg.forEach((raw, i) => {
    const steg = fyll(raw);
    const hvor = `${s.kode} step ${i + 1} (${steg.operationId})`;
    if (steg.operationId === 'lastOppVedlegg') {
      const uuid = `00000000-0000-4000-8000-${String(vedlegg.size + 1).padStart(12, '0')}`;
      const status = VEDLEGG_MARKOERER.find(([m]) => steg.filnavn.includes(m))?.[1] ?? 'konvertert';
      vedlegg.set(uuid, { uuid, status, innsenderReferanse: steg.innsenderReferanse });
      lagret.set(steg.lagreSom, uuid);
      return;
    }
    expect(schemaFeil(steg.body), `${hvor}: body passes the request schema`).toBe('');
    const body = steg.body as Utleggsbegjaering;
    let status: number;
    if (steg.operationId === 'endreUtleggsbegjaering') {
      const tidligere = innsendinger.get(steg.begjaeringId);
      expect(tidligere, `${hvor}: changes a stored submission`).toBeDefined();
      siste = evaluate(body, ktx('endre', tidligere), V);
      status = siste.length ? 422 : 200;
    } else {
      siste = evaluate(body, ktx(steg.operationId === 'sendInnUtleggsbegjaering' ? 'sendInn' : 'valider'), V);
      status = siste.length ? 422 : steg.operationId === 'sendInnUtleggsbegjaering' ? 201 : 204;
      if (status === 201) {
        const ref = body.innsenderReferanse ?? '';
        const lagretStatus: Behandlingsstatus = ref.includes('__uavklart__') ? 'mottatt' : ref.includes('__avsluttet__') ? 'avsluttet' : 'registrert';
        const id = `10000000-0000-4000-8000-${String(innsendinger.size + 1).padStart(12, '0')}`;
        innsendinger.set(id, { begjaering: body, status: lagretStatus });
        if (steg.lagreSom) lagret.set(steg.lagreSom, id);
      }
    }
    expect(status, `${hvor}: ${JSON.stringify(siste)}`).toBe(steg.forventetStatus);
  });
  return siste;
}

test.describe('invalid variants', () => {
  test('INVALID_CODES is the catalog, and every code has exactly one mutation or scenario', () => {
    const katalog = JSON.parse(readFileSync(apiVersion('utleggsbegjaering', V).catalog!, 'utf8')) as { regler: { kode: string }[] };
    expect([...INVALID_CODES]).toEqual(katalog.regler.map((r) => r.kode));
    for (const kode of INVALID_CODES) {
      expect(Object.hasOwn(MUTASJONER, kode) !== Object.hasOwn(SCENARIOER, kode), `${kode}: one mutation xor one scenario`).toBe(true);
    }
    expect([...Object.keys(MUTASJONER), ...Object.keys(SCENARIOER)].sort()).toEqual([...INVALID_CODES].sort());
    expect(MUTATION_CODES.length + SCENARIO_CODES.length).toBe(INVALID_CODES.length);
  });

  test('an unknown code throws, saying where the valid codes are', () => {
    const base = seed('enkel');
    expect(() => invalidFor('FINNES_IKKE', base, createRandom(1))).toThrow(/unknown rule code "FINNES_IKKE".*utleggsbegjaering-v1\.json.*INVALID_CODES/);
    expect(() => mutate('DUPLIKAT_INNSENDING', base, createRandom(1))).toThrow(/needs server state/);
    expect(() => scenario('MANGLER_KRAV', base, createRandom(1))).toThrow(/single request/);
  });

  test('the same faker seed gives the same variant; the base is not changed', () => {
    const base = seed('kompleks');
    const foer = JSON.stringify(base);
    for (const kode of INVALID_CODES) {
      expect(JSON.stringify(invalidFor(kode, base, createRandom(5)))).toBe(JSON.stringify(invalidFor(kode, base, createRandom(5))));
    }
    expect(JSON.stringify(base)).toBe(foer);
  });

  for (const [navn, base] of BASER) {
    test(`the base ${navn} is valid: schema and rules`, () => {
      expect(schemaFeil(base)).toBe('');
      expect(evaluate(base, kontekst(base), V)).toEqual([]);
    });

    for (const kode of INVALID_CODES) {
      test(`${kode} on ${navn} breaks exactly ${kode}`, () => {
        const variant = invalidFor(kode, base, createRandom(11));
        const brudd = variant.kind === 'scenario' ? spill(variant.scenario, base) : evaluate(variant.body, kontekst(base), V);
        if (variant.kind === 'request') {
          expect(schemaFeil(variant.body), 'the mutated body still passes the request schema (a 422 must not become a 400)').toBe('');
        } else {
          expect(variant.scenario.kode).toBe(kode);
          expect(variant.scenario.beskrivelse.length).toBeGreaterThan(0);
        }
        expect(brudd.map((b) => b.kode), JSON.stringify(brudd)).toEqual([kode]);
      });
    }
  }
});

test.describe('schema-level invalids', () => {
  for (const kind of SCHEMA_INVALID_KINDS) {
    test(`schema:${kind} fails the request schema at its path`, () => {
      for (const base of [seed('enkel'), seed('kompleks')]) {
        const invalid = schemaInvalid(kind, base);
        const r = validator.validateRequest('sendInnUtleggsbegjaering', invalid.body);
        expect(r.valid).toBe(false);
        expect(r.violations.map((v) => v.path), `violations name ${invalid.path}`).toContain(invalid.path);
      }
    });
  }

  test('an unknown kind throws, listing the kinds', () => {
    expect(() => schemaInvalid('nope', seed('enkel'))).toThrow(/unknown schema-invalid kind "nope"; valid kinds: missing-required, /);
  });
});

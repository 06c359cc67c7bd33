import { test, expect } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ContractValidator, formatViolations } from '../../src/contract/index.ts';
import { loadSpec, resolveLocalRef } from '../../src/spec/document.ts';
import { readDataFile } from '../../src/spec/files.ts';
import { apiVersion } from '../../src/spec/versions.ts';

// The tables reach into known example files; the model's optional chains would only add noise.
type B = any;

/** `grunnlag`: a change list of the data model (the schema refuses the old value) or a rule added since (the schema takes it, a 422 rule does not). */
interface Endring { sti: string; fra: unknown; til: unknown; grunnlag: 'endringsliste' | 'regelkatalog'; grunn: string }

const v1 = () => ContractValidator.forApi('utleggsbegjaering', 'v1');
const v2 = () => ContractValidator.forApi('utleggsbegjaering', 'v2');
const mappe = (versjon: string) => apiVersion('utleggsbegjaering', versjon).examples!;
const les = (versjon: string, fil: string): B => structuredClone(readDataFile(join(mappe(versjon), fil)));

/** The petitions of a version's example folder; the change notes are not a petition. */
const begjaeringer = (versjon: string) => readdirSync(mappe(versjon)).filter((f) => f.endsWith('.json') && !f.endsWith('.endringer.json')).sort();

const ORIGINAL = 'offisiell-1.1.json';
const OVERFOERT = 'offisiell-1.1-til-2.1.json';
const ENDRINGER = 'offisiell-1.1-til-2.1.endringer.json';

const deler = (sti: string) => sti.split('/').slice(1).map((d) => d.replace(/~1/g, '/').replace(/~0/g, '~'));

function hent(data: B, sti: string): unknown {
  return deler(sti).reduce((node, del) => node?.[del], data);
}

/** Applies one note: `til: null` removes the value, anything else sets it (creating nothing on the way). */
function bruk(data: B, e: Endring): void {
  const d = deler(e.sti);
  const forelder = deler(e.sti).slice(0, -1).reduce((node, del) => node[del], data);
  if (e.til === null) {
    if (Array.isArray(forelder)) forelder.splice(Number(d.at(-1)), 1);
    else delete forelder[d.at(-1)!];
  } else forelder[d.at(-1)!] = structuredClone(e.til);
}

const stier = (body: unknown, validator: ContractValidator) =>
  [...new Set(validator.validateRequest('sendInnUtleggsbegjaering', body).violations.map((v) => v.path))].sort();

test.describe('Utleggsbegjæring v2 examples against the 2.1 request schema', () => {
  for (const fil of [OVERFOERT, 'kompleks.json']) {
    test(`${fil} is a valid request of sendInnUtleggsbegjaering`, () => {
      const result = v2().validateRequest('sendInnUtleggsbegjaering', les('v2', fil));
      expect(result.valid, formatViolations(result.violations)).toBe(true);
    });
  }

  test('the published 1.1 example fails v2 exactly at the pointers the change notes list', () => {
    const endringer = les('v2', ENDRINGER) as Endring[];
    expect(endringer.length).toBeGreaterThan(0);
    const skjema = endringer.filter((e) => e.grunnlag === 'endringsliste');
    expect(stier(les('v2', ORIGINAL), v2())).toEqual([...new Set(skjema.map((e) => e.sti))].sort());
  });

  test('each change note names the value the 1.1 example has, and a reason from a change list', () => {
    const original = les('v2', ORIGINAL);
    for (const e of les('v2', ENDRINGER) as Endring[]) {
      expect(hent(original, e.sti) ?? null, e.sti).toEqual(e.fra);
      expect(e.grunn, e.sti).toMatch(e.grunnlag === 'endringsliste' ? /^(1\.0|1\.1|2\.0|2\.1) endringsliste punkt \d+: / : /^regelkatalogen \([A-ZÆØÅ_]+, /);
    }
  });

  test('applying the change notes to the 1.1 example gives the carried 2.1 example', () => {
    const body = les('v2', ORIGINAL);
    for (const e of les('v2', ENDRINGER) as Endring[]) bruk(body, e);
    expect(body).toEqual(les('v2', OVERFOERT));
  });

  test('the first request example in the document is the carried 2.1 example', () => {
    const carried = les('v2', OVERFOERT);
    const spec = loadSpec('utleggsbegjaering', 'v2');
    const ops = [...spec.operations.values()].filter((op) => op.requestBody?.content['application/json']);
    expect(ops.map((op) => op.operationId).sort()).toEqual(['endreUtleggsbegjaering', 'sendInnUtleggsbegjaering', 'validerUtleggsbegjaering']);
    for (const op of ops) {
      const first = Object.values(op.requestBody!.content['application/json'].examples ?? {})[0] as B;
      expect(first && resolveLocalRef(spec.doc, first, spec.file, op.operationId).value, op.operationId).toEqual(carried);
    }
  });
});

test.describe('a payload of the wrong version is refused, so the offline validator can say which one was sent', () => {
  for (const fil of begjaeringer('v1')) {
    test(`the 0.9 example v1/${fil} fails the v2 schema`, () => {
      expect(v2().validateRequest('sendInnUtleggsbegjaering', les('v1', fil)).valid).toBe(false);
    });
  }
  for (const fil of begjaeringer('v2')) {
    test(`the v2 example v2/${fil} fails the v1 schema`, () => {
      expect(v1().validateRequest('sendInnUtleggsbegjaering', les('v2', fil)).valid).toBe(false);
    });
  }

  test('the identifier shape alone tells them apart: 0.9 writes verdi, 2.x taxIdentificationNumber and landkodeIdentifikator', () => {
    const body = les('v2', 'kompleks.json');
    body.saksoekt[0].saksoekt.person.identifikator = { identifikatortype: 'taxIdentificationNumber', verdi: '44926701751', landkode: 'NO' };
    expect(stier(body, v2())).toEqual(expect.arrayContaining(['/saksoekt/0/saksoekt/person/identifikator/landkodeIdentifikator']));
  });
});

test.describe('2.1 keeps its deprecated elements, optional and marked', () => {
  // The list "gjort valgfrie i v2.1 og satt som deprecated" of the 2.1 change list, as [schema, property].
  const UTGAATT: [string, string][] = [
    ['BegjaeringensTvangsgrunnlag', 'eksternSaksreferanse'],
    ['Varsel', 'type'],
    ['DomsslutningInformasjon', 'forkynnelsesdato'],
    ['DomsslutningInformasjon', 'forpliktet'],
    ['DomsslutningInformasjon', 'berettiget'],
    ['SaerligTvangsgrunnlag', 'skyldner'],
    ['SaerligTvangsgrunnlag', 'kreditor'],
    ['TvangsmulktEllerLovbestemmelse', 'vedtakendeMyndighet'],
    ['SkriftligMeddelelse', 'kravetsGrunnlag'],
    ['Gjeldsbrev', 'vitne'],
    ['ElektroniskGjeldserklaering', 'inndrivelsesklausul'],
    ['Krav', 'rentekrav'],
  ];
  for (const [skjema, egenskap] of UTGAATT) {
    test(`${skjema}.${egenskap} is in the document with deprecated: true and is not required`, () => {
      const s = loadSpec('utleggsbegjaering', 'v2').doc.components.schemas[skjema];
      expect(s?.properties?.[egenskap]?.deprecated, `${skjema}.${egenskap}`).toBe(true);
      expect(s.required ?? []).not.toContain(egenskap);
    });
  }

  test('the 1.1 example, which still carries several of them, is accepted once its removed code is replaced', () => {
    const body = les('v2', OVERFOERT);
    const t = body.begjaeringensTvangsgrunnlag[0];
    expect([t.eksternSaksreferanse, t.varsel[0].type, t.saerligTvangsgrunnlag.skyldner, t.saerligTvangsgrunnlag.skriftligMeddelelse.kravetsGrunnlag, body.kravTilInnkreving[1].rentekrav].every(Boolean)).toBe(true);
    expect(v2().validateRequest('sendInnUtleggsbegjaering', body).valid).toBe(true);
  });
});

test.describe('the 2.1 code lists', () => {
  const tilfeller: { hva: string; sti: string; endre: (b: B) => void }[] = [
    { hva: 'varsel type inkassovarsel (removed in 2.0)', sti: '/begjaeringensTvangsgrunnlag/0/varsel/0/type', endre: (b) => { b.begjaeringensTvangsgrunnlag[0].varsel[0].type = 'inkassovarsel'; } },
    { hva: 'begrunnelseUnnlatVarsel ukjentFullmektigMedKjentOppholdssted (removed in 2.0)', sti: '/begjaeringensTvangsgrunnlag/0/begrunnelseUnnlatVarsel', endre: (b) => { b.begjaeringensTvangsgrunnlag[0].begrunnelseUnnlatVarsel = 'ukjentFullmektigMedKjentOppholdssted'; } },
    { hva: 'forsendelsemaateType epost (removed in 2.0)', sti: '/begjaeringensTvangsgrunnlag/0/varsel/0/forsendelsemaateType', endre: (b) => { b.begjaeringensTvangsgrunnlag[0].varsel[0].forsendelsemaateType = 'epost'; } },
    { hva: 'tvangsfullbyrdelsestype with the double l that 1.0 corrected', sti: '/tvangsfullbyrdelsestype', endre: (b) => { b.tvangsfullbyrdelsestype = 'utleggOgForlliksklageKombinert'; } },
    { hva: 'prioritetDekningsloven f (dekningsloven has a to e)', sti: '/kravTilInnkreving/0/prioritetDekningsloven', endre: (b) => { b.kravTilInnkreving[0].prioritetDekningsloven = 'f'; } },
  ];
  for (const { hva, sti, endre } of tilfeller) {
    test(`${hva} is refused at ${sti}`, () => {
      const body = les('v2', OVERFOERT);
      endre(body);
      expect(stier(body, v2())).toEqual([sti]);
    });
  }

  test('virksomhetstype kommune, added to the list, is accepted', () => {
    const body = les('v2', OVERFOERT);
    body.saksoeker[0].saksoeker.virksomhet.virksomhetstype = 'kommune';
    expect(v2().validateRequest('sendInnUtleggsbegjaering', body).valid).toBe(true);
  });

  test('the names figure c1 and figure e use are accepted as aliases of the text\'s names', () => {
    const body = les('v2', 'kompleks.json');
    body.kreverFritattRettsgebyr = { kreverFritattRettsgebyr: true, aarsakTilFritak: 'rettsgebyrloven§14FørsteLeddAndrePunktum' };
    body.begjaeringensTvangsgrunnlag[0].varsel[0].forsendelsesmaatetype = 'altinn';
    expect(stier(body, v2())).toEqual([]);
  });
});

test.describe('what the 422 rules report is left to them, so every catalog code stays reachable', () => {
  const tilfeller: { regel: string; endre: (b: B) => void }[] = [
    { regel: 'INNSENDER_MANGLER', endre: (b) => { delete b.innsender; } },
    { regel: 'MANGLER_KRAV', endre: (b) => { delete b.kravTilInnkreving; } },
    { regel: 'KRAV_MANGLER_FORFALLSDATO', endre: (b) => { delete b.kravTilInnkreving[0].kravforfall.forfallsdato; } },
    { regel: 'VEDLEGG_SKAL_HA_UUID', endre: (b) => { delete b.begjaeringensTvangsgrunnlag[0].tvangsgrunnlag.uuid; } },
    { regel: 'PRIORITET_MANGLER', endre: (b) => { delete b.kravTilInnkreving[1].prioritetISak; } },
    { regel: 'PRIORITET_MANGLER_PÅ_RENTEOPPLYSNINGER', endre: (b) => { delete b.kravTilInnkreving[0].rentebaerendeKrav.prioritetISakFremtidigRentekrav; } },
    { regel: 'PRIORITET_MANGLER_PÅ_RETTSGEBYR', endre: (b) => { delete b.kreverRettsgebyrErstattet.prioritetISakRettsgebyr; } },
    { regel: 'MANGLER_OPPLYSNINGER_BEVILLINGSHAVER', endre: (b) => { delete b.innsender.innsendersProsessfullmektig.bevillingshaver.navn; } },
    { regel: 'MANGELFULLE_KONTOOPPLYSNINGER', endre: (b) => { b.betalingsinformasjon.kontoinformasjon = {}; } },
    { regel: 'MANGLER_OPPLYSNINGER_OM_SAKSOEKT', endre: (b) => { b.saksoekt[0].saksoekt = { adresse: [] }; } },
    { regel: 'SAKSØKTES_INNENLANDS_ADRESSE_UGYLDIG', endre: (b) => { delete b.saksoekt[0].saksoekt.adresse[0].adresseInnland.postnummer; } },
    { regel: 'KAN_BEHANDLES_I_FORLIKSRAADET_PAAKREVET', endre: (b) => { delete b.begjaeringensTvangsgrunnlag[0].saerligTvangsgrunnlag.skriftligMeddelelse.kanBehandlesIForliksraadet; } },
    { regel: 'UGYLDIG_BELOEP', endre: (b) => { b.kravTilInnkreving[0].opprinneligBeloep.beloep = 10000.005; } },
    { regel: 'UGYLDIG_KID', endre: (b) => { b.betalingsinformasjon.kidnummer = '2025112100017'; } },
    { regel: 'UGYLDIG_KONTONR', endre: (b) => { b.betalingsinformasjon.kontoinformasjon.kontonummer = '15034711001'; } },
    { regel: 'UGYLDIG_RENTE', endre: (b) => { b.kravTilInnkreving[0].rentebaerendeKrav.avtaltRentesats = 8.125; } },
  ];
  for (const { regel, endre } of tilfeller) {
    test(`kompleks.json broken for ${regel} still passes the schema`, () => {
      const body = les('v2', 'kompleks.json');
      endre(body);
      const result = v2().validateRequest('sendInnUtleggsbegjaering', body);
      expect(result.valid, formatViolations(result.violations)).toBe(true);
    });
  }

  test('every x-regel in the document names a code of the v2 catalog', () => {
    const koder = new Set((readDataFile(apiVersion('utleggsbegjaering', 'v2').catalog!) as { regler: { kode: string }[] }).regler.map((r) => r.kode));
    const funnet: string[] = [];
    const gaa = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(gaa);
      else if (node && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) {
          if (k === 'x-regel') funnet.push(...[v].flat() as string[]);
          else gaa(v);
        }
      }
    };
    gaa(loadSpec('utleggsbegjaering', 'v2').doc.components.schemas);
    expect(funnet.length).toBeGreaterThan(20);
    expect(funnet.filter((k) => !koder.has(k))).toEqual([]);
  });

  test('what no rule covers and the figures give [1] is required by the schema', () => {
    const body = les('v2', 'kompleks.json');
    delete body.underskrift;
    delete body.begjaeringensTvangsgrunnlag[0].tvangsgrunnlagsdato;
    delete body.kravTilInnkreving[0].innbetaling[0].bokfoertDato;
    delete body.betalingsinformasjon.norskKonto;
    body.saksoekt[0].saksoekt.person.identifikator = { taxIdentificationNumber: '44926701751' };
    expect(stier(body, v2())).toEqual([
      '/begjaeringensTvangsgrunnlag/0/tvangsgrunnlagsdato',
      '/betalingsinformasjon/norskKonto',
      '/kravTilInnkreving/0/innbetaling/0/bokfoertDato',
      '/saksoekt/0/saksoekt/person/identifikator/landkodeIdentifikator',
      '/underskrift',
    ]);
  });
});

import { test, expect } from '@playwright/test';
import type { Utleggsbegjaering, Vedlegg } from '../../src/model/utleggsbegjaering.ts';
import { ContractValidator } from '../../src/contract/index.ts';
import { evaluate } from '../../sandbox/rules/utleggsbegjaering/index.ts';
import {
  checkKid, checkKontonummer, checkOrganisasjonsnummer, checkPersonidentifikator, createPartyRegistry, createRandom,
  generateInnbetalinger, generateKrav, generateTrekkpaalegg, generateUtleggsbegjaering, generateUtleggsbegjaeringer,
  nyVersjon, SANDBOX_VEDLEGG_POOL, type Kompleksitet, type Trekkpaalegg,
} from '../../generators/index.ts';

const SEEDS = 500;
const POOL = new Set(SANDBOX_VEDLEGG_POOL);
// The 0.9 generators of /v1; tests/unit/generators-v2.spec.ts covers 2.1.
const V = 'v1';
const ub = ContractValidator.forApi('utleggsbegjaering', V);

/** One petition per seed and per complexity, each from its own registry, as the CLI builds them. */
function petitions(innsender?: string): { seed: number; b: Utleggsbegjaering; innsender: string }[] {
  const out = [];
  for (let seed = 1; seed <= SEEDS; seed++) {
    const registry = createPartyRegistry({ seed });
    const faker = createRandom(seed);
    for (const kompleksitet of ['enkel', 'kompleks', 'tilfeldig'] as Kompleksitet[]) {
      out.push({ seed, innsender: innsender ?? '312597772', b: generateUtleggsbegjaering(faker, { registry, kompleksitet, innsender }) });
    }
  }
  return out;
}

const twoDecimals = (n: unknown): boolean => typeof n === 'number' && n >= 0 && /^\d+(\.\d{1,2})?$/.test(String(n));

/** Every attachment reference in the petition with the field it sits in (the type the rules expect). */
function attachments(b: Utleggsbegjaering): [Vedlegg | undefined, string][] {
  const out: [Vedlegg | undefined, string][] = [];
  for (const s of b.saksoeker) {
    if (s.fullmakt) out.push([s.fullmakt, 'fullmakt']);
    if (s.transporterklaering) out.push([s.transporterklaering, 'transporterklæring']);
  }
  for (const t of b.begjaeringensTvangsgrunnlag) {
    out.push([t.tvangsgrunnlag, 'tvangsgrunnlag']);
    for (const v of t.varsel ?? []) out.push([v.tvangskraftgrunnlag, 'tvangskraftgrunnlag']);
    const aksept = t.saerligTvangsgrunnlag?.skriftligMeddelelse?.forsendelsesmaate?.alternativElektroniskKanalForMeddelelse?.akseptKanalvalg;
    if (aksept) out.push([aksept, 'annet']);
  }
  for (const k of b.kravTilInnkreving ?? []) for (const o of k.betalingsoppfordring ?? []) out.push([o.betalingsoppfordring, 'betalingsoppfordring']);
  const pf = b.innsender?.prosessfullmektig?.fullmakt;
  if (pf) out.push([pf, 'fullmakt']);
  return out;
}

function partyId(a: any): string | undefined {
  return (a?.person ?? a?.virksomhet)?.identifikator?.verdi;
}

test.describe('utleggsbegjaering petitions', () => {
  for (const innsender of [undefined, '310478717', '923609016']) {
    const label = innsender ?? 'default collection agency';
    test(`${SEEDS} seeds × 3 complexities pass the request schema and every rule (innsender ${label})`, () => {
      const failures: string[] = [];
      for (const { seed, b, innsender: orgnr } of petitions(innsender)) {
        const schema = ub.validateRequest('sendInnUtleggsbegjaering', b);
        if (!schema.valid) failures.push(`seed ${seed} schema: ${JSON.stringify(schema.violations[0])}`);
        const brudd = evaluate(b, {
          modus: 'sendInn', paaloggetOrgnr: orgnr, erDuplikat: () => false, hentVedlegg: (uuid) => ({ uuid, status: 'konvertert' }),
        }, V);
        if (brudd.length > 0) failures.push(`seed ${seed} rules: ${brudd.map((x) => `${x.kode} ${x.sti ?? ''}`).join(', ')}`);
      }
      expect(failures.slice(0, 5)).toEqual([]);
    });
  }

  test('petitions are coherent: references, amounts, identifiers, dates, parties, attachments', () => {
    // Plain checks collected into one list: hundreds of thousands of expect() calls would take minutes.
    const failures: string[] = [];
    const check = (ok: boolean, what: string) => {
      if (!ok) failures.push(what);
    };
    const innsenderReferanser = new Set<string>();
    for (const { seed, b, innsender } of petitions()) {
      const where = `seed ${seed}`;
      const refs = (b.kravTilInnkreving ?? []).map((k) => k.kravreferanse!);
      check(new Set(refs).size === refs.length, `${where}: kravreferanser repeat`);
      const grunnlagOf = new Map<string, number>();
      b.begjaeringensTvangsgrunnlag.forEach((t, i) => {
        for (const r of t.innsendersKravreferanse ?? []) {
          check(!grunnlagOf.has(r), `${where}: ${r} in more than one tvangsgrunnlag`);
          grunnlagOf.set(r, i);
        }
      });
      check(JSON.stringify([...grunnlagOf.keys()].sort()) === JSON.stringify([...refs].sort()), `${where}: krav and references differ`);

      const begjaeringsdato = b.begjaeringsdato;
      for (const k of b.kravTilInnkreving ?? []) {
        for (const r of k.relatertKrav ?? []) {
          check(grunnlagOf.get(r) === grunnlagOf.get(k.kravreferanse!), `${where}: ${k.kravreferanse} → ${r} crosses tvangsgrunnlag`);
        }
        const opprinnelig = k.opprinneligBeloep!.beloep!;
        const gjenstaaende = k.gjenstaaendeBeloep!.beloep!;
        check(twoDecimals(opprinnelig) && twoDecimals(gjenstaaende), `${where}: amounts ${opprinnelig} ${gjenstaaende}`);
        check(gjenstaaende <= opprinnelig, `${where}: ${k.kravreferanse} gjenstaaende > opprinnelig`);
        const rente = k.renteOpplysning?.avtaltRentesats;
        if (rente !== undefined) check(twoDecimals(rente), `${where}: rentesats ${rente}`);
        for (const o of k.betalingsoppfordring ?? []) {
          const forfall = k.kravforfall!.forfallsdato!;
          check(forfall < o.brevdato! && o.brevdato! < o.betalingsfrist! && o.betalingsfrist! < begjaeringsdato, `${where}: dates of ${k.kravreferanse}`);
        }
        const periode = k.erRentekrav?.rentePeriode;
        if (periode) check(periode.startdato! <= periode.sluttdato! && periode.sluttdato! <= begjaeringsdato, `${where}: rentePeriode`);
      }
      for (const t of b.begjaeringensTvangsgrunnlag) check(twoDecimals(t.saerligTvangsgrunnlag?.paalydendeBeloep), `${where}: paalydendeBeloep`);

      const konto = b.betalingsinformasjon!.norskKonto!;
      check(checkKontonummer(konto.kontonummer!).valid, `${where}: kontonummer ${konto.kontonummer}`);
      check(checkKid(konto.kidnummer!).valid, `${where}: KID ${konto.kidnummer}`);

      check(b.innsender?.innsender?.virksomhet?.identifikator?.verdi === innsender, `${where}: innsender block`);
      const saksoekere = b.saksoeker.map((x) => partyId(x.saksoeker));
      for (const id of b.saksoekt.map((x) => partyId(x.saksoekt))) check(!saksoekere.includes(id), `${where}: saksøkt ${id} is also saksøker`);
      for (const a of [...b.saksoeker.map((x) => x.saksoeker), ...b.saksoekt.map((x) => x.saksoekt), b.innsender?.innsender]) {
        const types = (a?.adresse ?? []).map((x) => x.adressetype);
        check(new Set(types).size === types.length, `${where}: two addresses of one type`);
      }
      for (const [v, type] of attachments(b)) {
        check(v?.type === type, `${where}: attachment ${v?.filnavn} has type ${v?.type}, expected ${type}`);
        check(POOL.has(v!.uuid!), `${where}: uuid ${v?.uuid} not from the sandbox pool`);
      }
      check(!innsenderReferanser.has(b.innsenderReferanse!), `${where}: innsenderReferanse repeats`);
      innsenderReferanser.add(b.innsenderReferanse!);
    }
    expect(failures.slice(0, 10)).toEqual([]);
  });

  test('a collection agency submits through a prosessfullmektig with a bevillingshaver; a creditor submits for itself', () => {
    const registry = createPartyRegistry({ seed: 4 });
    const faker = createRandom(4);
    const agency = generateUtleggsbegjaering(faker, { registry, kompleksitet: 'kompleks' });
    expect(agency.innsender?.prosessfullmektig?.bevillingshaver?.navn?.etternavn).toBeTruthy();
    expect(agency.innsender?.prosessfullmektig?.prosessfullmektig?.virksomhet?.identifikator?.verdi).toBe('312597772');
    const creditor = generateUtleggsbegjaering(faker, { registry, innsender: '310478717' });
    expect(creditor.innsender?.prosessfullmektig).toBeUndefined();
    expect(creditor.saksoeker[0].saksoeker?.virksomhet?.identifikator?.verdi).toBe('310478717');
  });

  test('complex petitions have several parties, tvangsgrunnlag, related claims, interest and foreign addresses somewhere', () => {
    const all = generateUtleggsbegjaeringer<Utleggsbegjaering>(300, { seed: 9, kompleksitet: 'kompleks', version: V });
    expect(all.every((b) => b.begjaeringensTvangsgrunnlag.length >= 2)).toBe(true);
    expect(all.some((b) => b.saksoeker.length > 1 && b.saksoekt.length > 1)).toBe(true);
    expect(all.some((b) => b.saksoekt.some((s) => s.saksoekt?.virksomhet))).toBe(true);
    const json = JSON.stringify(all);
    for (const needle of ['adresseUtland', 'avtaltRentesats', 'forsinkelsesrente', 'relatertKrav', 'transporterklæring', 'utleggOgForliksklageKombinert']) {
      expect(json, needle).toContain(needle);
    }
  });

  test('same seed gives the same petitions, another seed others', () => {
    const a = JSON.stringify(generateUtleggsbegjaeringer(20, { seed: 7, version: V }));
    expect(JSON.stringify(generateUtleggsbegjaeringer(20, { seed: 7, version: V }))).toBe(a);
    expect(JSON.stringify(generateUtleggsbegjaeringer(20, { seed: 8, version: V }))).not.toBe(a);
  });
});

test.describe('feeds', () => {
  const tp = ContractValidator.forApi('trekkpaalegg');
  const kb = ContractValidator.forApi('kravogbetalinger');
  const ok = (r: { valid: boolean; violations: unknown[] }) => expect(r.violations.slice(0, 3)).toEqual([]);

  /** Problems with one order, as text; plain checks because expect() in these loops would take minutes. */
  function orderProblems(o: Trekkpaalegg): string[] {
    const out: string[] = [];
    const check = (ok: boolean, what: string) => {
      if (!ok) out.push(`${o.trekkid} v${o.trekkversjon}: ${what}`);
    };
    check(checkPersonidentifikator(o.skyldner).valid, `skyldner ${o.skyldner}`);
    check(checkKid(o.betalingsinformasjon.kidnummer).valid, 'kidnummer');
    check(checkKontonummer(o.betalingsinformasjon.kontonummer).valid, 'kontonummer');
    check(checkOrganisasjonsnummer(o.betalingsinformasjon.betalingsmottaker).valid, 'betalingsmottaker');
    check(o.trekkstoerrelseForPeriode.length >= 1 && o.trekkstoerrelseForPeriode.length <= 3, '1–3 periods');
    for (const p of o.trekkstoerrelseForPeriode) {
      check((p.trekkbeloep !== undefined) !== (p.trekkprosent !== undefined), 'trekkbeloep or trekkprosent, not both');
      if (p.trekkprosent) check(p.trekkprosent.trekkprosent >= 0 && p.trekkprosent.trekkprosent <= 100, 'trekkprosent 0–100');
      if (p.sluttdato) check(p.startdato <= p.sluttdato, `startdato ${p.startdato} after sluttdato ${p.sluttdato}`);
    }
    if (o.trekkstatus === 'avsluttet') check(o.trekkstoerrelseForPeriode.every((p) => p.sluttdato), 'ended order with an open period');
    return out;
  }

  test('trekkpålegg: valid orders in ascending sekvensnummer, and their next versions', () => {
    const problems: string[] = [];
    for (let seed = 1; seed <= 50; seed++) {
      const registry = createPartyRegistry({ seed });
      const faker = createRandom(seed);
      const orders = generateTrekkpaalegg(faker, { trekkpliktig: '313367002', count: 40, registry, startSekvensnummer: 100 });
      expect(orders[0].sekvensnummer).toBe(100);
      const versions: Trekkpaalegg[] = [];
      for (let i = 0; i < orders.length; i++) {
        const o = orders[i];
        if (o.trekkversjon !== 1 || o.trekkpliktig !== '313367002') problems.push(`seed ${seed} #${i}: version or trekkpliktig`);
        if (i > 0 && !(o.sekvensnummer > orders[i - 1].sekvensnummer && o.opprettet >= orders[i - 1].opprettet)) {
          problems.push(`seed ${seed} #${i}: not in ascending order`);
        }
        problems.push(...orderProblems(o));
        let v = o;
        for (let n = 2; n <= 4; n++) {
          const next = nyVersjon(v, faker);
          if (next.trekkid !== o.trekkid || next.trekkversjon !== n || !(next.opprettet > v.opprettet)) {
            problems.push(`seed ${seed} #${i}: version ${n} does not follow version ${n - 1}`);
          }
          problems.push(...orderProblems(next));
          versions.push(next);
          v = next;
        }
      }
      ok(tp.validateResponse('hentTrekkpaalegg', { status: 200, contentType: 'application/json', body: [...orders, ...versions] }));
      ok(tp.validateResponse('hentTrekkpaaleggVersjon', { status: 200, contentType: 'application/json', body: versions[0] }));
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  test('krav and innbetalinger: valid against the response schemas, dated inside the period', () => {
    const problems: string[] = [];
    for (let seed = 1; seed <= 50; seed++) {
      const faker = createRandom(seed);
      const partIdentifikator = seed % 2 ? '212201782' : '44926701751';
      const periode = { fraOgMed: '2024-03-01', tilOgMed: '2024-08-31' };
      const krav = generateKrav(faker, { partIdentifikator, count: 20, ...periode });
      const aapne = generateKrav(faker, { partIdentifikator, count: 20, aapne: true });
      const inn = generateInnbetalinger(faker, { partIdentifikator, count: 20, ...periode });
      ok(kb.validateResponse('hentKrav', { status: 200, contentType: 'application/json', body: { partIdentifikator, periode, skjermet: false, krav } }));
      ok(kb.validateResponse('hentAapneKrav', {
        status: 200, contentType: 'application/json',
        body: { partIdentifikator, skjermet: false, aapentKravMedGjenstaaendeBeloep: aapne, innbetalingMedUplassertBeloep: inn },
      }));
      ok(kb.validateResponse('hentInnbetalinger', { status: 200, contentType: 'application/json', body: { partIdentifikator, periode, innbetaling: inn } }));
      const inside = (d: string) => d >= periode.fraOgMed && d <= periode.tilOgMed;
      for (const k of krav) {
        if (!inside(k.opprettelsesdatoForKrav)) problems.push(`${k.kravidentifikator}: opprettet ${k.opprettelsesdatoForKrav}`);
        for (const f of k.kravforfall) {
          if (!inside(f.forfallsdato)) problems.push(`${k.kravidentifikator}: forfall ${f.forfallsdato}`);
          for (const p of f.plassertInnbetaling ?? []) {
            if (!inside(p.plassertDato) || !inside(p.innbetalingsdato)) problems.push(`${k.kravidentifikator}: payment dates`);
          }
        }
        const sum = k.kravforfall.reduce((s, f) => s + Math.round(f.gjenstaaendeBeloep * 100), 0);
        if (Math.round(k.gjenstaaendeBeloep * 100) !== sum) problems.push(`${k.kravidentifikator}: total is not the sum of its forfall`);
      }
      for (const k of aapne) if (!(k.gjenstaaendeBeloep > 0)) problems.push(`${k.kravidentifikator}: open claim with nothing left`);
      for (const i of inn) {
        if (!inside(i.innbetalingsdato)) problems.push(`${i.innbetalingsidentifikator}: dato ${i.innbetalingsdato}`);
        if (i.uplassertBeloep > i.innbetaltBeloep) problems.push(`${i.innbetalingsidentifikator}: uplassert > innbetalt`);
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  test('feed options are checked', () => {
    const faker = createRandom(1);
    const registry = createPartyRegistry({ seed: 1, persons: 5, organisations: 5 });
    expect(() => generateTrekkpaalegg(faker, { trekkpliktig: '12345', count: 1, registry })).toThrow(/trekkpliktig/);
    expect(() => generateKrav(faker, { partIdentifikator: '212201782', count: 1, fraOgMed: '2024-05-01', tilOgMed: '2024-04-01' })).toThrow(/before fraOgMed/);
    expect(() => generateInnbetalinger(faker, { partIdentifikator: 'x', count: 1 })).toThrow(/partIdentifikator/);
  });
});

import type { Tekster } from './tekster.ts';
import type { Dekningsmatrise, Kontraktspunkt, Sjekklistepunkt, SyntetiskeData, TestPost } from './types.ts';

/**
 * The items of Skatteetaten's checklist for suppliers (utleggsbegjaering-2026-03, "Sjekkliste", sections
 * 2, 3 and 5) that a run can speak to, each with the tests behind it. A test counts for an item by a
 * built-in rule below, or because it says so with a `sjekkliste` annotation naming the item's id
 * (`{ type: 'sjekkliste', description: 'flyt' }`), so a supplier's own tests can count too.
 */

const UB = 'utleggsbegjaering';

type Del = { navn: string; tester: TestPost[] };

function antall(tester: TestPost[]) {
  const n = (...u: TestPost['utfall'][]) => tester.filter((t) => u.includes(t.utfall)).length;
  return { tester: tester.length, bestaatt: n('bestaatt', 'ustabil'), feilet: n('feilet'), hoppetOver: n('hoppetOver'), ikkeKjoert: n('ikkeKjoert') };
}

function union(...lists: TestPost[][]): TestPost[] {
  return [...new Set(lists.flat())];
}

/** A finding as the fixture recorded it (JSON), in the summary's words; any other text as it is. */
function funnTekst(t: Tekster, description: string): string {
  try {
    const f = JSON.parse(description);
    if (typeof f?.hvor === 'string' && typeof f?.verdi === 'string') {
      return t.syntetisk.funn({ forespoersel: String(f.forespoersel ?? ''), hvor: f.hvor, verdi: f.verdi, kilde: typeof f.kilde === 'string' ? f.kilde : null, alvor: String(f.alvor) });
    }
  } catch {
    // Not ours: shown as written.
  }
  return description;
}

/** What the synthetic-data check found, from the annotations the suite's http fixture records. */
export function syntetiskeData(t: Tekster, tester: TestPost[], ids: Map<TestPost, string>, kontrollPaa: boolean): SyntetiskeData {
  const forespoersler = tester.reduce((sum, x) => sum + x.syntetisk.kontrollert, 0);
  const stopp = tester.flatMap((x) => x.syntetisk.stopp.map((d) => ({ test: ids.get(x)!, tekst: funnTekst(t, d) })));
  const advarsler = tester.flatMap((x) => x.syntetisk.advarsler.map((d) => ({ test: ids.get(x)!, tekst: funnTekst(t, d) })));
  // A finding proves the check ran even where the metadata does not say so (a supplier's own config).
  const kontrollert = kontrollPaa || forespoersler > 0 || stopp.length > 0;
  const merknad = !kontrollert
    ? t.syntetisk.ikkeAktuelt
    : stopp.length
      ? t.syntetisk.stoppet(forespoersler, stopp.length)
      : forespoersler === 0
        ? t.syntetisk.ingenForespoersler
        : t.syntetisk.ok(forespoersler, advarsler.length);
  return { kontrollert, forespoersler, stopp, advarsler, merknad };
}

export function sjekkliste(
  t: Tekster,
  tester: TestPost[],
  ids: Map<TestPost, string>,
  punkter: Map<TestPost, Kontraktspunkt[]>,
  dekning: Dekningsmatrise[],
  syntetisk: SyntetiskeData,
): Sjekklistepunkt[] {
  const merket = (id: Sjekklistepunkt['id']) => tester.filter((x) => x.sjekkliste.includes(id));
  const naar = (hvor: (k: Kontraktspunkt) => boolean) => tester.filter((x) => (punkter.get(x) ?? []).some(hvor));
  const punkt = (id: Sjekklistepunkt['id'], avsnitt: number, behind: TestPost[], resultat: Sjekklistepunkt['resultat'], merknad: string, deler?: Del[]): Sjekklistepunkt => ({
    id,
    avsnitt,
    punkt: t.sjekkliste.punkt[id],
    resultat,
    tester: behind.map((x) => ids.get(x)!),
    antall: antall(behind),
    merknad,
    ...(deler ? { deler: deler.map((d) => ({ navn: d.navn, tester: d.tester.length, ...pick(antall(d.tester)) })) } : {}),
  });
  const fold = (behind: TestPost[], ok: boolean): Sjekklistepunkt['resultat'] => {
    const a = antall(behind);
    if (a.feilet > 0) return 'feilet';
    return ok && a.bestaatt > 0 ? 'bestaatt' : 'ikkeDekket';
  };

  // Section 2: "get a token with the right organisation number through Maskinporten".
  const token = union(tester.filter((x) => x.tags.includes('@maskinporten')), merket('token'));
  const tokenPunkt = punkt('token', 2, token, fold(token, true), antall(token).bestaatt ? t.sjekkliste.token(antall(token).bestaatt) : t.sjekkliste.tokenIngen);

  // Section 5: "the full flow: submission, error handling and validation", on Utleggsbegjæring.
  const deler: Del[] = [
    { navn: t.sjekkliste.flyt.innsending, tester: naar((k) => k.api === UB && k.operationId === 'sendInnUtleggsbegjaering' && k.status.startsWith('2')) },
    { navn: t.sjekkliste.flyt.feilhaandtering, tester: naar((k) => k.api === UB && k.status.startsWith('4')) },
    { navn: t.sjekkliste.flyt.validering, tester: naar((k) => k.api === UB && k.operationId === 'validerUtleggsbegjaering') },
  ];
  const flyt = union(...deler.map((d) => d.tester), merket('flyt'));
  const uten = deler.filter((d) => antall(d.tester).bestaatt === 0).map((d) => d.navn);
  const flytPunkt = punkt('flyt', 5, flyt, fold(flyt, uten.length === 0), uten.length ? t.sjekkliste.flyt.mangler(uten) : t.sjekkliste.flyt.ok, deler);

  // Section 5: "verify that you get the correct response from the API": every answer met its document.
  const respons = union(tester.filter((x) => (punkter.get(x) ?? []).length > 0), merket('respons'));
  const udokumenterte = dekning.reduce((sum, d) => sum + d.udokumenterteStatuser.length, 0);
  const responsResultat = udokumenterte > 0 ? 'feilet' : fold(respons, true);
  const responsPunkt = punkt('respons', 5, respons, responsResultat, respons.length ? t.sjekkliste.respons(respons.length, udokumenterte) : t.sjekkliste.responsIngen);

  // Section 3: "only synthetic data", from the check before every request that left the machine.
  const syntetiske = union(tester.filter((x) => x.syntetisk.kontrollert > 0 || x.syntetisk.stopp.length > 0), merket('syntetisk'));
  const syntetiskResultat: Sjekklistepunkt['resultat'] = !syntetisk.kontrollert
    ? 'ikkeAktuelt'
    : syntetisk.stopp.length
      ? 'feilet'
      : syntetisk.forespoersler > 0
        ? 'bestaatt'
        : 'ikkeDekket';
  const syntetiskPunkt = punkt('syntetisk', 3, syntetiske, syntetiskResultat, syntetisk.merknad);

  return [tokenPunkt, flytPunkt, responsPunkt, syntetiskPunkt];
}

function pick(a: ReturnType<typeof antall>) {
  return { bestaatt: a.bestaatt, feilet: a.feilet };
}

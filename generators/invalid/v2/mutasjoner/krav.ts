import { kopi, krev, medTreDesimaler, nyReferanse } from '../../felles.ts';
import type { Mutasjon } from '../../types.ts';
import { alleKrav, enKostnad, hovedkrav, ref, type Utleggsbegjaering } from '../felles.ts';

// The 2.1 mutations of the shared claim and tvangsgrunnlag rules. A changed reference breaks one
// link only; where a new relation is needed it goes on a cost, because in 2.1 a main claim may relate
// to nothing and an interest claim to exactly one claim.

type M = Mutasjon<Utleggsbegjaering>;
const KOMBINERT = 'utleggOgForliksklageKombinert';

/** Claims some other claim names in relatertKrav. */
function maal(b: Utleggsbegjaering): Set<string> {
  return new Set(alleKrav(b).flatMap((k) => k.relatertKrav ?? []));
}

const tvangsgrunnlag = (b: Utleggsbegjaering, kode: string) => krev(b.begjaeringensTvangsgrunnlag?.[0], kode, 'tvangsgrunnlag');

export const krav: Record<string, M> = {
  MANGLER_KRAV: (b) => {
    delete b.kravTilInnkreving;
    for (const t of b.begjaeringensTvangsgrunnlag) t.innsendersKravreferanse = [];
  },
  KRAV_DUPLIKATE_REFERANSER: (b) => { b.kravTilInnkreving!.push(kopi(hovedkrav(b, 'KRAV_DUPLIKATE_REFERANSER'))); },
  // A copy of a main claim under a new reference that no tvangsgrunnlag lists.
  KRAV_IKKE_BENYTTET: (b, faker) => {
    const nytt = kopi(hovedkrav(b, 'KRAV_IKKE_BENYTTET'));
    nytt.innsendersKravreferanse = nyReferanse(faker, 'IKKE-DOKUMENTERT');
    b.kravTilInnkreving!.push(nytt);
  },
  TVANGSGRUNNLAG_UGYLDIGE_KRAVREFERANSER: (b, faker) => {
    (tvangsgrunnlag(b, 'TVANGSGRUNNLAG_UGYLDIGE_KRAVREFERANSER').innsendersKravreferanse ??= []).push(nyReferanse(faker, 'FINNES-IKKE'));
  },
  RELATERTE_KRAV_UGYLDIGE_KRAVREFERANSER: (b, faker) => {
    const k = enKostnad(b, faker, 'RELATERTE_KRAV_UGYLDIGE_KRAVREFERANSER');
    (k.relatertKrav ??= []).push(nyReferanse(faker, 'FINNES-IKKE'));
  },
  // A main claim listed by a second tvangsgrunnlag as well: an existing one, or a copy of its own
  // tvangsgrunnlag that documents only this claim.
  KRAV_I_FLERE_TVANGSGRUNNLAG: (b) => {
    const kode = 'KRAV_I_FLERE_TVANGSGRUNNLAG';
    const hoved = ref(hovedkrav(b, kode));
    const i = b.begjaeringensTvangsgrunnlag.findIndex((t) => t.innsendersKravreferanse?.includes(hoved));
    const eier = krev(b.begjaeringensTvangsgrunnlag[i], kode, 'tvangsgrunnlag listing a main claim');
    const annen = b.begjaeringensTvangsgrunnlag.find((_, j) => j !== i);
    if (annen) (annen.innsendersKravreferanse ??= []).push(hoved);
    else b.begjaeringensTvangsgrunnlag.push({ ...kopi(eier), innsendersKravreferanse: [hoved] });
  },
  // A claim that relates to exactly one other claim, and that nothing relates to, moves to a
  // tvangsgrunnlag of its own; the claim it relates to stays behind.
  RELATERTE_KRAV_MÅ_FINNES: (b, faker) => {
    const kode = 'RELATERTE_KRAV_MÅ_FINNES';
    enKostnad(b, faker, kode);
    const alle = alleKrav(b);
    const refs = new Set(alle.map(ref));
    const pekesPaa = maal(b);
    const k = krev(
      alle.find((x) => !pekesPaa.has(ref(x)) && x.relatertKrav?.length === 1 && refs.has(x.relatertKrav[0]) && x.relatertKrav[0] !== ref(x)),
      kode, 'claim with one related claim that no other claim points at',
    );
    const eier = krev(b.begjaeringensTvangsgrunnlag.find((t) => t.innsendersKravreferanse?.includes(ref(k))), kode, 'tvangsgrunnlag listing that claim');
    eier.innsendersKravreferanse = eier.innsendersKravreferanse!.filter((r) => r !== ref(k));
    b.begjaeringensTvangsgrunnlag.push({ ...kopi(eier), innsendersKravreferanse: [ref(k)] });
  },

  UGYLDIG_BELOEP: (b) => {
    const k = hovedkrav(b, 'UGYLDIG_BELOEP');
    k.gjenstaaendeBeloep = { valuta: 'NOK', ...k.gjenstaaendeBeloep, beloep: medTreDesimaler(k.gjenstaaendeBeloep?.beloep) };
  },
  // An agreed rate with three decimals in place of statutory interest (the model offers one or the other).
  UGYLDIG_RENTE: (b) => {
    const k = hovedkrav(b, 'UGYLDIG_RENTE');
    const r = (k.rentebaerendeKrav ??= {});
    const sats = medTreDesimaler(r.avtaltRentesats ?? 8.5);
    delete r.harForsinkelsesrente;
    r.avtaltRentesats = sats;
  },

  PARAGRAF_4_18_VARSEL_PAAKREVET: (b) => {
    const t = krev(b.begjaeringensTvangsgrunnlag.find((x) => x.saerligTvangsgrunnlag && !x.alminneligTvangsgrunnlag), 'PARAGRAF_4_18_VARSEL_PAAKREVET', 'særlig tvangsgrunnlag');
    delete t.varsel;
    delete t.begrunnelseUnnlatVarsel;
  },
  // The first tvangsgrunnlag becomes an alminnelig one (a judgment) without notice. Such a
  // tvangsgrunnlag has no written notice to carry a påstand, so a combined petition becomes plain utlegg.
  PARAGRAF_4_19_VARSEL_PAAKREVET: (b) => {
    const t = tvangsgrunnlag(b, 'PARAGRAF_4_19_VARSEL_PAAKREVET');
    delete t.saerligTvangsgrunnlag;
    delete t.varsel;
    delete t.begrunnelseUnnlatVarsel;
    t.alminneligTvangsgrunnlag = { type: 'domEllerKjennelse' };
    b.tvangsfullbyrdelsestype = 'utlegg';
  },
  KAN_BEHANDLES_I_FORLIKSRAADET_PAAKREVET: (b) => {
    const t = krev(b.begjaeringensTvangsgrunnlag.find((x) => x.saerligTvangsgrunnlag?.skriftligMeddelelse), 'KAN_BEHANDLES_I_FORLIKSRAADET_PAAKREVET', 'skriftligMeddelelse');
    delete t.saerligTvangsgrunnlag!.skriftligMeddelelse!.kanBehandlesIForliksraadet;
  },
  PAASTAND_PAAKREVET: (b) => {
    b.tvangsfullbyrdelsestype = KOMBINERT;
    delete tvangsgrunnlag(b, 'PAASTAND_PAAKREVET').saerligTvangsgrunnlag?.skriftligMeddelelse?.paastand;
  },
};

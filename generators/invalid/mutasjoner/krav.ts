import type { Utleggsbegjaering } from '../../../src/model/utleggsbegjaering.ts';
import { forsteKrav, kopi, krev, medTreDesimaler, nyReferanse, tvangsgrunnlag } from '../felles.ts';
import type { Mutasjon } from '../types.ts';

// Mutations on claims and the tvangsgrunnlag that document them. Cross references are changed so that
// exactly one link breaks: new claims carry fresh references, moved claims are leaves nothing points at.

const KOMBINERT = 'utleggOgForliksklageKombinert';

/** Claims some other claim names in relatertKrav. */
function maal(b: Utleggsbegjaering): Set<string> {
  return new Set((b.kravTilInnkreving ?? []).flatMap((k) => k.relatertKrav ?? []));
}

export const krav: Record<string, Mutasjon> = {
  MANGLER_KRAV: (b) => {
    delete b.kravTilInnkreving;
    for (const t of b.begjaeringensTvangsgrunnlag) t.innsendersKravreferanse = [];
  },
  KRAV_DUPLIKATE_REFERANSER: (b) => { b.kravTilInnkreving!.push(kopi(forsteKrav(b, 'KRAV_DUPLIKATE_REFERANSER'))); },
  KRAV_IKKE_BENYTTET: (b, faker) => {
    const nytt = kopi(forsteKrav(b, 'KRAV_IKKE_BENYTTET'));
    nytt.kravreferanse = nyReferanse(faker, 'IKKE-DOKUMENTERT');
    delete nytt.relatertKrav;
    b.kravTilInnkreving!.push(nytt);
  },
  TVANGSGRUNNLAG_UGYLDIGE_KRAVREFERANSER: (b, faker) => {
    const t = tvangsgrunnlag(b, 'TVANGSGRUNNLAG_UGYLDIGE_KRAVREFERANSER');
    (t.innsendersKravreferanse ??= []).push(nyReferanse(faker, 'FINNES-IKKE'));
  },
  RELATERTE_KRAV_UGYLDIGE_KRAVREFERANSER: (b, faker) => {
    const k = forsteKrav(b, 'RELATERTE_KRAV_UGYLDIGE_KRAVREFERANSER');
    (k.relatertKrav ??= []).push(nyReferanse(faker, 'FINNES-IKKE'));
  },
  // A main claim (no relatertKrav) listed by a second tvangsgrunnlag as well: an existing one, or a copy
  // of its own that documents only this claim.
  KRAV_I_FLERE_TVANGSGRUNNLAG: (b) => {
    const kode = 'KRAV_I_FLERE_TVANGSGRUNNLAG';
    const hoved = new Set((b.kravTilInnkreving ?? []).filter((k) => !k.relatertKrav?.length).map((k) => k.kravreferanse));
    const i = b.begjaeringensTvangsgrunnlag.findIndex((t) => t.innsendersKravreferanse?.some((r) => hoved.has(r)));
    const eier = krev(b.begjaeringensTvangsgrunnlag[i], kode, 'tvangsgrunnlag listing a main claim');
    const ref = eier.innsendersKravreferanse!.find((r) => hoved.has(r))!;
    const annen = b.begjaeringensTvangsgrunnlag.find((_, j) => j !== i);
    if (annen) (annen.innsendersKravreferanse ??= []).push(ref);
    else b.begjaeringensTvangsgrunnlag.push({ ...kopi(eier), innsendersKravreferanse: [ref] });
  },
  // A claim that relates to exactly one other claim, and that nothing relates to, moves to a
  // tvangsgrunnlag of its own; the claim it relates to stays behind.
  RELATERTE_KRAV_MÅ_FINNES: (b) => {
    const kode = 'RELATERTE_KRAV_MÅ_FINNES';
    const alle = b.kravTilInnkreving ?? [];
    const refs = new Set(alle.map((k) => k.kravreferanse));
    const pekesPaa = maal(b);
    const k = krev(
      alle.find((x) => x.kravreferanse && !pekesPaa.has(x.kravreferanse) && x.relatertKrav?.some((r) => refs.has(r) && r !== x.kravreferanse)),
      kode, 'claim with a related claim that no other claim points at',
    );
    k.relatertKrav = [k.relatertKrav!.find((r) => refs.has(r) && r !== k.kravreferanse)!];
    const eier = krev(b.begjaeringensTvangsgrunnlag.find((t) => t.innsendersKravreferanse?.includes(k.kravreferanse!)), kode, 'tvangsgrunnlag listing that claim');
    eier.innsendersKravreferanse = eier.innsendersKravreferanse!.filter((r) => r !== k.kravreferanse);
    b.begjaeringensTvangsgrunnlag.push({ ...kopi(eier), innsendersKravreferanse: [k.kravreferanse!] });
  },

  UGYLDIG_BELOEP: (b) => {
    const k = forsteKrav(b, 'UGYLDIG_BELOEP');
    k.gjenstaaendeBeloep = { valuta: 'NOK', ...k.gjenstaaendeBeloep, beloep: medTreDesimaler(k.gjenstaaendeBeloep?.beloep) };
  },
  UGYLDIG_RENTE: (b) => {
    const k = forsteKrav(b, 'UGYLDIG_RENTE');
    k.renteOpplysning = { ...k.renteOpplysning, avtaltRentesats: medTreDesimaler(k.renteOpplysning?.avtaltRentesats ?? 8.5) };
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
    t.alminneligTvangsgrunnlag = {};
    b.tvangsfullbyrdelsestype = 'utlegg';
  },
  KAN_BEHANDLES_I_FORLIKSRAADET_PAAKREVET: (b) => {
    const t = krev(b.begjaeringensTvangsgrunnlag.find((x) => x.saerligTvangsgrunnlag?.skriftligMeddelelse), 'KAN_BEHANDLES_I_FORLIKSRAADET_PAAKREVET', 'skriftligMeddelelse');
    delete t.saerligTvangsgrunnlag!.skriftligMeddelelse!.kanBehandlesIForliksraadet;
  },
  PAASTAND_PAAKREVET: (b) => {
    b.tvangsfullbyrdelsestype = KOMBINERT;
    const t = tvangsgrunnlag(b, 'PAASTAND_PAAKREVET');
    delete t.saerligTvangsgrunnlag?.skriftligMeddelelse?.paastand;
  },
};

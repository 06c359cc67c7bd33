import { krev } from '../../felles.ts';
import type { Mutasjon } from '../../types.ts';
import {
  avType, enKostnad, etRentekrav, gjorRentebaerende, hovedkrav, iSammeGrunnlag, ref, type Utleggsbegjaering,
} from '../felles.ts';

// The 2.1 rules on how claims relate and which claim carries what: forfall, interest details, the
// interest claim's one interest-bearing claim. Each mutation changes one claim; where it needs a
// partner claim, that partner lies in the same tvangsgrunnlag, so RELATERTE_KRAV_MÅ_FINNES stays quiet.

type M = Mutasjon<Utleggsbegjaering>;
const FRAMTID = '2099-12-31';

export const relasjoner: Record<string, M> = {
  HOVEDSTOL_SKAL_IKKE_HA_ET_RELATERT_KRAV: (b, faker) => {
    const kode = 'HOVEDSTOL_SKAL_IKKE_HA_ET_RELATERT_KRAV';
    const kostnad = enKostnad(b, faker, kode);
    const hoved = krev(avType(b, 'Hovedkrav').find((h) => kostnad.relatertKrav?.includes(ref(h))), kode, 'main claim the cost relates to');
    hoved.relatertKrav = [ref(kostnad)];
  },
  // A cost related to an interest claim of its own tvangsgrunnlag instead of to the main claim.
  GEBYR_ELLER_SAKSKOSTNAD_HAR_ET_RELATERTKRAV_SOM_IKKE_ER_HOVEDSTOL: (b, faker) => {
    const kode = 'GEBYR_ELLER_SAKSKOSTNAD_HAR_ET_RELATERTKRAV_SOM_IKKE_ER_HOVEDSTOL';
    const kostnad = enKostnad(b, faker, kode);
    kostnad.relatertKrav = [ref(etRentekrav(b, faker, kode, kostnad))];
  },
  RELATERTE_KRAV_KAN_IKKE_PEKE_PÅ_SEG_SELV: (b, faker) => {
    const k = enKostnad(b, faker, 'RELATERTE_KRAV_KAN_IKKE_PEKE_PÅ_SEG_SELV');
    (k.relatertKrav ??= []).push(ref(k));
  },

  // A payment booked on a day no run of the suite will have reached: "in the future" by any clock.
  INNBETALING_FRAM_I_TID: (b) => {
    const inn = (b.kravTilInnkreving ?? []).flatMap((k) => k.innbetaling ?? [])[0];
    if (inn) inn.bokfoertDato = FRAMTID;
    else (hovedkrav(b, 'INNBETALING_FRAM_I_TID').innbetaling ??= []).push({ bokfoertDato: FRAMTID, beloep: { beloep: 100, valuta: 'NOK' } });
  },
  KRAV_MANGLER_FORFALLSDATO: (b) => { delete hovedkrav(b, 'KRAV_MANGLER_FORFALLSDATO').kravforfall; },
  KRAV_OPPGIS_UTEN_FORFALLSDATO: (b, faker) => {
    const kode = 'KRAV_OPPGIS_UTEN_FORFALLSDATO';
    const rente = etRentekrav(b, faker, kode);
    const hoved = krev(avType(b, 'Hovedkrav').find((h) => rente.relatertKrav?.includes(ref(h))) ?? hovedkrav(b, kode), kode, 'main claim');
    rente.kravforfall = { forfallsdato: hoved.kravforfall?.forfallsdato ?? b.begjaeringsdato };
  },

  // An interest claim related to two interest-bearing claims of its tvangsgrunnlag: its main claim and a cost.
  RENTEKRAV_KAN_BARE_RELATERES_TIL_ETT_KRAV: (b, faker) => {
    const kode = 'RENTEKRAV_KAN_BARE_RELATERES_TIL_ETT_KRAV';
    const kostnad = enKostnad(b, faker, kode);
    gjorRentebaerende(b, kostnad);
    const rente = etRentekrav(b, faker, kode, kostnad);
    rente.relatertKrav = [...(rente.relatertKrav ?? []), ref(kostnad)];
  },
  // Two interest claims in one tvangsgrunnlag, the second related to the first instead of to its claim.
  RENTEKRAV_KAN_IKKE_HA_RENTEKRAV: (b, faker) => {
    const kode = 'RENTEKRAV_KAN_IKKE_HA_RENTEKRAV';
    const forste = etRentekrav(b, faker, kode);
    let andre = iSammeGrunnlag(b, forste, kode).find((k) => k.kravdetaljer === 'Rentekrav');
    if (!andre) {
      andre = JSON.parse(JSON.stringify(forste)) as typeof forste;
      andre.innsendersKravreferanse = `${ref(forste)}_B`;
      b.kravTilInnkreving!.push(andre);
      b.begjaeringensTvangsgrunnlag.find((t) => t.innsendersKravreferanse?.includes(ref(forste)))!.innsendersKravreferanse!.push(ref(andre));
    }
    andre.relatertKrav = [ref(forste)];
  },
  RENTEKRAV_KAN_IKKE_HA_RENTEOPPLYSNINGER: (b, faker) => {
    const rente = etRentekrav(b, faker, 'RENTEKRAV_KAN_IKKE_HA_RENTEOPPLYSNINGER');
    delete rente.rentebaerendeKrav;
    gjorRentebaerende(b, rente);
  },
  // The interest period ends before it starts.
  RENTEKRAV_PERIODE_MAA_HA_GYLDIG_PERIODE: (b, faker) => {
    const rente = etRentekrav(b, faker, 'RENTEKRAV_PERIODE_MAA_HA_GYLDIG_PERIODE');
    const start = rente.rentekrav?.rentePeriode?.startdato ?? b.begjaeringensTvangsgrunnlag[0]?.tvangsgrunnlagsdato ?? b.begjaeringsdato;
    const foer = new Date(`${start}T00:00:00Z`);
    foer.setUTCDate(foer.getUTCDate() - 10);
    rente.rentekrav ??= { beregnetMedForsinkelsesrente: true };
    rente.rentekrav.rentePeriode = { startdato: start, sluttdato: foer.toISOString().slice(0, 10) };
  },
  // The interest details of an interest claim on a main claim.
  RENTEKRAV_TILKNYTTET_IKKE_RENTEKRAV: (b) => {
    const hoved = hovedkrav(b, 'RENTEKRAV_TILKNYTTET_IKKE_RENTEKRAV');
    const fra = hoved.kravforfall?.forfallsdato ?? b.begjaeringensTvangsgrunnlag[0]?.tvangsgrunnlagsdato ?? b.begjaeringsdato;
    hoved.rentekrav = {
      rentePeriode: { startdato: fra, sluttdato: b.begjaeringsdato },
      renteGrunnlag: { ...hoved.gjenstaaendeBeloep },
      beregnetMedForsinkelsesrente: true,
    };
  },
  RENTE_MAA_HA_RELATERT_KRAV: (b, faker) => {
    delete etRentekrav(b, faker, 'RENTE_MAA_HA_RELATERT_KRAV').relatertKrav;
  },
};

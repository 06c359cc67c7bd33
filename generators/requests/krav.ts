import type { Faker } from '@faker-js/faker';
import type { BegjaeringensTvangsgrunnlag, Identifikator, Krav, Vedlegg, VedleggType } from '../../src/model/utleggsbegjaering.ts';
import { SANDBOX_VEDLEGG_POOL } from '../data/vedlegg.ts';
import { dato, heltall, kroner, siffer, sjanse, velg } from './kalender.ts';
import {
  AVTALT_RENTE_HUNDREDELER, FAKTISKE_FORHOLD, FORSENDELSESMAATE, FORSINKELSESRENTE_HUNDREDELER, KANAL_FOR_MEDDELELSE,
  KRAVBESKRIVELSE_HOVEDKRAV, KRAVGRUNNLAG, PAASTAND, SALAER_OERE,
} from './tekster.ts';

export interface TvangsgrunnlagOppsett {
  begjaeringsdag: number;
  /** Position in the petition; part of every kravreferanse so references never collide across tvangsgrunnlag. */
  indeks: number;
  kompleks: boolean;
  skyldner: Identifikator[];
  kreditor: Identifikator[];
  prioritet: string;
  /** Combined with forliksklage: the written notice then carries the claim for a judgment. */
  kombinert: boolean;
}

export interface ByggetTvangsgrunnlag {
  tvangsgrunnlag: BegjaeringensTvangsgrunnlag;
  krav: Krav[];
}

export function vedlegg(faker: Faker, type: VedleggType, filnavn: string): Vedlegg {
  return { type, filnavn, uuid: velg(faker, SANDBOX_VEDLEGG_POOL) };
}

/** An amount in øre, mostly a few hundred to a few tens of thousands of kroner, sometimes whole kroner. */
function hovedstolOere(faker: Faker): number {
  const kr = heltall(faker, 0, 3) === 0 ? heltall(faker, 20_000, 250_000) : heltall(faker, 150, 20_000);
  return kr * 100 + (sjanse(faker, 0.3) ? 0 : heltall(faker, 0, 99));
}

function gjenstaaendeOere(faker: Faker, opprinnelig: number): number {
  return sjanse(faker, 0.7) ? opprinnelig : heltall(faker, Math.ceil(opprinnelig / 4), opprinnelig);
}

/** Simple interest on `oere` at `hundredeler` (hundredths of a percent) for `dager` days; at least 1 øre. */
function renteOere(oere: number, hundredeler: number, dager: number): number {
  return Math.max(1, Math.round((oere * hundredeler * dager) / (10_000 * 365)));
}

interface KravUtkast {
  referanse: string;
  forfall: number;
  opprinnelig: number;
  gjenstaaende: number;
  kravdetaljer: 'Hovedkrav' | 'Rentekrav' | 'UtenrettsligeKostnader';
  kravbeskrivelse: string;
  relatert?: string[];
  renteOpplysning?: Krav['renteOpplysning'];
  rentePeriode?: [number, number];
}

/** Splits [start, slutt] into `antall` consecutive periods, each at least one day long. */
function perioder(faker: Faker, start: number, slutt: number, antall: number): [number, number][] {
  const ut: [number, number][] = [];
  let fra = start;
  for (let i = antall; i > 1; i--) {
    const til = heltall(faker, fra, slutt - i + 1);
    ut.push([fra, til]);
    fra = til + 1;
  }
  ut.push([fra, slutt]);
  return ut;
}

/**
 * One tvangsgrunnlag (a særlig tvangsgrunnlag with the written notice and a § 4-18 notice) and the claims
 * it documents: one or more main claims, interest claims on them, out-of-court costs and interest on those.
 * Dates keep forfall < brevdato < betalingsfrist < begjaeringsdato.
 */
export function byggTvangsgrunnlag(faker: Faker, o: TvangsgrunnlagOppsett): ByggetTvangsgrunnlag {
  const base = siffer(faker, 8) + o.indeks;
  const forfall = o.begjaeringsdag - heltall(faker, 60, 900);
  const brevdato = forfall + heltall(faker, 14, 30);
  const betalingsfrist = brevdato + 14;
  const grunnlag = velg(faker, KRAVGRUNNLAG);

  const utkast: KravUtkast[] = [];
  const antallHoved = o.kompleks ? heltall(faker, 1, 3) : 1;
  const hovedRefs: string[] = [];
  let sumHoved = 0;
  let sumGjenstaaende = 0;
  const avtalt = sjanse(faker, 0.4) ? velg(faker, AVTALT_RENTE_HUNDREDELER) : undefined;
  for (let k = 1; k <= antallHoved; k++) {
    const referanse = antallHoved === 1 ? base : `${base}_${k}`;
    const opprinnelig = hovedstolOere(faker);
    const gjenstaaende = gjenstaaendeOere(faker, opprinnelig);
    const f = k === 1 ? forfall : forfall - heltall(faker, 1, 60);
    hovedRefs.push(referanse);
    sumHoved += opprinnelig;
    sumGjenstaaende += gjenstaaende;
    utkast.push({
      referanse, forfall: f, opprinnelig, gjenstaaende, kravdetaljer: 'Hovedkrav',
      kravbeskrivelse: antallHoved === 1 ? velg(faker, KRAVBESKRIVELSE_HOVEDKRAV) : `${grunnlag}, termin ${k}`,
      renteOpplysning: avtalt !== undefined ? { avtaltRentesats: avtalt / 100 } : { forsinkelsesrente: true },
    });
  }

  // Interest on the main claims, from the day after the last forfall up to the letter date.
  const rentesats = avtalt ?? FORSINKELSESRENTE_HUNDREDELER;
  const antallRente = o.kompleks ? heltall(faker, 0, 3) : 1;
  const renteperioder = antallRente > 0 ? perioder(faker, forfall + 1, brevdato, antallRente) : [];
  renteperioder.forEach(([fra, til], i) => {
    const opprinnelig = renteOere(sumGjenstaaende, rentesats, til - fra + 1);
    utkast.push({
      referanse: `RentekravPåHovedkrav_${base}_${i + 1}`, forfall, opprinnelig, gjenstaaende: opprinnelig,
      kravdetaljer: 'Rentekrav', kravbeskrivelse: 'Renter på hovedkrav', relatert: hovedRefs, rentePeriode: [fra, til],
    });
  });

  if (!o.kompleks || sjanse(faker, 0.8)) {
    const referanse = `UtenrettsligeKostnader_${base}`;
    const salaer = velg(faker, SALAER_OERE);
    utkast.push({
      referanse, forfall, opprinnelig: salaer, gjenstaaende: salaer, kravdetaljer: 'UtenrettsligeKostnader',
      kravbeskrivelse: 'Utenrettslige inndrivingskostnader', relatert: hovedRefs, renteOpplysning: { forsinkelsesrente: true },
    });
    if (o.kompleks && sjanse(faker, 0.5)) {
      const fra = forfall + 1 + ((brevdato - forfall) >> 1);
      const rente = renteOere(salaer, FORSINKELSESRENTE_HUNDREDELER, brevdato - fra + 1);
      utkast.push({
        referanse: `RentekravPåUtenrettsligeKostnader_${base}`, forfall, opprinnelig: rente, gjenstaaende: rente,
        kravdetaljer: 'Rentekrav', kravbeskrivelse: 'Renter på utenrettslige kostnader', relatert: [referanse],
        rentePeriode: [fra, brevdato],
      });
    }
  }

  const brev = dato(brevdato);
  const frist = dato(betalingsfrist);
  const oppfordring = vedlegg(faker, 'betalingsoppfordring', `betalingsoppfordring-${base}.pdf`);
  const krav: Krav[] = utkast.map((u) => {
    const k: Krav = {
      kravforfall: { forfallsdato: dato(u.forfall) },
      kravreferanse: u.referanse,
      opprinneligBeloep: { beloep: kroner(u.opprinnelig), valuta: 'NOK' },
      gjenstaaendeBeloep: { beloep: kroner(u.gjenstaaende), valuta: 'NOK' },
      prioritetDekningsloven: o.prioritet,
      kravdetaljer: u.kravdetaljer,
      kravbeskrivelse: u.kravbeskrivelse,
      betalingsoppfordring: [{ betalingsfrist: frist, brevdato: brev, betalingsoppfordring: oppfordring }],
    };
    if (u.relatert) k.relatertKrav = u.relatert;
    if (u.renteOpplysning) k.renteOpplysning = u.renteOpplysning;
    if (u.rentePeriode) k.erRentekrav = { rentePeriode: { startdato: dato(u.rentePeriode[0]), sluttdato: dato(u.rentePeriode[1]) } };
    return k;
  });

  const alternativKanal = sjanse(faker, 0.3);
  const tvangsgrunnlag: BegjaeringensTvangsgrunnlag = {
    innsendersKravreferanse: utkast.map((u) => u.referanse),
    eksternSaksreferanse: `Saksnr: ${siffer(faker, 9)}`,
    tvangsgrunnlagsdato: brev,
    tvangsgrunnlag: vedlegg(faker, 'tvangsgrunnlag', `tvangsgrunnlag-${base}.pdf`),
    betegnelseAvTvangsgrunnlag: grunnlag,
    varsel: [{ dato: brev, type: 'varselTvfbl418', tvangskraftgrunnlag: vedlegg(faker, 'tvangskraftgrunnlag', `varsel-${base}.pdf`) }],
    saerligTvangsgrunnlag: {
      paalydendeBeloep: kroner(sumHoved),
      skyldner: o.skyldner,
      kreditor: o.kreditor,
      skriftligMeddelelse: {
        kravetsGrunnlag: grunnlag,
        krevesFravaersdom: sjanse(faker, 0.7),
        forsendelsesmaate: alternativKanal
          ? {
              forsendelsesmaate: 'alternativElektroniskKanal',
              alternativElektroniskKanalForMeddelelse: {
                kanalForMeddelelse: velg(faker, KANAL_FOR_MEDDELELSE),
                akseptKanalvalg: vedlegg(faker, 'annet', `aksept-kanalvalg-${base}.pdf`),
              },
            }
          : { forsendelsesmaate: velg(faker, FORSENDELSESMAATE) },
        faktiskeForholdForKravet: velg(faker, FAKTISKE_FORHOLD),
        paastand: velg(faker, PAASTAND),
        kanBehandlesIForliksraadet: o.kombinert ? true : sjanse(faker, 0.5),
      },
    },
  };
  return { tvangsgrunnlag, krav };
}

import type { Faker } from '@faker-js/faker';
import type { BegjaeringensTvangsgrunnlag, Krav } from '../../../src/model/utleggsbegjaering-v2.ts';
import { generateOrganisasjonsnummer } from '../../identifiers/index.ts';
import { dato, heltall, kroner, siffer, sjanse, velg } from '../kalender.ts';
import { vedlegg } from '../krav.ts';
import {
  AVTALT_RENTE_HUNDREDELER, FAKTISKE_FORHOLD, FORSINKELSESRENTE_HUNDREDELER, KANAL_FOR_MEDDELELSE, KRAVBESKRIVELSE_HOVEDKRAV,
  KRAVGRUNNLAG, PAASTAND, SALAER_OERE,
} from '../tekster.ts';
import { partsidentifikator } from './aktoer.ts';
import { FORSENDELSESMAATE_21 } from './tekster.ts';

// One tvangsgrunnlag of a 2.1 petition and the claims it documents. What the 2.1 descriptions ask, kept
// here so every petition has it: forfall on main claims and costs but not on interest or the costs of
// writing; each interest claim related to exactly one interest-bearing claim; costs related to one main
// claim; payments dated after forfall and before begjæringsdato; prioritetISak on all claims or none.

export type Kravtype = 'Hovedkrav' | 'Rentekrav' | 'UtenrettsligeKostnader' | 'TidligereRettsligeSakskostnader' | 'SakskostnaderForSkriving';

/** prioritetISak as ordinals, in dekningsloven's order: costs first, then interest, then the principal. */
export const PRIORITET_I_SAK = { kostnad: 1, rente: 2, hovedkrav: 3, fremtidigRente: 2, rettsgebyr: 1 } as const;

export interface TvangsgrunnlagOppsett {
  begjaeringsdag: number;
  /** Position in the petition; part of every reference so references never collide across tvangsgrunnlag. */
  indeks: number;
  kompleks: boolean;
  skyldner: readonly string[];
  kreditor: readonly string[];
  prioritetDekningsloven: string;
  medPrioritet: boolean;
  /** Combined with forliksklage: the written notice then carries the claim for a judgment. */
  kombinert: boolean;
}

export interface ByggetTvangsgrunnlag {
  tvangsgrunnlag: BegjaeringensTvangsgrunnlag;
  krav: Krav[];
}

// An attachment reference has the same shape in 0.9 and 2.1.
export { vedlegg };

const nok = (oere: number) => ({ beloep: kroner(oere), valuta: 'NOK' });

function hovedstolOere(faker: Faker): number {
  const kr = heltall(faker, 0, 3) === 0 ? heltall(faker, 20_000, 250_000) : heltall(faker, 150, 20_000);
  return kr * 100 + (sjanse(faker, 0.3) ? 0 : heltall(faker, 0, 99));
}

function renteOere(oere: number, hundredeler: number, dager: number): number {
  return Math.max(1, Math.round((oere * hundredeler * dager) / (10_000 * 365)));
}

/** Splits [start, slutt] into `antall` consecutive periods, each with startdato before sluttdato. */
function perioder(faker: Faker, start: number, slutt: number, antall: number): [number, number][] {
  const ut: [number, number][] = [];
  let fra = start;
  for (let i = antall; i > 1; i--) {
    const til = heltall(faker, fra + 1, slutt - 2 * (i - 1));
    ut.push([fra, til]);
    fra = til + 1;
  }
  ut.push([fra, slutt]);
  return ut;
}

/** `sum` øre split into `deler` positive parts (fewer when the sum is too small). */
function oppdel(faker: Faker, sum: number, deler: number): number[] {
  const ut: number[] = [];
  let igjen = sum;
  for (let i = deler; i > 1 && igjen > i; i--) {
    const del = heltall(faker, 1, igjen - (i - 1));
    ut.push(del);
    igjen -= del;
  }
  ut.push(igjen);
  return ut;
}

/** `antall` distinct days in [fra, til], ascending; the callers' ranges are months long, so they always fit. */
function dager(faker: Faker, fra: number, til: number, antall: number): number[] {
  const valgt = new Set<number>();
  while (valgt.size < antall) valgt.add(heltall(faker, fra, til));
  return [...valgt].sort((a, b) => a - b);
}

interface Bygger {
  faker: Faker;
  o: TvangsgrunnlagOppsett;
  krav: Krav[];
}

function nyttKrav(b: Bygger, type: Kravtype, referanse: string, beskrivelse: string, opprinnelig: number, gjenstaaende: number): Krav {
  const k: Krav = {
    kravdetaljer: type,
    kravbeskrivelse: beskrivelse,
    innsendersKravreferanse: referanse,
    opprinneligBeloep: nok(opprinnelig),
    gjenstaaendeBeloep: nok(gjenstaaende),
    prioritetDekningsloven: b.o.prioritetDekningsloven,
  };
  if (b.o.medPrioritet) {
    k.prioritetISak = type === 'Hovedkrav' ? PRIORITET_I_SAK.hovedkrav : type === 'Rentekrav' ? PRIORITET_I_SAK.rente : PRIORITET_I_SAK.kostnad;
  }
  b.krav.push(k);
  return k;
}

function rentebaerende(b: Bygger, k: Krav, avtaltHundredeler: number | undefined): void {
  k.rentebaerendeKrav = avtaltHundredeler !== undefined ? { avtaltRentesats: avtaltHundredeler / 100 } : { harForsinkelsesrente: true };
  if (b.o.medPrioritet) k.rentebaerendeKrav.prioritetISakFremtidigRentekrav = PRIORITET_I_SAK.fremtidigRente;
}

/** Interest claims on one interest-bearing claim, over consecutive periods from its forfall. */
function rentekrav(b: Bygger, paa: Krav, grunnlagOere: number, fra: number, antall: number, hundredeler: number | undefined, navn: string): void {
  const { faker, o } = b;
  if (antall === 0) return;
  const til = o.begjaeringsdag - heltall(faker, 1, 5);
  perioder(faker, fra, til, antall).forEach(([start, slutt], i) => {
    const sats = hundredeler ?? FORSINKELSESRENTE_HUNDREDELER;
    const oere = renteOere(grunnlagOere, sats, slutt - start + 1);
    const k = nyttKrav(b, 'Rentekrav', `RentekravPå${navn}_${paa.innsendersKravreferanse}_${i + 1}`, `Renter på ${navn.toLowerCase()}`, oere, oere);
    k.relatertKrav = [paa.innsendersKravreferanse!];
    // The deprecated Rentekrav element is optional; complex petitions leave it out now and then.
    if (!o.kompleks || sjanse(faker, 0.7)) {
      k.rentekrav = { rentePeriode: { startdato: dato(start), sluttdato: dato(slutt) }, renteGrunnlag: nok(grunnlagOere) };
      if (hundredeler !== undefined) k.rentekrav.beregnetMedAvtaltRentesats = hundredeler / 100;
      else k.rentekrav.beregnetMedForsinkelsesrente = true;
    }
  });
}

/** Payments and write-downs that take a claim from its original to its remaining amount, dated in (forfall, begjæringsdato). */
function nedbetaling(b: Bygger, k: Krav, forfall: number, differanse: number): void {
  const { faker, o } = b;
  if (differanse <= 0) return;
  const siste = o.begjaeringsdag - 1;
  let betalt = differanse;
  if (o.kompleks && differanse > 1 && sjanse(faker, 0.2)) {
    const ned = heltall(faker, 1, differanse - 1);
    k.kravEndring = [{ nedjusteringAvInnsender: nok(ned), dato: dato(heltall(faker, forfall + 1, siste)) }];
    betalt -= ned;
  }
  const deler = oppdel(faker, betalt, o.kompleks ? heltall(faker, 1, 3) : 1);
  const datoer = dager(faker, forfall + 1, siste, deler.length);
  k.innbetaling = deler.map((oere, i) => ({ bokfoertDato: dato(datoer[i]), beloep: nok(oere) }));
}

function kostnad(b: Bygger, type: Kravtype, referanse: string, beskrivelse: string, hoved: Krav, forfall?: number): [Krav, number] {
  const oere = velg(b.faker, SALAER_OERE);
  const k = nyttKrav(b, type, referanse, beskrivelse, oere, oere);
  k.relatertKrav = [hoved.innsendersKravreferanse!];
  if (forfall !== undefined) k.kravforfall = { forfallsdato: dato(forfall) };
  return [k, oere];
}

export function byggTvangsgrunnlag(faker: Faker, o: TvangsgrunnlagOppsett): ByggetTvangsgrunnlag {
  const b: Bygger = { faker, o, krav: [] };
  const base = siffer(faker, 8) + o.indeks;
  const forfall = o.begjaeringsdag - heltall(faker, 60, 900);
  const brevdato = forfall + heltall(faker, 14, 30);
  const betalingsfrist = brevdato + 14;
  const grunnlag = velg(faker, KRAVGRUNNLAG);
  const brev = dato(brevdato);

  const antallHoved = o.kompleks ? heltall(faker, 1, 3) : 1;
  const avtalt = sjanse(faker, 0.4) ? velg(faker, AVTALT_RENTE_HUNDREDELER) : undefined;
  const hoved: Krav[] = [];
  for (let n = 1; n <= antallHoved; n++) {
    const referanse = antallHoved === 1 ? base : `${base}_${n}`;
    const opprinnelig = hovedstolOere(faker);
    const gjenstaaende = sjanse(faker, 0.7) ? opprinnelig : heltall(faker, Math.ceil(opprinnelig / 4), opprinnelig);
    const f = n === 1 ? forfall : forfall - heltall(faker, 1, 60);
    const beskrivelse = antallHoved === 1 ? velg(faker, KRAVBESKRIVELSE_HOVEDKRAV) : `${grunnlag}, termin ${n}`;
    const k = nyttKrav(b, 'Hovedkrav', referanse, beskrivelse, opprinnelig, gjenstaaende);
    k.kravforfall = { forfallsdato: dato(f) };
    rentebaerende(b, k, avtalt);
    nedbetaling(b, k, f, opprinnelig - gjenstaaende);
    if (o.kompleks && sjanse(faker, 0.15)) {
      k.transporterklaering = [{
        dato: dato(heltall(faker, f + 1, brevdato)),
        beloep: nok(opprinnelig),
        transportertFra: partsidentifikator(generateOrganisasjonsnummer(faker)),
        transportertTil: partsidentifikator(o.kreditor[0]),
        transporterklaering: vedlegg(faker, 'transporterklæring', `transporterklaering-${referanse}.pdf`),
      }];
    }
    hoved.push(k);
    rentekrav(b, k, gjenstaaende, f, o.kompleks ? heltall(faker, 0, 2) : 1, avtalt, 'Hovedkrav');
  }

  if (!o.kompleks || sjanse(faker, 0.8)) {
    const [k, oere] = kostnad(b, 'UtenrettsligeKostnader', `UtenrettsligeKostnader_${base}`, 'Utenrettslige inndrivingskostnader', velg(faker, hoved), forfall);
    k.betalingsoppfordring = [{ brevdato: brev, betalingsfrist: dato(betalingsfrist), betalingsoppfordring: vedlegg(faker, 'betalingsoppfordring', `betalingsoppfordring-${base}.pdf`) }];
    if (o.kompleks && sjanse(faker, 0.5)) {
      rentebaerende(b, k, undefined);
      if (sjanse(faker, 0.5)) rentekrav(b, k, oere, betalingsfrist, 1, undefined, 'UtenrettsligeKostnader');
    }
  }
  if (o.kompleks && sjanse(faker, 0.15)) {
    kostnad(b, 'TidligereRettsligeSakskostnader', `TidligereSakskostnader_${base}`, 'Sakskostnader fastsatt i forliksrådet', velg(faker, hoved), brevdato);
  }
  if (o.kompleks && sjanse(faker, 0.15)) {
    kostnad(b, 'SakskostnaderForSkriving', `SakskostnaderForSkriving_${base}`, 'Salær for begjæring om utlegg', velg(faker, hoved));
  }

  const alternativKanal = sjanse(faker, 0.3);
  const tvangsgrunnlag: BegjaeringensTvangsgrunnlag = {
    betegnelseAvTvangsgrunnlag: grunnlag,
    tvangsgrunnlagsdato: brev,
    innsendersKravreferanse: b.krav.map((k) => k.innsendersKravreferanse!),
    tvangsgrunnlag: vedlegg(faker, 'tvangsgrunnlag', `tvangsgrunnlag-${base}.pdf`),
    // How the notice was sent: 1.1 announced it as required, and without the deprecated type it is what
    // tells a 2.x notice from a 0.9 one.
    varsel: [{ dato: brev, tvangskraftgrunnlag: vedlegg(faker, 'tvangskraftgrunnlag', `varsel-${base}.pdf`), forsendelsemaateType: velg(faker, FORSENDELSESMAATE_21) }],
    saerligTvangsgrunnlag: {
      skriftligMeddelelse: {
        faktiskeForholdForKravet: velg(faker, FAKTISKE_FORHOLD),
        paastand: velg(faker, PAASTAND),
        kanBehandlesIForliksraadet: o.kombinert ? true : sjanse(faker, 0.5),
        krevesFravaersdom: sjanse(faker, 0.7),
        forsendelsesmaate: alternativKanal
          ? {
              alternativElektroniskForsendelsesmaate: {
                kanalForMeddelelse: velg(faker, KANAL_FOR_MEDDELELSE),
                akseptKanalvalg: vedlegg(faker, 'annet', `aksept-kanalvalg-${base}.pdf`),
              },
            }
          : { forsendelsesmaate: velg(faker, FORSENDELSESMAATE_21) },
      },
    },
  };
  // Elements 2.1 deprecates are still accepted: simple petitions carry them as the 1.1 example does,
  // complex ones now and then, so receivers are tried both with and without.
  const utfaset = !o.kompleks || sjanse(faker, 0.5);
  if (utfaset) {
    const varsel = tvangsgrunnlag.varsel![0];
    varsel.type = 'varselTvfbl418';
    tvangsgrunnlag.eksternSaksreferanse = `Saksnr: ${siffer(faker, 9)}`;
    const saerlig = tvangsgrunnlag.saerligTvangsgrunnlag!;
    saerlig.skyldner = o.skyldner.map(partsidentifikator);
    saerlig.kreditor = o.kreditor.map(partsidentifikator);
    saerlig.skriftligMeddelelse!.kravetsGrunnlag = grunnlag;
  }
  return { tvangsgrunnlag, krav: b.krav };
}

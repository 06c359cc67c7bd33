import type { Faker } from '@faker-js/faker';
import { generateKontonummer } from '../identifiers/index.ts';
import { dag, dato, heltall, kroner, siffer, sjanse, velg } from '../requests/kalender.ts';
import { uuid } from './tid.ts';

// Shapes of specs/kravogbetalinger.yaml: Krav (items of krav and aapentKravMedGjenstaaendeBeloep),
// Innbetaling (items of innbetaling and innbetalingMedUplassertBeloep) and Utbetaling (items of utbetaling).
export interface FlerspraakligTekst { spraakTekst: { tekst: string; spraak: string }[] }

export interface PlassertInnbetaling {
  innbetalingsIdentifikator: string;
  plassertBeloep: number;
  plassertDato: string;
  innbetalingsdato: string;
  innbetaltBeloep: number;
  innbetaltFra: { konto: Record<string, string> };
  innbetalingstype: string;
}

export interface Kravforfall {
  kravforfallsIdentifikator: string;
  forfallsdato: string;
  opprinneligBeloep: number;
  gjenstaaendeBeloep: number;
  betalingsinformasjon: { konto: { kontonummer: string; iban?: string; swiftBIC?: string; bankinformasjon?: string } };
  plassertInnbetaling?: PlassertInnbetaling[];
}

export interface KravIFeed {
  partIdentifikator: string;
  kravidentifikator: string;
  kravtype: string;
  opprinneligBeloep: number;
  gjenstaaendeBeloep: number;
  kravforfall: Kravforfall[];
  stipulerteRenter?: number;
  kravbeskrivelse: FlerspraakligTekst;
  kravperiode: { periodeBeskrivelse: FlerspraakligTekst };
  opprettelsesdatoForKrav: string;
  kravgruppe: string;
  fastsettingsmaate: string;
}

export interface Innbetaling {
  partIdentifikator: string;
  innbetalingsidentifikator: string;
  innbetalingsdato: string;
  innbetaltBeloep: number;
  uplassertBeloep: number;
  mottakersKontonummer: { kontonummer: string };
  innbetaltFra: { konto: { kontoeiersNavn?: string; kontonummer?: string } };
  innbetalingstype: string;
}

export interface KreditKrav {
  kravforfallidentifikator: string;
  opprinneligBeloep: number;
  gjenstaaendeBeloep: number;
  utbetaltBeloep: number;
  kravbeskrivelse: FlerspraakligTekst;
  kravtype: string;
  kravperiode: { periodeBeskrivelse: FlerspraakligTekst; aar: string };
}

export interface Utbetaling {
  partIdentifikator: string;
  utbetalingsidentifikator: string;
  utbetaltdato: string;
  utbetaltBeloep: number;
  betaltTil: { meldingSendtTilMottaker: string; konto: { kontoeiersNavn: string; kontonummer: string }; valutakode: string };
  grunnlagForUtbetaling: { kreditKrav: KreditKrav[] };
  utbetalingstatus: string;
}

export interface PeriodeOptions {
  /** Orgnr (9 digits) or fødsels-/D-nummer (11 digits) the data belongs to. */
  partIdentifikator: string;
  count: number;
  /** First day of the period, YYYY-MM-DD; default 2024-01-01. */
  fraOgMed?: string;
  /** Last day of the period, YYYY-MM-DD; default one year after fraOgMed, less a day. */
  tilOgMed?: string;
}

export interface UtbetalingOptions extends PeriodeOptions {
  /** The account holder's name as the payee's bank has it; default a generated one. */
  kontoeiersNavn?: string;
}

export interface KravOptions extends PeriodeOptions {
  /** Only claims with something left to pay (for aapentKravMedGjenstaaendeBeloep). Default false. */
  aapne?: boolean;
}

const KRAVTYPER: readonly { kravtype: string; tekst: string; kravgruppe: string; person?: true }[] = [
  { kravtype: 'RESTSKATT', tekst: 'Restskatt', kravgruppe: 'Skatt', person: true },
  { kravtype: 'FORSKUDDSSKATT', tekst: 'Forskuddsskatt', kravgruppe: 'Skatt', person: true },
  { kravtype: 'MERVERDIAVGIFT', tekst: 'Merverdiavgift', kravgruppe: 'Avgift' },
  { kravtype: 'ARBEIDSGIVERAVGIFT', tekst: 'Arbeidsgiveravgift', kravgruppe: 'Avgift' },
  { kravtype: 'FORSKUDDSTREKK', tekst: 'Forskuddstrekk', kravgruppe: 'Skatt' },
  { kravtype: 'TILLEGGSSKATT', tekst: 'Tilleggsskatt', kravgruppe: 'Skatt', person: true },
];
// A person owes no employer's or VAT claims of its own (those belong to an organisation number, also an ENK's).
const PERSONKRAVTYPER = KRAVTYPER.filter((t) => t.person);
/**
 * What Skatteetaten pays back. RESTERENDE_SKT_TILB is the page's example; the other two codes are ours,
 * in its style. `person` as above.
 */
const KREDITKRAVTYPER: readonly { kravtype: string; tekst: string; melding: string; person?: true }[] = [
  { kravtype: 'RESTERENDE_SKT_TILB', tekst: 'Tilbakebetaling restskatt', melding: 'Tilgode skatt', person: true },
  { kravtype: 'FORSKUDDSSKATT_TILB', tekst: 'Tilbakebetaling forskuddsskatt', melding: 'Tilgode forskuddsskatt', person: true },
  { kravtype: 'MERVERDIAVGIFT_TILB', tekst: 'Tilgode merverdiavgift', melding: 'Tilgode merverdiavgift' },
];
const PERSONKREDITKRAVTYPER = KREDITKRAVTYPER.filter((t) => t.person);
const erPerson = (partIdentifikator: string): boolean => partIdentifikator.length === 11;
const FASTSETTINGSMAATER = ['blank', 'egenfastsetting', 'myndighetsfastsetting'] as const;
const INNBETALINGSTYPER = ['bankoverføring', 'Bankoverføring', 'giro', 'motregning'] as const;
const KONTOEIERE = ['LYSTIG KLAM KATT TUSJ', 'STILLE BLÅ FJORD', 'RASK VARM BJØRK', 'MODIG LYS HARE', 'BLID SPREK OTER'] as const;
/** Skatteetaten's collection accounts as the examples show them. */
const MOTTAKERKONTO = {
  kontonummer: '63450624804', iban: 'NO42 6345 06 24804', swiftBIC: 'NDEANOKK',
  bankinformasjon: 'Nordea Bank Norge ASA, Postboks 1166 Sentrum, 0107 Oslo, Norge',
};

const tekst = (t: string): FlerspraakligTekst => ({ spraakTekst: [{ tekst: t, spraak: 'nb' }] });

/** [first, last] day numbers of the requested period, checked. */
function periode(o: PeriodeOptions): [number, number] {
  if (!/^([0-9]{9}|[0-9]{11})$/.test(o.partIdentifikator)) {
    throw new RangeError(`partIdentifikator must be 9 or 11 digits, got ${JSON.stringify(o.partIdentifikator)}`);
  }
  if (!Number.isSafeInteger(o.count) || o.count < 0) throw new RangeError(`count must be a whole number ≥ 0, got ${o.count}`);
  const fra = dag(o.fraOgMed ?? '2024-01-01');
  const [y, m, d] = dato(fra).split('-').map(Number);
  // Date.UTC rolls 29 February over to 1 March in a year without it.
  const til = o.tilOgMed !== undefined ? dag(o.tilOgMed) : Date.UTC(y + 1, m - 1, d) / 86_400_000 - 1;
  if (til < fra) throw new RangeError(`tilOgMed ${dato(til)} is before fraOgMed ${dato(fra)}`);
  return [fra, til];
}

function innbetalingsId(faker: Faker): string {
  return `inn-${siffer(faker, 8)}`;
}

/**
 * Claims whose every date (creation, due dates, payments placed) lies inside the period. Amounts are built
 * from øre, and each claim's totals are the sums over its due dates.
 */
export function generateKrav(faker: Faker, options: KravOptions): KravIFeed[] {
  const [fra, til] = periode(options);
  const ut: KravIFeed[] = [];
  for (let i = 0; i < options.count; i++) {
    const type = velg(faker, erPerson(options.partIdentifikator) ? PERSONKRAVTYPER : KRAVTYPER);
    const opprettet = heltall(faker, fra, til);
    const antallForfall = heltall(faker, 1, 3);
    const kravforfall: Kravforfall[] = [];
    let sumOpprinnelig = 0;
    let sumGjenstaaende = 0;
    for (let f = 0; f < antallForfall; f++) {
      const forfallsdag = heltall(faker, opprettet, til);
      // Below 33,000 kr a due date, so a claim's total stays under 100,000 kr: above about 111,848 kr,
      // ajv's multipleOf check (multipleOfPrecision 9 in createAjv) rejects valid two-decimal amounts.
      const opprinnelig = heltall(faker, 100, 32_999) * 100 + (sjanse(faker, 0.5) ? 0 : heltall(faker, 0, 99));
      const forfall: Kravforfall = {
        kravforfallsIdentifikator: uuid(faker),
        forfallsdato: dato(forfallsdag),
        opprinneligBeloep: kroner(opprinnelig),
        gjenstaaendeBeloep: 0,
        betalingsinformasjon: { konto: { ...MOTTAKERKONTO } },
      };
      // Placed payments appear as negative amounts, as in the documented examples.
      let plassert = 0;
      const betalt = options.aapne ? sjanse(faker, 0.3) : sjanse(faker, 0.5);
      if (betalt) {
        const maks = options.aapne ? opprinnelig - 1 : opprinnelig;
        plassert = maks >= 1 ? heltall(faker, Math.min(maks, 100), maks) : 0;
      }
      if (plassert > 0) {
        const innbetalingsdag = heltall(faker, opprettet, til);
        forfall.plassertInnbetaling = [{
          innbetalingsIdentifikator: innbetalingsId(faker),
          plassertBeloep: kroner(-plassert),
          plassertDato: dato(heltall(faker, innbetalingsdag, til)),
          innbetalingsdato: dato(innbetalingsdag),
          innbetaltBeloep: kroner(plassert),
          innbetaltFra: { konto: {} },
          innbetalingstype: velg(faker, INNBETALINGSTYPER),
        }];
      }
      forfall.gjenstaaendeBeloep = kroner(opprinnelig - plassert);
      sumOpprinnelig += opprinnelig;
      sumGjenstaaende += opprinnelig - plassert;
      kravforfall.push(forfall);
    }
    const periodeTekst = dato(opprettet).slice(0, 7).replace('-', '/');
    const krav: KravIFeed = {
      partIdentifikator: options.partIdentifikator,
      kravidentifikator: `krav-${siffer(faker, 8)}`,
      kravtype: type.kravtype,
      opprinneligBeloep: kroner(sumOpprinnelig),
      gjenstaaendeBeloep: kroner(sumGjenstaaende),
      kravforfall,
      kravbeskrivelse: tekst(type.tekst),
      kravperiode: { periodeBeskrivelse: tekst(periodeTekst) },
      opprettelsesdatoForKrav: dato(opprettet),
      kravgruppe: type.kravgruppe,
      fastsettingsmaate: velg(faker, FASTSETTINGSMAATER),
    };
    if (sumGjenstaaende > 0 && sjanse(faker, 0.6)) krav.stipulerteRenter = kroner(Math.max(1, Math.round(sumGjenstaaende * 0.01)));
    ut.push(krav);
  }
  return ut;
}

/** Incoming payments dated inside the period; uplassertBeloep is never more than what was paid. */
export function generateInnbetalinger(faker: Faker, options: PeriodeOptions): Innbetaling[] {
  const [fra, til] = periode(options);
  const ut: Innbetaling[] = [];
  for (let i = 0; i < options.count; i++) {
    const innbetalt = heltall(faker, 100, 99_999) * 100 + (sjanse(faker, 0.5) ? 0 : heltall(faker, 0, 99));
    const uplassert = sjanse(faker, 0.5) ? 0 : heltall(faker, 0, innbetalt);
    const fraKonto = generateKontonummer(faker);
    ut.push({
      partIdentifikator: options.partIdentifikator,
      innbetalingsidentifikator: innbetalingsId(faker),
      innbetalingsdato: dato(heltall(faker, fra, til)),
      innbetaltBeloep: kroner(innbetalt),
      uplassertBeloep: kroner(uplassert),
      mottakersKontonummer: { kontonummer: MOTTAKERKONTO.kontonummer },
      // Payers' accounts are shown masked, all but the last five digits.
      innbetaltFra: { konto: { kontoeiersNavn: velg(faker, KONTOEIERE), kontonummer: `******${fraKonto.slice(6)}` } },
      innbetalingstype: velg(faker, INNBETALINGSTYPER),
    });
  }
  return ut;
}

/**
 * Payments from Skatteetaten to the party dated inside the period, each covering one or two credit claims
 * of the year before (a refund follows the assessment). utbetaltBeloep is the sum of what is paid of each
 * credit claim, as the page's element table defines it; a credit claim's original amount is negative, as in
 * the example, and what is not paid of it is left as gjenstaaendeBeloep.
 */
export function generateUtbetalinger(faker: Faker, options: UtbetalingOptions): Utbetaling[] {
  const [fra, til] = periode(options);
  const typer = erPerson(options.partIdentifikator) ? PERSONKREDITKRAVTYPER : KREDITKRAVTYPER;
  const ut: Utbetaling[] = [];
  for (let i = 0; i < options.count; i++) {
    const utbetaltdag = heltall(faker, fra, til);
    const aar = String(Number(dato(utbetaltdag).slice(0, 4)) - 1);
    const kreditKrav: KreditKrav[] = [];
    let sum = 0;
    for (let k = heltall(faker, 1, 2); k > 0; k--) {
      const type = velg(faker, typer);
      const utbetalt = heltall(faker, 100, 49_999) * 100 + (sjanse(faker, 0.5) ? 0 : heltall(faker, 0, 99));
      const gjenstaaende = sjanse(faker, 0.8) ? 0 : heltall(faker, 1, utbetalt);
      sum += utbetalt;
      kreditKrav.push({
        kravforfallidentifikator: siffer(faker, 7),
        opprinneligBeloep: kroner(-(utbetalt + gjenstaaende)),
        gjenstaaendeBeloep: kroner(gjenstaaende),
        utbetaltBeloep: kroner(utbetalt),
        kravbeskrivelse: tekst(`${type.tekst} - ${aar}`),
        kravtype: type.kravtype,
        kravperiode: { periodeBeskrivelse: tekst('Inntektsår'), aar },
      });
    }
    const konto = generateKontonummer(faker);
    ut.push({
      partIdentifikator: options.partIdentifikator,
      utbetalingsidentifikator: siffer(faker, 8),
      utbetaltdato: dato(utbetaltdag),
      utbetaltBeloep: kroner(sum),
      betaltTil: {
        meldingSendtTilMottaker: `${typer.find((t) => t.kravtype === kreditKrav[0].kravtype)!.melding} ${aar}`,
        // Masked as in the example: the first three digits, then x.
        konto: { kontoeiersNavn: options.kontoeiersNavn ?? velg(faker, KONTOEIERE), kontonummer: `${konto.slice(0, 3)}xxxxxx` },
        valutakode: 'NOK',
      },
      grunnlagForUtbetaling: { kreditKrav },
      // The only status the page shows.
      utbetalingstatus: 'bekreftet',
    });
  }
  return ut;
}

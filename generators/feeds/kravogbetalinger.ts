import type { Faker } from '@faker-js/faker';
import { generateKontonummer } from '../identifiers/index.ts';
import { dag, dato, heltall, kroner, siffer, sjanse, velg } from '../requests/kalender.ts';
import { uuid } from './tid.ts';

// Shapes of specs/kravogbetalinger.yaml: Krav (items of krav and aapentKravMedGjenstaaendeBeloep) and
// Innbetaling (items of innbetaling and innbetalingMedUplassertBeloep).
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

export interface PeriodeOptions {
  /** Orgnr (9 digits) or fødsels-/D-nummer (11 digits) the data belongs to. */
  partIdentifikator: string;
  count: number;
  /** First day of the period, YYYY-MM-DD; default 2024-01-01. */
  fraOgMed?: string;
  /** Last day of the period, YYYY-MM-DD; default one year after fraOgMed, less a day. */
  tilOgMed?: string;
}

export interface KravOptions extends PeriodeOptions {
  /** Only claims with something left to pay (for aapentKravMedGjenstaaendeBeloep). Default false. */
  aapne?: boolean;
}

const KRAVTYPER: readonly { kravtype: string; tekst: string; kravgruppe: string }[] = [
  { kravtype: 'RESTSKATT', tekst: 'Restskatt', kravgruppe: 'Skatt' },
  { kravtype: 'FORSKUDDSSKATT', tekst: 'Forskuddsskatt', kravgruppe: 'Skatt' },
  { kravtype: 'MERVERDIAVGIFT', tekst: 'Merverdiavgift', kravgruppe: 'Avgift' },
  { kravtype: 'ARBEIDSGIVERAVGIFT', tekst: 'Arbeidsgiveravgift', kravgruppe: 'Avgift' },
  { kravtype: 'FORSKUDDSTREKK', tekst: 'Forskuddstrekk', kravgruppe: 'Skatt' },
  { kravtype: 'TILLEGGSSKATT', tekst: 'Tilleggsskatt', kravgruppe: 'Skatt' },
];
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
    const type = velg(faker, KRAVTYPER);
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

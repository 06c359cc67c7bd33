import { generateUtleggsbegjaeringer, type Kompleksitet } from '../../generators/requests/utleggsbegjaering.ts';
import type { UtleggsbegjaeringClient } from '../../src/clients/apis.ts';
import type { Partsidentifikator } from '../../src/clients/innsyntrekk.ts';
import type { Environment } from '../../src/config/environment.ts';
import { expect } from '../fixtures/index.ts';
import { forSupplier, withUploadedAttachments, type Utleggsbegjaering } from './petitions.ts';
import { MARKOERER } from './statuspaasak.ts';

// What the suite reads of an Innsyn i ett trekk answer, the rules an answer must keep that the schema
// cannot express, and the petition helpers the tests build their cases with.

export interface DetaljerAndreKrav { sumGjenstaaendeBeloep?: number; kravetsAndel?: number }
export interface InformasjonOmKrav {
  kravreferanse?: string;
  kravgrunnlagsidentifikator?: string;
  prioritetDekningsloven?: string;
  kravMedSammePrioritet?: { detaljerAndreKravMedSammePrioritet?: DetaljerAndreKrav };
  kravMedHoeyerePrioritet?: { detaljerAndreKravMedHoeyerePrioritet?: DetaljerAndreKrav };
}
export interface Periode {
  startdato?: string;
  sluttdato?: string;
  besluttetTrekkprosent?: { trekkprosent?: number };
  besluttetTrekkbeloep?: { trekkbeloep?: number };
}
export interface Innsyn {
  saksoeker?: Partsidentifikator;
  saksoekt?: Partsidentifikator;
  tidspunktForInnsynsforespoersel?: string;
  saksoekersKravIEttTrekk?: InformasjonOmKrav[];
  dekningAvUforfalteBidragskrav?: { maanedligBidragsforpliktelse?: number };
  besluttetTrekkPerTrekkpliktig?: Array<{ trekkpliktig?: string; besluttetTrekkstoerrelseForPeriode?: Periode[] }>;
  mottattTrekkbeloepSistePeriode?: { startdato?: string; sluttdato?: string; mottattTrekkbeloepDato?: Array<{ dato?: string; mottattTrekkbeloep?: { trekkbeloep?: number } }> };
}

export interface InnsynOptions {
  /** The remaining amount (kroner) of each claim the creditor submitted, by kravreferanse: shares are then checked against them. */
  egneBeloep?: ReadonlyMap<string, number>;
  /** Today (YYYY-MM-DD) by the server's clock: decided periods must reach it, received amounts must not pass it. */
  idag?: string;
}

const RANG = ['a', 'b', 'c', 'd', 'e'];

/** At most two decimals, judged on the printed number as the contract's exact decimal check does. */
function toDesimaler(x: unknown): boolean {
  return typeof x === 'number' && Number.isFinite(x) && !/\.\d{3,}/.test(String(x)) && !/e/i.test(String(x));
}

function oere(x: number): number {
  return Math.round(x * 100);
}

/**
 * Business rules of one answer, one line per broken rule naming where: amounts and shares with at most
 * two decimals, the group sums consistent across the creditor's claims (a claim plus the others of its
 * letter is the same total for every claim of that letter; the sum ahead grows with the letter), the
 * shares of one letter at most 100 % together (exactly what the submitted amounts give, when known), and
 * periods and received amounts in date order.
 */
export function innsynBrudd(svar: Innsyn, options: InnsynOptions = {}): string[] {
  const brudd: string[] = [];
  const beloep = (sti: string, x: unknown) => {
    if (!toDesimaler(x) || (x as number) < 0) brudd.push(`${sti}: ${JSON.stringify(x)} is not an amount ≥ 0 with at most two decimals`);
  };
  const andel = (sti: string, x: unknown) => {
    if (!toDesimaler(x) || (x as number) < 0 || (x as number) > 100) brudd.push(`${sti}: ${JSON.stringify(x)} is not a percentage 0–100 with at most two decimals`);
  };

  const krav = svar.saksoekersKravIEttTrekk ?? [];
  if (krav.length === 0) brudd.push('/saksoekersKravIEttTrekk: the answer names none of the saksøker\'s claims');
  const totalPerBokstav = new Map<string, number>();
  const foranPerBokstav = new Map<string, number>();
  const andelPerBokstav = new Map<string, number>();
  krav.forEach((k, i) => {
    const sti = `/saksoekersKravIEttTrekk/${i}`;
    const p = k.prioritetDekningsloven ?? '';
    if (!RANG.includes(p)) brudd.push(`${sti}/prioritetDekningsloven: ${JSON.stringify(p)} is not one of a–e`);
    const samme = k.kravMedSammePrioritet?.detaljerAndreKravMedSammePrioritet;
    const foran = k.kravMedHoeyerePrioritet?.detaljerAndreKravMedHoeyerePrioritet;
    if (samme) {
      beloep(`${sti}/kravMedSammePrioritet/detaljerAndreKravMedSammePrioritet/sumGjenstaaendeBeloep`, samme.sumGjenstaaendeBeloep);
      andel(`${sti}/kravMedSammePrioritet/detaljerAndreKravMedSammePrioritet/kravetsAndel`, samme.kravetsAndel);
    }
    if (foran) {
      beloep(`${sti}/kravMedHoeyerePrioritet/detaljerAndreKravMedHoeyerePrioritet/sumGjenstaaendeBeloep`, foran.sumGjenstaaendeBeloep);
      andel(`${sti}/kravMedHoeyerePrioritet/detaljerAndreKravMedHoeyerePrioritet/kravetsAndel`, foran.kravetsAndel);
    }
    andelPerBokstav.set(p, (andelPerBokstav.get(p) ?? 0) + oere(samme?.kravetsAndel ?? 100));
    const sumForan = oere(foran?.sumGjenstaaendeBeloep ?? 0);
    const tidligere = foranPerBokstav.get(p);
    if (tidligere !== undefined && tidligere !== sumForan) brudd.push(`${sti}: the claims ahead of class ${p} sum to ${sumForan / 100} here and ${tidligere / 100} for another claim of the same class`);
    foranPerBokstav.set(p, sumForan);

    const eget = k.kravreferanse !== undefined ? options.egneBeloep?.get(k.kravreferanse) : undefined;
    if (eget === undefined) return;
    const a = oere(eget);
    const total = a + oere(samme?.sumGjenstaaendeBeloep ?? 0);
    const forrigeTotal = totalPerBokstav.get(p);
    if (forrigeTotal !== undefined && forrigeTotal !== total) brudd.push(`${sti}: class ${p} totals ${total / 100} counting from this claim and ${forrigeTotal / 100} from another`);
    totalPerBokstav.set(p, total);
    if (samme && total > 0 && Math.abs((samme.kravetsAndel ?? 0) - (a * 100) / total) > 0.01 + 1e-9) {
      brudd.push(`${sti}/kravMedSammePrioritet/detaljerAndreKravMedSammePrioritet/kravetsAndel: ${samme.kravetsAndel} is not ${eget} of ${total / 100} (${((a * 100) / total).toFixed(2)} %)`);
    }
    if (foran) {
      const helt = a + oere(foran.sumGjenstaaendeBeloep ?? 0);
      if (helt > 0 && Math.abs((foran.kravetsAndel ?? 0) - (a * 100) / helt) > 0.01 + 1e-9) {
        brudd.push(`${sti}/kravMedHoeyerePrioritet/detaljerAndreKravMedHoeyerePrioritet/kravetsAndel: ${foran.kravetsAndel} is not ${eget} of ${helt / 100}`);
      }
    }
  });
  for (const [p, sum] of andelPerBokstav) {
    // Each share is rounded to a hundredth, so n claims may go n hundredths over.
    const n = krav.filter((k) => k.prioritetDekningsloven === p).length;
    if (sum > 10_000 + n) brudd.push(`/saksoekersKravIEttTrekk: the shares of class ${p} add up to ${sum / 100} %, more than 100`);
  }
  // The sum ahead of a class holds every claim of a better class, the creditor's own among them.
  const klasser = [...foranPerBokstav.keys()].sort((x, y) => RANG.indexOf(x) - RANG.indexOf(y));
  for (let i = 1; i < klasser.length; i++) {
    if (foranPerBokstav.get(klasser[i])! < foranPerBokstav.get(klasser[i - 1])!) {
      brudd.push(`/saksoekersKravIEttTrekk: the claims ahead of class ${klasser[i]} sum to less than those ahead of the better class ${klasser[i - 1]}`);
    }
  }

  if (svar.dekningAvUforfalteBidragskrav) beloep('/dekningAvUforfalteBidragskrav/maanedligBidragsforpliktelse', svar.dekningAvUforfalteBidragskrav.maanedligBidragsforpliktelse);

  (svar.besluttetTrekkPerTrekkpliktig ?? []).forEach((b, i) => {
    const perioder = b.besluttetTrekkstoerrelseForPeriode ?? [];
    perioder.forEach((p, j) => {
      const sti = `/besluttetTrekkPerTrekkpliktig/${i}/besluttetTrekkstoerrelseForPeriode/${j}`;
      if ((p.besluttetTrekkprosent === undefined) === (p.besluttetTrekkbeloep === undefined)) brudd.push(`${sti}: must give exactly one of besluttetTrekkprosent and besluttetTrekkbeloep`);
      if (p.besluttetTrekkprosent) andel(`${sti}/besluttetTrekkprosent/trekkprosent`, p.besluttetTrekkprosent.trekkprosent);
      if (p.besluttetTrekkbeloep) beloep(`${sti}/besluttetTrekkbeloep/trekkbeloep`, p.besluttetTrekkbeloep.trekkbeloep);
      if (p.startdato && p.sluttdato && p.sluttdato < p.startdato) brudd.push(`${sti}: sluttdato ${p.sluttdato} is before startdato ${p.startdato}`);
      if (options.idag && p.sluttdato && p.sluttdato < options.idag) brudd.push(`${sti}: ended ${p.sluttdato}, before today ${options.idag}; only periods from today on are in force`);
      const forrige = perioder[j - 1];
      if (forrige && (forrige.sluttdato === undefined || !p.startdato || forrige.sluttdato >= p.startdato)) {
        brudd.push(`${sti}: starts ${p.startdato}, not after the previous period (${forrige.startdato}–${forrige.sluttdato ?? ''})`);
      }
    });
  });

  const mottatt = svar.mottattTrekkbeloepSistePeriode;
  if (mottatt) {
    const { startdato = '', sluttdato = '' } = mottatt;
    if (sluttdato < startdato) brudd.push(`/mottattTrekkbeloepSistePeriode: sluttdato ${sluttdato} is before startdato ${startdato}`);
    if (options.idag && sluttdato > options.idag) brudd.push(`/mottattTrekkbeloepSistePeriode/sluttdato: ${sluttdato} is after today ${options.idag}`);
    (mottatt.mottattTrekkbeloepDato ?? []).forEach((m, i, alle) => {
      const sti = `/mottattTrekkbeloepSistePeriode/mottattTrekkbeloepDato/${i}`;
      if (!m.dato || m.dato < startdato || m.dato > sluttdato) brudd.push(`${sti}/dato: ${m.dato} is outside the period ${startdato}–${sluttdato}`);
      if (i > 0 && !(alle[i - 1].dato! < m.dato!)) brudd.push(`${sti}/dato: ${m.dato} does not come after ${alle[i - 1].dato}`);
      beloep(`${sti}/mottattTrekkbeloep/trekkbeloep`, m.mottattTrekkbeloep?.trekkbeloep);
    });
  }
  return brudd;
}

type Obj = Record<string, any>;

function identifikatorAv(aktoer: Obj | undefined): Obj | undefined {
  return aktoer?.person?.identifikator ?? aktoer?.virksomhet?.identifikator ?? aktoer?.sammenslutning?.identifikator;
}

/** An identifier of either data model in the form Innsyn i ett trekk takes. */
export function somPartsidentifikator(id: Obj): Partsidentifikator {
  if (id.verdi !== undefined) return { taxIdentificationNumber: id.verdi, landkodeIdentifikator: id.landkode ?? 'NO' };
  return {
    ...(id.taxIdentificationNumber !== undefined ? { taxIdentificationNumber: id.taxIdentificationNumber } : {}),
    ...(id.annenOffisiellIdentifikator !== undefined ? { annenOffisiellIdentifikator: id.annenOffisiellIdentifikator } : {}),
    landkodeIdentifikator: id.landkodeIdentifikator ?? 'NO',
  };
}

/**
 * The petition's first saksøker and its first saksøkt that is a person (only a person's income is
 * withheld), or undefined when no saksøkt is a person.
 */
export function parAv(petition: Utleggsbegjaering): { saksoeker: Partsidentifikator; saksoekt: Partsidentifikator } | undefined {
  const saksoeker = saksoekerAv(petition);
  const person = ((petition as Obj).saksoekt ?? []).map((s: Obj) => s.saksoekt?.person?.identifikator).find(Boolean);
  return saksoeker && person ? { saksoeker, saksoekt: somPartsidentifikator(person) } : undefined;
}

/** The petition's first saksøker. */
export function saksoekerAv(petition: Utleggsbegjaering): Partsidentifikator | undefined {
  const id = identifikatorAv((petition as Obj).saksoeker?.[0]?.saksoeker);
  return id ? somPartsidentifikator(id) : undefined;
}

/** The petition's claims by kravreferanse with their remaining amount in kroner. */
export function egneBeloep(petition: Utleggsbegjaering): Map<string, number> {
  const ut = new Map<string, number>();
  for (const k of ((petition as Obj).kravTilInnkreving ?? []) as Obj[]) {
    const ref = k.innsendersKravreferanse ?? k.kravreferanse;
    if (typeof ref === 'string') ut.set(ref, k.gjenstaaendeBeloep?.beloep ?? 0);
  }
  return ut;
}

function erstatt(node: unknown, fra: string, til: string): unknown {
  if (node === fra) return til;
  if (Array.isArray(node)) return node.map((n) => erstatt(n, fra, til));
  if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, erstatt(v, fra, til)]));
  return node;
}

/**
 * The petition turned against the saksøkt of `kilde` (a petition with one saksøkt): that saksøkt's
 * entry, and its number wherever the petition repeated the old one (2.1's deprecated skyldner list).
 */
export function motSammeSaksoekt<T extends Utleggsbegjaering>(petition: T, kilde: Utleggsbegjaering): T {
  const gammel = identifikatorAv((petition as Obj).saksoekt?.[0]?.saksoekt);
  const ny = identifikatorAv((kilde as Obj).saksoekt?.[0]?.saksoekt);
  const fra = gammel?.verdi ?? gammel?.taxIdentificationNumber;
  const til = ny?.verdi ?? ny?.taxIdentificationNumber;
  if (typeof fra !== 'string' || typeof til !== 'string') throw new Error('motSammeSaksoekt: both petitions need a saksøkt with a Norwegian number');
  const kopi = erstatt(structuredClone(petition), fra, til) as T;
  (kopi as Obj).saksoekt = structuredClone((kilde as Obj).saksoekt);
  return kopi;
}

/**
 * Generated petitions for the environment's supplier (its org as innsender, fresh references) that have a
 * person as saksøkt, so a trekk can concern them. Deterministic per seed. The reference ends in `markoer`,
 * by default the sandbox's __besluttet__: decided at once with utleggstrekk (or inntreden) for a person,
 * so its claims are in a trekk as soon as it is sent (sandbox/README.md, "Status på sak").
 */
export function sakerForSupplier(versjon: string, seed: number, antall: number, environment: Environment, kompleksitet: Kompleksitet = 'enkel', markoer: string = MARKOERER.besluttet): Utleggsbegjaering[] {
  const ut: Utleggsbegjaering[] = [];
  for (const p of generateUtleggsbegjaeringer<Utleggsbegjaering>(antall * 4, { seed, innsender: environment.supplierOrg, kompleksitet, version: versjon })) {
    if (parAv(p)) {
      const b = forSupplier(p, environment);
      b.innsenderReferanse = `${b.innsenderReferanse}${markoer}`;
      ut.push(b);
    }
    if (ut.length === antall) return ut;
  }
  throw new Error(`seed ${seed} gave fewer than ${antall} petitions with a person as saksøkt`);
}

/** Uploads the petition's attachments and submits it; every answer through the contract. Returns what was sent. */
export async function sendInnSak(klient: UtleggsbegjaeringClient, petition: Utleggsbegjaering): Promise<Utleggsbegjaering> {
  const med = await withUploadedAttachments(klient, petition, (r) => expect(r).toMatchContract('lastOppVedlegg', 201));
  await expect(await klient.sendInn(med)).toMatchContract('sendInnUtleggsbegjaering', 201);
  return med;
}

import type {
  Adresse, Aktoer, BegjaeringensTvangsgrunnlag, Krav, Prosessfullmektig, Utleggsbegjaering, Vedlegg,
} from '../../../src/model/utleggsbegjaering-v2.ts';
import { PRIORITET_I_SAK } from '../../requests/v2/krav.ts';
import type { Faker } from '../../random.ts';
import { krev, nyReferanse } from '../felles.ts';

// Helpers for the 2.1 mutations. A mutation that needs a part the base lacks adds a valid one first
// (a cost, an interest claim, a prosessfullmektig), so that only the intended rule can fire.

export type { Utleggsbegjaering };

export const KOSTNADER = new Set(['UtenrettsligeKostnader', 'TidligereRettsligeSakskostnader', 'SakskostnaderForSkriving']);

export const ref = (k: Krav): string => k.innsendersKravreferanse!;
export const alleKrav = (b: Utleggsbegjaering): Krav[] => b.kravTilInnkreving ?? [];
export const avType = (b: Utleggsbegjaering, type: string): Krav[] => alleKrav(b).filter((k) => k.kravdetaljer === type);
export const kostnader = (b: Utleggsbegjaering): Krav[] => alleKrav(b).filter((k) => KOSTNADER.has(k.kravdetaljer ?? ''));

export function tvangsgrunnlagFor(b: Utleggsbegjaering, k: Krav, kode: string): BegjaeringensTvangsgrunnlag {
  return krev(b.begjaeringensTvangsgrunnlag.find((t) => t.innsendersKravreferanse?.includes(ref(k))), kode, `tvangsgrunnlag listing ${ref(k)}`);
}

/** The other claims of the tvangsgrunnlag that documents `k` (related claims must stay inside one). */
export function iSammeGrunnlag(b: Utleggsbegjaering, k: Krav, kode: string): Krav[] {
  const refs = new Set(tvangsgrunnlagFor(b, k, kode).innsendersKravreferanse);
  return alleKrav(b).filter((x) => x !== k && refs.has(ref(x)));
}

export function hovedkrav(b: Utleggsbegjaering, kode: string): Krav {
  return krev(avType(b, 'Hovedkrav')[0], kode, 'Hovedkrav');
}

export const harPrioritet = (b: Utleggsbegjaering): boolean => alleKrav(b).some((k) => k.prioritetISak !== undefined);

function prioritetFor(k: Krav): number {
  return k.kravdetaljer === 'Hovedkrav' ? PRIORITET_I_SAK.hovedkrav : k.kravdetaljer === 'Rentekrav' ? PRIORITET_I_SAK.rente : PRIORITET_I_SAK.kostnad;
}

/** Gives a new claim the priorities the petition's other claims have, so priority rules stay quiet. */
function somDeAndre(b: Utleggsbegjaering, k: Krav): void {
  if (harPrioritet(b)) k.prioritetISak = prioritetFor(k);
  if (k.rentebaerendeKrav && harPrioritet(b)) k.rentebaerendeKrav.prioritetISakFremtidigRentekrav = PRIORITET_I_SAK.fremtidigRente;
}

/** Priorities everywhere the 2.1 rules ask for them once one claim has one: claims, future interest, the court fee. */
export function medFullPrioritet(b: Utleggsbegjaering): void {
  for (const k of alleKrav(b)) {
    k.prioritetISak ??= prioritetFor(k);
    if (k.rentebaerendeKrav) k.rentebaerendeKrav.prioritetISakFremtidigRentekrav ??= PRIORITET_I_SAK.fremtidigRente;
  }
  const gebyr = b.kreverRettsgebyrErstattet;
  if (gebyr?.kreverRettsgebyrErstattet) {
    gebyr.prioritetISakRettsgebyr ??= PRIORITET_I_SAK.rettsgebyr;
    if (gebyr.kreverRenterAvRettsgebyr) gebyr.prioritetISakFremtidigRentekrav ??= PRIORITET_I_SAK.fremtidigRente;
  }
}

/** Makes `k` interest-bearing (statutory late-payment interest), as a valid petition would write it. */
export function gjorRentebaerende(b: Utleggsbegjaering, k: Krav): void {
  if (k.rentebaerendeKrav) return;
  k.rentebaerendeKrav = { harForsinkelsesrente: true };
  somDeAndre(b, k);
}

function leggTil(b: Utleggsbegjaering, eier: BegjaeringensTvangsgrunnlag, k: Krav): Krav {
  somDeAndre(b, k);
  (b.kravTilInnkreving ??= []).push(k);
  (eier.innsendersKravreferanse ??= []).push(ref(k));
  return k;
}

/** An out-of-court cost on the first main claim, added when the base has none. */
export function enKostnad(b: Utleggsbegjaering, faker: Faker, kode: string): Krav {
  const funnet = avType(b, 'UtenrettsligeKostnader')[0] ?? kostnader(b)[0];
  if (funnet) return funnet;
  const hoved = hovedkrav(b, kode);
  return leggTil(b, tvangsgrunnlagFor(b, hoved, kode), {
    kravdetaljer: 'UtenrettsligeKostnader', kravbeskrivelse: 'Utenrettslige inndrivingskostnader',
    innsendersKravreferanse: nyReferanse(faker, 'KOSTNAD'), opprinneligBeloep: { beloep: 700, valuta: 'NOK' }, gjenstaaendeBeloep: { beloep: 700, valuta: 'NOK' },
    prioritetDekningsloven: hoved.prioritetDekningsloven, relatertKrav: [ref(hoved)], kravforfall: { ...hoved.kravforfall },
  });
}

/**
 * An interest claim on an interest-bearing main claim, added when the base has none. With `ved`, one in
 * the same tvangsgrunnlag as that claim and not related to it.
 */
export function etRentekrav(b: Utleggsbegjaering, faker: Faker, kode: string, ved?: Krav): Krav {
  const kandidater = ved ? iSammeGrunnlag(b, ved, kode) : alleKrav(b);
  const funnet = kandidater.find((k) => k.kravdetaljer === 'Rentekrav' && !(ved && k.relatertKrav?.includes(ref(ved))));
  if (funnet) return funnet;
  const hoved = krev(
    (ved && kandidater.find((k) => k.kravdetaljer === 'Hovedkrav' && ved.relatertKrav?.includes(ref(k)))) ?? kandidater.find((k) => k.kravdetaljer === 'Hovedkrav'),
    kode, 'Hovedkrav',
  );
  gjorRentebaerende(b, hoved);
  return leggTil(b, tvangsgrunnlagFor(b, hoved, kode), {
    kravdetaljer: 'Rentekrav', kravbeskrivelse: 'Renter på hovedkrav',
    innsendersKravreferanse: nyReferanse(faker, 'RENTE'), opprinneligBeloep: { beloep: 12.5, valuta: 'NOK' }, gjenstaaendeBeloep: { beloep: 12.5, valuta: 'NOK' },
    prioritetDekningsloven: hoved.prioritetDekningsloven, relatertKrav: [ref(hoved)],
  });
}

export function saksoeker(b: Utleggsbegjaering, kode: string): Aktoer {
  return krev(b.saksoeker?.[0]?.saksoeker, kode, 'saksøker');
}

export function saksoekt(b: Utleggsbegjaering, kode: string): Aktoer {
  return krev(b.saksoekt?.[0]?.saksoekt, kode, 'saksøkt');
}

export function innsenderVirksomhet(b: Utleggsbegjaering, kode: string) {
  return krev(b.innsender?.innsender?.virksomhet, kode, 'innsender organisation');
}

/** A valid domestic address (the innsender's when it has one). */
export function enAdresse(b: Utleggsbegjaering): Adresse {
  const a = b.innsender?.innsender?.adresse?.find((x) => x.adresseInnland);
  return a ? JSON.parse(JSON.stringify(a)) : {
    adressetype: 'forretningsadresse',
    adresseInnland: { adressetekst: 'Karl Johans gate 1', postnummer: '0154', poststedsnavn: 'OSLO', kommunenummer: '0301' },
  };
}

/** A full name: the licence holder's when the petition has one, else a fixed synthetic one. */
export function personnavn(b: Utleggsbegjaering): { fornavn: string; etternavn: string } {
  const n = b.innsender?.innsendersProsessfullmektig?.bevillingshaver?.navn;
  if (n?.fornavn && n.etternavn) return { fornavn: n.fornavn, etternavn: n.etternavn };
  return { fornavn: 'Vakker', etternavn: 'Blomst' };
}

/** The innsender's prosessfullmektig block, made with the innsender as prosessfullmektig and a named licence holder when missing. */
export function innsendersProsessfullmektig(b: Utleggsbegjaering, kode: string): Prosessfullmektig {
  const innsender = krev(b.innsender, kode, 'innsender');
  const blokk: Prosessfullmektig = (innsender.innsendersProsessfullmektig ??= { prosessfullmektig: JSON.parse(JSON.stringify(krev(innsender.innsender, kode, 'innsender party'))) as Aktoer });
  const navn = blokk.bevillingshaver?.navn;
  if (!navn?.fornavn?.trim() || !navn.etternavn?.trim()) blokk.bevillingshaver = { navn: personnavn(b) };
  return blokk;
}

export const annet = (filnavn: string, uuid: string): Vedlegg => ({ type: 'annet', filnavn, uuid });

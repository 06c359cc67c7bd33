import { generateOrganisasjon, generatePerson } from '../../../generators/parties/index.ts';
import { createRandom, type Faker } from '../../../generators/random.ts';
import { statusPaaSakTestsaker, type Beslutningsart, type Testsak } from '../../../src/spec/status-paa-sak.ts';
import { fraParty } from './parter.ts';

// The answers to the test references of Skatteetaten's test tab (specs/data/status-paa-sak-testsaker.json):
// the state and the contents the table lists, around synthetic parties and claims that hang together
// (valid synthetic identifiers, amounts with two decimals, every decision pointing at claims of the
// case). The same for every organisation and every call, as the test environment's references are.

type Obj = Record<string, unknown>;
const SEED = 20260526;
const START = Date.parse('2026-03-02T08:00:00.000Z');
const DAG = 86_400_000;
/** Days from submission to the state's message; the decision is the message that the case is sakBesluttet. */
const DAGER: Record<string, number> = {
  sakOpprettet: 0, sakUnderBehandling: 2, sakNektetFremmet: 5, sakForelagt: 6, sakHevet: 9, sakBesluttet: 21, sakAvsluttet: 63,
};
const BESLUTTET_DAG = 21;

/**
 * An amount with two decimals that a stock multipleOf check (float division, as Redocly and Prism do it)
 * accepts too, so tools that check the document's examples take these. Our own validator needs no such care.
 */
function kroner(faker: Faker, min: number, max: number): number {
  for (;;) {
    const v = faker.number.int({ min: min * 100, max: max * 100 }) / 100;
    if (Number.isInteger(v / 0.01)) return v;
  }
}

function krav(faker: Faker, nr: number, medKravgrunnlag: boolean): Obj[] {
  const hovedkrav = kroner(faker, 2_000, 45_000);
  const rader: Obj[] = [
    { innsendersKravreferanse: `HK-${nr}-1`, kravbeskrivelse: 'hovedkrav', gjenstaaendeBeloep: { beloep: hovedkrav, valuta: 'NOK' }, prioritetDekningsloven: 'e' },
    { innsendersKravreferanse: `RK-${nr}-1`, kravbeskrivelse: 'rentekrav', gjenstaaendeBeloep: { beloep: kroner(faker, 50, Math.round(hovedkrav / 10)), valuta: 'NOK' }, prioritetDekningsloven: 'e' },
    { innsendersKravreferanse: `UK-${nr}-1`, kravbeskrivelse: 'utenrettsligeKostnader', gjenstaaendeBeloep: { beloep: kroner(faker, 100, 1_400), valuta: 'NOK' }, prioritetDekningsloven: 'e' },
  ];
  // The namsmann's identifiers come with the decision (the page: "når en beslutning er fattet").
  return medKravgrunnlag ? rader.map((k, i) => ({ kravgrunnlagsidentifikator: `KG-2026-9${String(nr).padStart(2, '0')}${String(i + 1).padStart(3, '0')}`, ...k })) : rader;
}

function bygg(sak: Extract<Testsak, { status: 200 }>, nr: number): Obj {
  const faker = createRandom(SEED + nr);
  const saksoeker = fraParty(generateOrganisasjon(faker, { collectionAgency: false }), 'annet');
  const fullmektig = fraParty(generateOrganisasjon(faker, { collectionAgency: true }), 'inkassovirksomhet');
  const saksoekte = [
    fraParty(generatePerson(faker)),
    { ...fraParty(generatePerson(faker)), saksoektesProsessfullmektig: fraParty(generateOrganisasjon(faker, { collectionAgency: false }), 'advokatfirma') },
  ];
  const besluttet = sak.innhold.includes('beslutningsinformasjon');
  const kravISak = krav(faker, nr, besluttet);
  const svar: Obj = {
    eksternSaksreferanse: sak.eksternSaksreferanse,
    saksnummer: `UTLBGJ/2026/${nr}`,
    saksstatus: sak.saksstatus,
    innsenderReferanse: `ic-testsak-${nr}`,
    meldingsdato: new Date(START + (DAGER[sak.saksstatus] ?? 0) * DAG).toISOString(),
    saksoeker: [{ ...saksoeker, saksoekersProsessfullmektig: fullmektig }],
    saksoekt: saksoekte,
    kravISak,
  };
  if (besluttet) svar.beslutningsinformasjon = beslutninger(sak.beslutninger, saksoekte, kravISak.map((k) => k.kravgrunnlagsidentifikator as string), nr);
  return svar;
}

/** Nothing could be taken from the second saksøkt (intet til utlegg); every other measure is the first one's. */
function beslutninger(arter: Beslutningsart[], saksoekte: Obj[], kravgrunnlag: string[], nr: number): Obj[] {
  const tidspunkt = new Date(START + BESLUTTET_DAG * DAG).toISOString();
  let n = 0;
  const tiltak = () => ({ tiltaksidentifikator: `TT-2026-9${String(nr).padStart(2, '0')}${String(++n).padStart(3, '0')}`, kravgrunnlagsidentifikator: kravgrunnlag });
  const foerste: Obj = { beslutningstidspunkt: tidspunkt, saksoekt: saksoekte[0] };
  const andre: Obj = { beslutningstidspunkt: tidspunkt, saksoekt: saksoekte[1] };
  for (const art of arter) {
    if (art === 'besluttetIntetTilUtlegg') andre[art] = tiltak();
    // Two assets pledged, each for all the claims.
    else if (art === 'besluttetUtleggspant') foerste[art] = [tiltak(), tiltak()];
    else foerste[art] = tiltak();
  }
  return [foerste, andre].filter((b) => Object.keys(b).length > 2);
}

let bygget: { kilde: readonly Testsak[]; svar: Map<string, Obj | null> } | undefined;

/** The answer to a test reference: its StatusPaaSak, null for one the table answers with 404, undefined for no test reference. */
export function testsak(eksternSaksreferanse: string): Obj | null | undefined {
  const kilde = statusPaaSakTestsaker();
  if (bygget?.kilde !== kilde) {
    const svar = new Map<string, Obj | null>();
    kilde.forEach((sak, i) => svar.set(sak.eksternSaksreferanse, sak.status === 200 ? bygg(sak, i + 1) : null));
    bygget = { kilde, svar };
  }
  const funnet = bygget.svar.get(eksternSaksreferanse);
  return funnet === undefined ? undefined : funnet && structuredClone(funnet);
}

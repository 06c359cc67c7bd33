import { checkOrganisasjonsnummer, checkPersonidentifikator } from '../../generators/identifiers/index.ts';
import type { Beslutningsart, Saksstatus } from '../../src/spec/status-paa-sak.ts';

/**
 * The sandbox's markers in innsenderReferanse (sandbox/README.md, "Status på sak"): they pick a case's
 * path and pace, and so whether and when Innsyn i ett trekk answers for it. Skatteetaten's test
 * environment does not process cases, so only the sandbox reads them.
 */
export { MARKOERER } from '../../sandbox/handlers/statuspaasak/livslop.ts';

/** The parts of a StatusPaaSak the checks read; the contract checks the rest. */
export interface Part {
  virksomhet?: { navn?: string; identifikator?: Identifikator };
  person?: { personnavn?: Record<string, string>; identifikator?: Identifikator };
  sammenslutning?: { navn?: string; identifikator?: Identifikator };
  saksoekersProsessfullmektig?: Part;
  saksoektesProsessfullmektig?: Part;
}
interface Identifikator { taxIdentificationNumber?: string; annenOffisiellIdentifikator?: string; landkodeIdentifikator?: string }
export interface Tiltak { tiltaksidentifikator: string; kravgrunnlagsidentifikator: string[] }
export interface Beslutning {
  beslutningstidspunkt: string;
  saksoekt: Part;
  besluttetIntetTilUtlegg?: Tiltak;
  besluttetInntredenIUtleggstrekk?: Tiltak;
  besluttetUtleggstrekk?: Tiltak;
  besluttetUtleggspant?: Tiltak[];
}
export interface StatusPaaSak {
  eksternSaksreferanse: string;
  saksnummer: string;
  saksstatus: Saksstatus;
  innsenderReferanse?: string;
  meldingsdato: string;
  saksoeker: Part[];
  saksoekt: Part[];
  kravISak?: Array<{ kravgrunnlagsidentifikator?: string; innsendersKravreferanse?: string; kravbeskrivelse: string; gjenstaaendeBeloep?: { beloep: number }; prioritetDekningsloven: string }>;
  beslutningsinformasjon?: Beslutning[];
}

export const BESLUTNINGSARTER: readonly Beslutningsart[] = ['besluttetIntetTilUtlegg', 'besluttetInntredenIUtleggstrekk', 'besluttetUtleggstrekk', 'besluttetUtleggspant'];

/** Every measure of a decision, each with its kind. */
export function tiltakI(b: Beslutning): Array<{ art: Beslutningsart; tiltak: Tiltak }> {
  return BESLUTNINGSARTER.flatMap((art) => {
    const v = b[art];
    return (Array.isArray(v) ? v : v ? [v] : []).map((tiltak) => ({ art, tiltak }));
  });
}

/** The decision kinds present anywhere in the case. */
export function beslutningsarter(sak: StatusPaaSak): Set<Beslutningsart> {
  return new Set((sak.beslutningsinformasjon ?? []).flatMap((b) => tiltakI(b).map((t) => t.art)));
}

/** The measures that withhold from pay: a case decided with one of them has its claims in a trekk. */
export const TREKKARTER: readonly Beslutningsart[] = ['besluttetUtleggstrekk', 'besluttetInntredenIUtleggstrekk'];

/** The identifier of a party, whichever entity carries it. */
export function partsId(p: Part | undefined): string | undefined {
  const id = p?.virksomhet?.identifikator ?? p?.person?.identifikator ?? p?.sammenslutning?.identifikator;
  return id?.taxIdentificationNumber ?? id?.annenOffisiellIdentifikator;
}

function identifikatorBrudd(p: Part | undefined, sti: string, brudd: string[]): void {
  if (!p) return;
  for (const [ledd, id] of [['virksomhet', p.virksomhet?.identifikator], ['person', p.person?.identifikator], ['sammenslutning', p.sammenslutning?.identifikator]] as const) {
    const nr = id?.taxIdentificationNumber;
    if (!nr || (id?.landkodeIdentifikator ?? 'NO') !== 'NO') continue;
    const r = ledd === 'person' ? checkPersonidentifikator(nr) : checkOrganisasjonsnummer(nr);
    if (!r.valid) brudd.push(`${sti}/${ledd}/identifikator/taxIdentificationNumber: ${JSON.stringify(nr)} ${r.reason}`);
  }
  identifikatorBrudd(p.saksoekersProsessfullmektig, `${sti}/saksoekersProsessfullmektig`, brudd);
  identifikatorBrudd(p.saksoektesProsessfullmektig, `${sti}/saksoektesProsessfullmektig`, brudd);
}

/**
 * What the schema cannot say about a case, one line per broken rule naming the field: the case number's
 * form, Norwegian identifiers with valid check digits, decisions only for a decided case, each about one
 * of the case's saksøkte, and every kravgrunnlagsidentifikator of a decision naming a claim of the case.
 */
export function sakBrudd(sak: StatusPaaSak): string[] {
  const brudd: string[] = [];
  if (!/^UTLBGJ\/\d{4}\/\S+$/.test(sak.saksnummer)) brudd.push(`/saksnummer: ${JSON.stringify(sak.saksnummer)} is not of the form UTLBGJ/2026/XX`);
  sak.saksoeker.forEach((p, i) => identifikatorBrudd(p, `/saksoeker/${i}`, brudd));
  sak.saksoekt.forEach((p, i) => identifikatorBrudd(p, `/saksoekt/${i}`, brudd));
  const krav = new Set((sak.kravISak ?? []).map((k) => k.kravgrunnlagsidentifikator).filter((k): k is string => k !== undefined));
  const beslutninger = sak.beslutningsinformasjon ?? [];
  if (beslutninger.length > 0 && sak.saksstatus !== 'sakBesluttet' && sak.saksstatus !== 'sakAvsluttet') {
    brudd.push(`/beslutningsinformasjon: a case in ${sak.saksstatus} has decisions`);
  }
  const saksoekte = new Set(sak.saksoekt.map(partsId));
  beslutninger.forEach((b, i) => {
    if (!saksoekte.has(partsId(b.saksoekt))) brudd.push(`/beslutningsinformasjon/${i}/saksoekt: ${partsId(b.saksoekt)} is none of the case's saksøkte`);
    const tiltak = tiltakI(b);
    if (tiltak.length === 0) brudd.push(`/beslutningsinformasjon/${i}: decides no measure`);
    for (const { art, tiltak: t } of tiltak) {
      for (const kgi of t.kravgrunnlagsidentifikator) {
        if (!krav.has(kgi)) brudd.push(`/beslutningsinformasjon/${i}/${art}: kravgrunnlagsidentifikator ${kgi} is no claim of the case`);
      }
    }
    if (Date.parse(b.beslutningstidspunkt) > Date.parse(sak.meldingsdato)) brudd.push(`/beslutningsinformasjon/${i}/beslutningstidspunkt: after meldingsdato ${sak.meldingsdato}`);
  });
  const ider = beslutninger.flatMap((b) => tiltakI(b).map((t) => t.tiltak.tiltaksidentifikator));
  if (new Set(ider).size !== ider.length) brudd.push('/beslutningsinformasjon: a tiltaksidentifikator appears twice');
  return brudd;
}


/** The decision about one saksøkt (by number) and its measure, if the case has one. */
export function vedtakOm(sak: StatusPaaSak, saksoekt: string | undefined): { beslutning: Beslutning; art: Beslutningsart; tiltak: Tiltak } | undefined {
  const beslutning = (sak.beslutningsinformasjon ?? []).find((b) => partsId(b.saksoekt) === saksoekt);
  const [t] = beslutning ? tiltakI(beslutning) : [];
  return beslutning && t ? { beslutning, art: t.art, tiltak: t.tiltak } : undefined;
}

/**
 * Whether Innsyn i ett trekk must answer for a saksøkt of this case: the case sakBesluttet with utleggstrekk
 * or inntreden for them ("etablert og ikke avsluttet trekk"), by Status på sak's account.
 */
export function iEtablertTrekk(sak: StatusPaaSak, saksoekt: string | undefined): boolean {
  const v = vedtakOm(sak, saksoekt);
  return sak.saksstatus === 'sakBesluttet' && v !== undefined && TREKKARTER.includes(v.art);
}

/** The claim references of a petition in either data model (2.1 innsendersKravreferanse, 0.9 kravreferanse). */
export function kravreferanser(b: Record<string, any>): string[] {
  return (b.kravTilInnkreving ?? []).map((k: any) => k.innsendersKravreferanse ?? k.kravreferanse);
}

/** The identifiers of a petition's saksøkere or saksøkte, in either data model. */
export function partsIder(b: Record<string, any>, rolle: 'saksoeker' | 'saksoekt'): string[] {
  return (b[rolle] ?? []).map((s: any) => {
    const id = (s[rolle]?.virksomhet ?? s[rolle]?.person ?? s[rolle]?.sammenslutning)?.identifikator;
    return id?.taxIdentificationNumber ?? id?.verdi ?? id?.annenOffisiellIdentifikator;
  });
}

/** The sandbox's path of a case whose innsenderReferanse has no path marker (sandbox/README.md). */
export const VANLIG_FORLOEP: readonly Saksstatus[] = ['sakOpprettet', 'sakUnderBehandling', 'sakForelagt', 'sakBesluttet', 'sakAvsluttet'];

/** Whether the states seen by polling, repeats folded, follow the path in order (a slow poll may miss one). */
export function foelgerForloep(sett: readonly Saksstatus[], forloep: readonly Saksstatus[]): boolean {
  const foldet = sett.filter((s, i) => i === 0 || sett[i - 1] !== s);
  let j = 0;
  for (const s of foldet) {
    while (j < forloep.length && forloep[j] !== s) j++;
    if (j === forloep.length) return false;
  }
  return true;
}

import type { Beslutningsart } from '../../../src/spec/status-paa-sak.ts';
import { erObjekt, idVerdi, kravref, type Aktoer, type Krav } from '../../rules/utleggsbegjaering/felles/modell.ts';
import type { LagretInnsending } from '../../state/innsendinger.ts';
import { iEtablertTrekk, saksliv, type Sakskilder } from '../statuspaasak/livslop.ts';
import { beloepValuta, prioritet } from '../statuspaasak/svar.ts';

// A stored case as Innsyn i ett trekk reads it, in either data model (0.9 under /v1, 2.1 under /v2):
// who sues whom, and whether and with which claims it is in the trekk against a debtor. That question
// is Status på sak's (statuspaasak/livslop.ts); this file only asks it and reads the claims it names.

export type Bokstav = 'a' | 'b' | 'c' | 'd' | 'e';
export const BOKSTAVER: readonly Bokstav[] = ['a', 'b', 'c', 'd', 'e'];

export interface KravISak {
  kravreferanse?: string;
  /** The namsmann's identifier, the one Status på sak's decision names the claim by. */
  kravgrunnlagsidentifikator: string;
  prioritet: Bokstav;
  /** The claim's dividend basis in øre: its remaining amount as Status på sak shows it (the sandbox accrues no interest). */
  oere: number;
}

/** One case's part in the trekk against one debtor. */
export interface SakITrekk {
  /** Party keys (partsnoekkel) of every saksøker. */
  saksoekere: Set<string>;
  /** The claims the decision covers. */
  krav: KravISak[];
  /** When the case was decided, and how: a new utleggstrekk, or inntreden in one already running. */
  besluttet: Date;
  art: Beslutningsart;
}

/**
 * One key for an identifier in either model: country and number, so 0.9's { verdi, landkode } and
 * 2.1's { taxIdentificationNumber | annenOffisiellIdentifikator, landkodeIdentifikator } compare. A
 * missing country means Norway, as in the rules.
 */
export function partsnoekkel(id: unknown): string | undefined {
  if (!erObjekt(id)) return undefined;
  const verdi = idVerdi(id);
  if (verdi === undefined || verdi.trim() === '') return undefined;
  const land = id.landkodeIdentifikator ?? id.landkode;
  return `${typeof land === 'string' && land !== '' ? land.toUpperCase() : 'NO'}:${verdi.trim()}`;
}

function noekler(a: Aktoer | undefined): string[] {
  if (!a) return [];
  const ut: string[] = [];
  for (const ledd of [a.virksomhet, a.person, (a as Record<string, unknown>).sammenslutning]) {
    const k = erObjekt(ledd) ? partsnoekkel(ledd.identifikator) : undefined;
    if (k) ut.push(k);
  }
  return ut;
}

/** The key of a saksøkt that is a person: only a person's income can be withheld. */
function personnoekkel(rolle: unknown): string | undefined {
  const aktoer = erObjekt(rolle) ? rolle.saksoekt : undefined;
  return erObjekt(aktoer) && erObjekt(aktoer.person) ? partsnoekkel(aktoer.person.identifikator) : undefined;
}

function oere(k: Krav): number {
  const beloep = beloepValuta(k.gjenstaaendeBeloep)?.beloep;
  return typeof beloep === 'number' ? Math.round(beloep * 100) : 0;
}

/**
 * The case's part in the trekk against the saksøkt `saksoekt` (a party key), or undefined when its claims
 * are in no trekk against them: the case must be decided with utleggstrekk or inntreden for that saksøkt
 * and not yet closed, by Status på sak's account of it at `k.naa`.
 */
export function iTrekkMot(s: LagretInnsending, saksoekt: string, k: Sakskilder): SakITrekk | undefined {
  const b = s.begjaering as unknown as Record<string, unknown>;
  // Only a case against the debtor is worked out: the namsmann's numbers are given when a case is first seen decided.
  if (!(Array.isArray(b.saksoekt) && b.saksoekt.some((e) => personnoekkel(e) === saksoekt))) return undefined;
  const liv = saksliv(s, k);
  const vedtak = iEtablertTrekk(liv).find((v) => personnoekkel(liv.saksoekte[v.saksoekt]) === saksoekt);
  if (!vedtak) return undefined;
  const dekket = new Set(vedtak.kravgrunnlagsidentifikator);
  const krav = liv.krav.flatMap(({ krav: x, kravgrunnlagsidentifikator }): KravISak[] => {
    if (!kravgrunnlagsidentifikator || !dekket.has(kravgrunnlagsidentifikator)) return [];
    const ref = kravref(x);
    return [{ ...(ref ? { kravreferanse: ref.slice(0, 4000) } : {}), kravgrunnlagsidentifikator, prioritet: prioritet(x), oere: oere(x) }];
  });
  const saksoekere = new Set<string>();
  for (const rolle of Array.isArray(b.saksoeker) ? b.saksoeker : []) {
    for (const n of noekler(erObjekt(rolle) ? (rolle.saksoeker as Aktoer) : undefined)) saksoekere.add(n);
  }
  return { saksoekere, krav, besluttet: vedtak.tidspunkt, art: vedtak.art };
}

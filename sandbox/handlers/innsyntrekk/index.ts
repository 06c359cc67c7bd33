import { checkOrganisasjonsnummer, checkPersonidentifikator } from '../../../generators/identifiers/index.ts';
import { listVersions } from '../../../src/spec/versions.ts';
import { sendJson, type Detalj } from '../../http/exchange.ts';
import type { Kall, Mount, Operasjoner } from '../../http/mount.ts';
import { norskDato } from '../../rules/utleggsbegjaering/felles/dato.ts';
import type { SandboxState } from '../../state/index.ts';
import { iEtablertTrekk, lesSak, partsnoekkel, type Sak } from './saker.ts';
import { innsynssvar, type EgetKrav } from './svar.ts';
import { trekkFor } from './trekk.ts';

type Partsidentifikator = { taxIdentificationNumber?: string; annenOffisiellIdentifikator?: string; landkodeIdentifikator?: string };
interface Forespoersel { saksoeker: Partsidentifikator; saksoekt: Partsidentifikator }

export interface InnsynKontekst {
  state: () => SandboxState;
  mount: () => Mount;
  now: () => Date;
}

// One answer for every pair the innsender may not see or that has no trekk, so the answer never tells
// whether someone else has a case or a trekk against the debtor (specs/innsyn-trekk.yaml, IkkeFunnet).
const INGEN_TREKK = 'Fant ikke krav i et etablert trekk som ikke er avsluttet, i en sak innsenderen har sendt inn for denne saksøkeren mot denne saksøkte';

/** A Norwegian number must have the form and check digits of a fødselsnummer, D-nummer or orgnr; the schema checks the rest. */
function identifikatorfeil(felt: string, id: Partsidentifikator): Detalj[] {
  const nr = id.taxIdentificationNumber;
  const noekkel = nr !== undefined ? 'taxIdentificationNumber' : 'annenOffisiellIdentifikator';
  if ((nr ?? id.annenOffisiellIdentifikator ?? '').trim() === '') return [{ felt: `/${felt}/${noekkel}`, melding: 'must not be blank' }];
  if (id.landkodeIdentifikator !== 'NO' || nr === undefined) return [];
  const sti = `/${felt}/taxIdentificationNumber`;
  if (!/^(\d{9}|\d{11})$/.test(nr)) return [{ felt: sti, melding: 'a Norwegian taxIdentificationNumber has 9 digits (organisasjonsnummer) or 11 (fødselsnummer, D-nummer)' }];
  const sjekk = nr.length === 9 ? checkOrganisasjonsnummer(nr) : checkPersonidentifikator(nr);
  return sjekk.valid ? [] : [{ felt: sti, melding: `${nr} ${sjekk.reason}` }];
}

/** The identifier as the answer repeats it: the documented fields only. */
function gjentatt(id: Partsidentifikator): Record<string, unknown> {
  const { taxIdentificationNumber, annenOffisiellIdentifikator, landkodeIdentifikator } = id;
  return {
    ...(taxIdentificationNumber !== undefined ? { taxIdentificationNumber } : {}),
    ...(annenOffisiellIdentifikator !== undefined ? { annenOffisiellIdentifikator } : {}),
    landkodeIdentifikator,
  };
}

/** The innsender's cases in every Utleggsbegjæring version: each version keeps its own submissions. */
function innsendersSaker(state: SandboxState, orgnr: string): Sak[] {
  return listVersions('utleggsbegjaering').flatMap((v) => state.innsendingerFor(v).forOrganisasjon(orgnr).map(lesSak));
}

/**
 * The pair's claims with the namsmann's identifier, given by the register Status på sak numbers claims
 * from (first come, kept), so both services name a claim alike; only claims shown get one.
 */
function medKravgrunnlag(state: SandboxState, saker: Sak[]): EgetKrav[] {
  return saker.flatMap((s) => {
    // The year in the identifier is the one the case was received, as Status på sak writes it.
    const aar = norskDato(new Date(s.mottatt)).slice(0, 4);
    return s.krav.map((k) => ({ ...k, kravgrunnlagsidentifikator: k.kravgrunnlagsidentifikator ?? state.saksnumre.kravgrunnlagsidentifikator(s.begjaeringId, k.kravnummer, aar) }));
  });
}

/**
 * Innsyn i ett trekk. Only the acting organisation's own submissions count, so a prosessfullmektig
 * (an agency submitting for its clients) sees exactly the cases it brought; the pair must be in one of
 * them, registered and against a person.
 */
export function innsynTrekkHandlers({ state, mount, now }: InnsynKontekst): Operasjoner {
  return {
    hentInnsynITrekk(kall: Kall) {
      const f = kall.body as Forespoersel;
      const feil = [...identifikatorfeil('saksoeker', f.saksoeker), ...identifikatorfeil('saksoekt', f.saksoekt)];
      if (feil.length > 0) return mount().feil(kall.ex, 'ugyldig', 'an identifier is malformed', feil);
      const saksoeker = partsnoekkel(f.saksoeker)!;
      const saksoekt = partsnoekkel(f.saksoekt)!;

      const saker = innsendersSaker(state(), kall.aktoer.orgnr).filter((s) => iEtablertTrekk(s, saksoekt));
      const parets = saker.filter((s) => s.saksoekere.has(saksoeker));
      if (parets.length === 0) return mount().feil(kall.ex, 'ikkeFunnet', INGEN_TREKK);

      const tid = now();
      const idag = norskDato(tid);
      // The innsender's other cases against the same debtor share the trekk; the saksøker sees them as sums only.
      const andreSaker = saker.filter((s) => !s.saksoekere.has(saksoeker));
      const trekk = trekkFor(saksoekt, state(), idag);
      sendJson(kall.ex, 200, innsynssvar({
        saksoeker: gjentatt(f.saksoeker),
        saksoekt: gjentatt(f.saksoekt),
        tidspunkt: tid.toISOString(),
        idag,
        egne: medKravgrunnlag(state(), parets),
        andre: [...andreSaker.flatMap((s) => s.krav.map((k) => ({ prioritet: k.prioritet, oere: k.oere }))), ...trekk.andreKrav],
        trekk,
      }));
    },
  };
}

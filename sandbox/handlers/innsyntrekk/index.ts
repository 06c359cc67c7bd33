import { checkOrganisasjonsnummer, checkPersonidentifikator } from '../../../generators/identifiers/index.ts';
import { sendJson, type Detalj } from '../../http/exchange.ts';
import type { Kall, Mount, Operasjoner } from '../../http/mount.ts';
import { norskDato } from '../../rules/utleggsbegjaering/felles/dato.ts';
import type { SandboxState } from '../../state/index.ts';
import { trekkIKraftIFeed } from '../statuspaasak/livslop.ts';
import { sakerFor } from '../statuspaasak/saker.ts';
import { iTrekkMot, partsnoekkel } from './saker.ts';
import { innsynssvar } from './svar.ts';
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

/**
 * Innsyn i ett trekk. Only the acting organisation's own cases count (statuspaasak/saker.ts), so a
 * prosessfullmektig (an agency submitting for its clients) sees exactly the cases it brought; the pair
 * must be in one of them, and the case's claims in a trekk against that saksøkt by Status på sak's account
 * at the sandbox's now: decided with utleggstrekk or inntreden, and not closed.
 */
export function innsynTrekkHandlers({ state, mount, now }: InnsynKontekst): Operasjoner {
  return {
    hentInnsynITrekk(kall: Kall) {
      const f = kall.body as Forespoersel;
      const feil = [...identifikatorfeil('saksoeker', f.saksoeker), ...identifikatorfeil('saksoekt', f.saksoekt)];
      if (feil.length > 0) return mount().feil(kall.ex, 'ugyldig', 'an identifier is malformed', feil);
      const saksoeker = partsnoekkel(f.saksoeker)!;
      const saksoekt = partsnoekkel(f.saksoekt)!;

      const tid = now();
      const s = state();
      const kilder = { register: s.saksnumre, naa: tid, trekkIKraft: trekkIKraftIFeed(s.trekkpaalegg) };
      const saker = sakerFor(s, kall.aktoer.orgnr).map((x) => iTrekkMot(x, saksoekt, kilder)).filter((x) => x !== undefined);
      const parets = saker.filter((x) => x.saksoekere.has(saksoeker));
      if (parets.length === 0) return mount().feil(kall.ex, 'ikkeFunnet', INGEN_TREKK);

      const idag = norskDato(tid);
      // The innsender's other cases against the same debtor share the trekk; the saksøker sees them as sums only.
      const andreSaker = saker.filter((x) => !x.saksoekere.has(saksoeker));
      // The trekk began with the first of these decisions: a new utleggstrekk then, or one already running.
      const foerste = saker.reduce((a, b) => (b.besluttet < a.besluttet ? b : a));
      const trekk = trekkFor(saksoekt, s, idag, { dag: norskDato(foerste.besluttet), nytt: foerste.art === 'besluttetUtleggstrekk' });
      sendJson(kall.ex, 200, innsynssvar({
        saksoeker: gjentatt(f.saksoeker),
        saksoekt: gjentatt(f.saksoekt),
        tidspunkt: tid.toISOString(),
        idag,
        egne: parets.flatMap((x) => x.krav),
        andre: [...andreSaker.flatMap((x) => x.krav.map((k) => ({ prioritet: k.prioritet, oere: k.oere }))), ...trekk.andreKrav],
        trekk,
      }));
    },
  };
}

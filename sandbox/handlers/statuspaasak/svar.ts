import { type Krav, erObjekt, kravref, rentekravdel } from '../../rules/utleggsbegjaering/felles/modell.ts';
import { harMaksToDesimaler } from '../../rules/utleggsbegjaering/felles/tall.ts';
import { liste } from '../../rules/utleggsbegjaering/felles/tekst.ts';
import type { Begjaering } from '../../rules/types.ts';
import type { LagretInnsending } from '../../state/innsendinger.ts';
import { saksliv, type Sakskilder } from './livslop.ts';
import { type Navneoppslag, partMedFullmektig, tekst } from './parter.ts';

type Obj = Record<string, unknown>;

// The petition's kravdetaljer (free text in both models, known values from the pages) → the figure's
// Kravbeskrivelse code list, compared without case and punctuation.
const KRAVART: Record<string, string> = {
  hovedkrav: 'hovedkrav',
  hovedstol: 'hovedkrav',
  rentekrav: 'rentekrav',
  renter: 'rentekrav',
  utenrettsligekostnader: 'utenrettsligeKostnader',
  tidligererettsligesakskostnader: 'tidligereRettsligeKostnader',
  tidligererettsligekostnader: 'tidligereRettsligeKostnader',
  sakskostnaderforskriving: 'sakskostnaderForSkriving',
  sakskostnader: 'sakskostnader',
  rettsgebyr: 'rettsgebyr',
};
const BOKSTAVER = new Set(['a', 'b', 'c', 'd', 'e']);

/** The claim's letter in dekningsloven § 2-8; 0.9 allows any letter, and what the law does not name ranks with its last group, e. */
export function prioritet(k: Krav): 'a' | 'b' | 'c' | 'd' | 'e' {
  const b = typeof k.prioritetDekningsloven === 'string' ? k.prioritetDekningsloven.toLowerCase() : '';
  return (BOKSTAVER.has(b) ? b : 'e') as 'a' | 'b' | 'c' | 'd' | 'e';
}

/** An unknown kind reads as interest when the claim carries interest details, as costs when it hangs on another claim, else as a main claim. */
function kravbeskrivelse(k: Krav): string {
  const kjent = typeof k.kravdetaljer === 'string' ? KRAVART[k.kravdetaljer.toLowerCase().replace(/[^a-zæøå]/g, '')] : undefined;
  if (kjent) return kjent;
  if (rentekravdel(k)) return 'rentekrav';
  return liste(k.relatertKrav).length > 0 ? 'sakskostnader' : 'hovedkrav';
}

/** An amount as the answer may carry it: at least 0, at most two decimals; anything else is left out. */
export function beloepValuta(v: unknown): Obj | undefined {
  if (!erObjekt(v) || typeof v.beloep !== 'number' || !(v.beloep >= 0) || !harMaksToDesimaler(v.beloep)) return undefined;
  const out: Obj = { beloep: v.beloep };
  if (typeof v.valuta === 'string' && /^[A-Z]{3}$/.test(v.valuta)) out.valuta = v.valuta;
  return out;
}

export interface Sakskontekst extends Sakskilder {
  oppslag?: Navneoppslag;
}

/**
 * A sandbox submission as Status på sak answers it: the parties and claims of the petition as stored
 * (the latest change), the state its clock and markers give, and once decided a kravgrunnlagsidentifikator
 * on every claim and one decision per saksøkt covering all the claims.
 */
export function statusForInnsending(s: LagretInnsending, eksternSaksreferanse: string, k: Sakskontekst): Obj {
  const b = s.begjaering as Begjaering;
  const referanse = typeof b.innsenderReferanse === 'string' ? b.innsenderReferanse : '';
  const liv = saksliv(s, k);

  const saksoeker = liste(b.saksoeker).map((e) => partMedFullmektig(e, 'saksoeker', 'saksoekersProsessfullmektig', k.oppslag)).filter(erObjekt);
  // The life of the case keeps only saksøkte that name a party, so each maps to one (and a decision's place holds).
  const saksoekt = liv.saksoekte.map((e) => partMedFullmektig(e, 'saksoekt', 'saksoektesProsessfullmektig', k.oppslag)!);

  const kravISak = liv.krav.map(({ krav, kravgrunnlagsidentifikator }) => {
    const out: Obj = {};
    if (kravgrunnlagsidentifikator) out.kravgrunnlagsidentifikator = kravgrunnlagsidentifikator;
    const ref = kravref(krav);
    if (ref !== undefined) out.innsendersKravreferanse = tekst(ref);
    out.kravbeskrivelse = kravbeskrivelse(krav);
    const gjenstaaende = beloepValuta(krav.gjenstaaendeBeloep);
    if (gjenstaaende) out.gjenstaaendeBeloep = gjenstaaende;
    out.prioritetDekningsloven = prioritet(krav);
    return out;
  });

  const svar: Obj = {
    eksternSaksreferanse,
    saksnummer: k.register.saksnummer(s.begjaeringId, liv.aar),
    saksstatus: liv.tilstand.saksstatus,
  };
  if (referanse !== '') svar.innsenderReferanse = tekst(referanse);
  Object.assign(svar, { meldingsdato: liv.tilstand.siden.toISOString(), saksoeker, saksoekt, kravISak });

  if (liv.vedtak.length > 0) {
    svar.beslutningsinformasjon = liv.vedtak.map((v) => {
      const tiltak = { tiltaksidentifikator: v.tiltaksidentifikator, kravgrunnlagsidentifikator: v.kravgrunnlagsidentifikator };
      return { beslutningstidspunkt: v.tidspunkt.toISOString(), saksoekt: saksoekt[v.saksoekt], [v.art]: v.art === 'besluttetUtleggspant' ? [tiltak] : tiltak };
    });
  }
  return svar;
}

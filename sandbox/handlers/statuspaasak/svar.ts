import { type Krav, erObjekt, idVerdi, kravref, rentekravdel } from '../../rules/utleggsbegjaering/felles/modell.ts';
import { harMaksToDesimaler } from '../../rules/utleggsbegjaering/felles/tall.ts';
import { norskDato } from '../../rules/utleggsbegjaering/felles/dato.ts';
import { liste, utfylt } from '../../rules/utleggsbegjaering/felles/tekst.ts';
import type { Begjaering } from '../../rules/types.ts';
import type { LagretInnsending } from '../../state/innsendinger.ts';
import type { SaksnummerRegister } from '../../state/statuspaasak.ts';
import { MARKOERER, tilstand } from './livslop.ts';
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

/** An unknown kind reads as interest when the claim carries interest details, as costs when it hangs on another claim, else as a main claim. */
function kravbeskrivelse(k: Krav): string {
  const kjent = typeof k.kravdetaljer === 'string' ? KRAVART[k.kravdetaljer.toLowerCase().replace(/[^a-zæøå]/g, '')] : undefined;
  if (kjent) return kjent;
  if (rentekravdel(k)) return 'rentekrav';
  return liste(k.relatertKrav).length > 0 ? 'sakskostnader' : 'hovedkrav';
}

function beloepValuta(v: unknown): Obj | undefined {
  if (!erObjekt(v) || typeof v.beloep !== 'number' || !(v.beloep >= 0) || !harMaksToDesimaler(v.beloep)) return undefined;
  const out: Obj = { beloep: v.beloep };
  if (typeof v.valuta === 'string' && /^[A-Z]{3}$/.test(v.valuta)) out.valuta = v.valuta;
  return out;
}

/** The namsmann's identifier a claim already had (begjært før), as 2.1 writes it: a string or a partsidentifikator. */
function tidligereKravgrunnlag(k: Krav): string | undefined {
  const v = typeof k.kravgrunnlagsidentifikator === 'string' ? k.kravgrunnlagsidentifikator : idVerdi(k.kravgrunnlagsidentifikator);
  return utfylt(v) && v.length <= 50 ? v : undefined;
}

export interface Sakskontekst {
  register: SaksnummerRegister;
  naa: Date;
  oppslag?: Navneoppslag;
}

/** Which measure is decided for one saksøkt (sandbox/README.md): markers first, else by the kind of party. */
function tiltaksart(referanse: string, saksoekt: Obj): 'besluttetIntetTilUtlegg' | 'besluttetInntredenIUtleggstrekk' | 'besluttetUtleggstrekk' | 'besluttetUtleggspant' {
  if (referanse.includes(MARKOERER.intetTilUtlegg)) return 'besluttetIntetTilUtlegg';
  // Withholding is taken from a person's pay or benefits; an organisation has none, so its assets are pledged.
  if (!('person' in saksoekt)) return 'besluttetUtleggspant';
  return referanse.includes(MARKOERER.inntreden) ? 'besluttetInntredenIUtleggstrekk' : 'besluttetUtleggstrekk';
}

/**
 * A sandbox submission as Status på sak answers it: the parties and claims of the petition as stored
 * (the latest change), the state its clock and markers give, and once decided a kravgrunnlagsidentifikator
 * on every claim and one decision per saksøkt covering all the claims.
 */
export function statusForInnsending(s: LagretInnsending, eksternSaksreferanse: string, k: Sakskontekst): Obj {
  const b = s.begjaering as Begjaering;
  const referanse = typeof b.innsenderReferanse === 'string' ? b.innsenderReferanse : '';
  const mottatt = new Date(s.mottatt);
  const aar = norskDato(mottatt).slice(0, 4);
  const t = tilstand(mottatt, k.naa, referanse);
  const besluttet = t.besluttet !== undefined;

  // A party the petition does not identify by any entity is left out; the rules (MANGLER_OPPLYSNINGER_OM_…) keep such petitions out.
  const saksoeker = liste(b.saksoeker).map((e) => partMedFullmektig(e, 'saksoeker', 'saksoekersProsessfullmektig', k.oppslag)).filter(erObjekt);
  const saksoekt = liste(b.saksoekt).map((e) => partMedFullmektig(e, 'saksoekt', 'saksoektesProsessfullmektig', k.oppslag)).filter(erObjekt);

  const kravISak = liste(b.kravTilInnkreving as Krav[]).filter(erObjekt).map((krav, i) => {
    const out: Obj = {};
    const kgi = tidligereKravgrunnlag(krav) ?? (besluttet ? k.register.kravgrunnlagsidentifikator(s.begjaeringId, i, aar) : undefined);
    if (kgi) out.kravgrunnlagsidentifikator = kgi;
    const ref = kravref(krav);
    if (ref !== undefined) out.innsendersKravreferanse = tekst(ref);
    out.kravbeskrivelse = kravbeskrivelse(krav);
    const gjenstaaende = beloepValuta(krav.gjenstaaendeBeloep);
    if (gjenstaaende) out.gjenstaaendeBeloep = gjenstaaende;
    out.prioritetDekningsloven = typeof krav.prioritetDekningsloven === 'string' && BOKSTAVER.has(krav.prioritetDekningsloven) ? krav.prioritetDekningsloven : 'e';
    return out;
  });

  const svar: Obj = {
    eksternSaksreferanse,
    saksnummer: k.register.saksnummer(s.begjaeringId, aar),
    saksstatus: t.saksstatus,
  };
  if (referanse !== '') svar.innsenderReferanse = tekst(referanse);
  Object.assign(svar, { meldingsdato: t.siden.toISOString(), saksoeker, saksoekt, kravISak });

  const kravgrunnlag = kravISak.map((x) => x.kravgrunnlagsidentifikator).filter((x): x is string => typeof x === 'string');
  if (besluttet && kravgrunnlag.length > 0) {
    svar.beslutningsinformasjon = saksoekt.map((part, i) => {
      const art = tiltaksart(referanse, part);
      const tiltak = { tiltaksidentifikator: k.register.tiltaksidentifikator(s.begjaeringId, `${i}:${art}`, aar), kravgrunnlagsidentifikator: kravgrunnlag };
      return { beslutningstidspunkt: t.besluttet!.toISOString(), saksoekt: part, [art]: art === 'besluttetUtleggspant' ? [tiltak] : tiltak };
    });
  }
  return svar;
}

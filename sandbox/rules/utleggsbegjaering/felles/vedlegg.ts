import type { Begjaering } from '../../types.ts';
import { minne } from './minne.ts';
import { erObjekt, type Vedlegg } from './modell.ts';
import { liste } from './tekst.ts';

/** The fields of the models that hold an attachment reference; each but `vedlegg` has the type it expects. */
export type Vedleggsfelt =
  | 'fullmakt' | 'transporterklaering' | 'tvangsgrunnlag' | 'tvangskraftgrunnlag' | 'betalingsoppfordring' | 'akseptKanalvalg'
  /** 2.1's general attachments at the root, of any type. */
  | 'vedlegg';

/**
 * Where a reference sits: its field, and `sted`, the JSON pointer of the place with {i} and {j} standing
 * for the indexes on the way there (the saksøker, saksøkt, tvangsgrunnlag or krav; the varsel,
 * betalingsoppfordring or transporterklæring). The pointer is built by vedleggssti only when a rule
 * reports, not for every reference visited.
 */
export type VedleggBesoek = (v: Vedlegg, felt: Vedleggsfelt, sted: string, i: number, j: number) => void;

export function vedleggssti(sted: string, i: number, j: number): string {
  return sted.replace('{i}', String(i)).replace('{j}', String(j));
}

// 0.9: the saksøker's own fullmakt and transporterklæring, and the innsender's prosessfullmektig's
// fullmakt as a bare attachment. 2.1: each role's prosessfullmektig has a Fullmakt { fraDato, tilDato,
// fullmakt }, and transporterklæring belongs to the claim.
const SAKSOEKER_FULLMAKT = '/saksoeker/{i}/fullmakt';
const SAKSOEKER_TRANSPORT = '/saksoeker/{i}/transporterklaering';
const PF_FULLMAKT = {
  innsender09: ['/innsender/prosessfullmektig/fullmakt', '/innsender/prosessfullmektig/fullmakt/fullmakt'],
  innsender21: ['/innsender/innsendersProsessfullmektig/fullmakt', '/innsender/innsendersProsessfullmektig/fullmakt/fullmakt'],
  saksoeker: ['/saksoeker/{i}/saksoekersProsessfullmektig/fullmakt', '/saksoeker/{i}/saksoekersProsessfullmektig/fullmakt/fullmakt'],
  saksoekt: ['/saksoekt/{i}/saksoektesProsessfullmektig/fullmakt', '/saksoekt/{i}/saksoektesProsessfullmektig/fullmakt/fullmakt'],
} as const;
const TVANGSGRUNNLAG = '/begjaeringensTvangsgrunnlag/{i}/tvangsgrunnlag';
const TVANGSKRAFTGRUNNLAG = '/begjaeringensTvangsgrunnlag/{i}/varsel/{j}/tvangskraftgrunnlag';
const FORSENDELSE = '/begjaeringensTvangsgrunnlag/{i}/saerligTvangsgrunnlag/skriftligMeddelelse/forsendelsesmaate';
const AKSEPT_09 = `${FORSENDELSE}/alternativElektroniskKanalForMeddelelse/akseptKanalvalg`;
const AKSEPT_21 = `${FORSENDELSE}/alternativElektroniskForsendelsesmaate/akseptKanalvalg`;
const VARSEL_AKSEPT = '/begjaeringensTvangsgrunnlag/{i}/varsel/{j}/alternativElektroniskForsendelsesmaate/akseptKanalvalg';
const BETALINGSOPPFORDRING = '/kravTilInnkreving/{i}/betalingsoppfordring/{j}/betalingsoppfordring';
const KRAV_TRANSPORT = '/kravTilInnkreving/{i}/transporterklaering/{j}/transporterklaering';
const ROTVEDLEGG = '/vedlegg/{i}';

function er(v: unknown): v is Vedlegg {
  return erObjekt(v);
}

/** A prosessfullmektig's fullmakt: 0.9 the attachment itself, 2.1 a Fullmakt holding it in `fullmakt`. */
function besoekFullmakt(f: unknown, steder: readonly [string, string], i: number, besoek: VedleggBesoek): void {
  if (!erObjekt(f)) return;
  if (f.fullmakt !== undefined || f.fraDato !== undefined || f.tilDato !== undefined) {
    if (er(f.fullmakt)) besoek(f.fullmakt, 'fullmakt', steder[1], i, -1);
  } else {
    besoek(f as Vedlegg, 'fullmakt', steder[0], i, -1);
  }
}

/**
 * Visits every attachment reference at the places the models define, in document order; with `bare`,
 * only the references in that field. A fixed walk (rather than a search of the whole tree) keeps the
 * hot path cheap and says which field each sits in.
 */
export function besoekVedlegg(b: Begjaering, besoek: VedleggBesoek, bare?: Vedleggsfelt): void {
  const alle = bare === undefined;
  const fullmakt = alle || bare === 'fullmakt';
  if (fullmakt || bare === 'transporterklaering') {
    const saksoekere = liste(b.saksoeker);
    for (let i = 0; i < saksoekere.length; i++) {
      const s = saksoekere[i];
      if (!s) continue;
      if (fullmakt && er(s.fullmakt)) besoek(s.fullmakt, 'fullmakt', SAKSOEKER_FULLMAKT, i, -1);
      if ((alle || bare === 'transporterklaering') && er(s.transporterklaering)) besoek(s.transporterklaering, 'transporterklaering', SAKSOEKER_TRANSPORT, i, -1);
      if (fullmakt && erObjekt(s.saksoekersProsessfullmektig)) besoekFullmakt(s.saksoekersProsessfullmektig.fullmakt, PF_FULLMAKT.saksoeker, i, besoek);
    }
  }
  if (fullmakt) {
    const inn = b.innsender;
    if (erObjekt(inn?.prosessfullmektig)) besoekFullmakt(inn.prosessfullmektig.fullmakt, PF_FULLMAKT.innsender09, -1, besoek);
    if (erObjekt(inn?.innsendersProsessfullmektig)) besoekFullmakt(inn.innsendersProsessfullmektig.fullmakt, PF_FULLMAKT.innsender21, -1, besoek);
    const saksoekte = liste(b.saksoekt);
    for (let i = 0; i < saksoekte.length; i++) {
      const p = saksoekte[i]?.saksoektesProsessfullmektig;
      if (erObjekt(p)) besoekFullmakt(p.fullmakt, PF_FULLMAKT.saksoekt, i, besoek);
    }
  }
  if (alle || bare === 'tvangsgrunnlag' || bare === 'tvangskraftgrunnlag' || bare === 'akseptKanalvalg') {
    const tg = liste(b.begjaeringensTvangsgrunnlag);
    for (let i = 0; i < tg.length; i++) {
      const t = tg[i];
      if (!t) continue;
      if ((alle || bare === 'tvangsgrunnlag') && er(t.tvangsgrunnlag)) besoek(t.tvangsgrunnlag, 'tvangsgrunnlag', TVANGSGRUNNLAG, i, -1);
      const tvangskraft = alle || bare === 'tvangskraftgrunnlag';
      const aksept = alle || bare === 'akseptKanalvalg';
      const varsler = liste(t.varsel);
      const antall = tvangskraft || aksept ? varsler.length : 0;
      for (let j = 0; j < antall; j++) {
        // 0.9's notice has no room for 2.1's fields in its type; read both by shape.
        const v: unknown = varsler[j];
        if (!erObjekt(v)) continue;
        if (tvangskraft && er(v.tvangskraftgrunnlag)) besoek(v.tvangskraftgrunnlag, 'tvangskraftgrunnlag', TVANGSKRAFTGRUNNLAG, i, j);
        if (!aksept) continue;
        const kanal = v.alternativElektroniskForsendelsesmaate;
        if (erObjekt(kanal) && er(kanal.akseptKanalvalg)) besoek(kanal.akseptKanalvalg, 'akseptKanalvalg', VARSEL_AKSEPT, i, j);
      }
      if (aksept) {
        const maate: unknown = t.saerligTvangsgrunnlag?.skriftligMeddelelse?.forsendelsesmaate;
        if (erObjekt(maate)) {
          const k09 = maate.alternativElektroniskKanalForMeddelelse;
          if (erObjekt(k09) && er(k09.akseptKanalvalg)) besoek(k09.akseptKanalvalg, 'akseptKanalvalg', AKSEPT_09, i, -1);
          const k21 = maate.alternativElektroniskForsendelsesmaate;
          if (erObjekt(k21) && er(k21.akseptKanalvalg)) besoek(k21.akseptKanalvalg, 'akseptKanalvalg', AKSEPT_21, i, -1);
        }
      }
    }
  }
  if (alle || bare === 'betalingsoppfordring' || bare === 'transporterklaering') {
    const krav = liste(b.kravTilInnkreving);
    for (let i = 0; i < krav.length; i++) {
      const k = krav[i];
      if (!k) continue;
      if (alle || bare === 'betalingsoppfordring') {
        const oppfordringer = liste(k.betalingsoppfordring);
        for (let j = 0; j < oppfordringer.length; j++) {
          const bo = oppfordringer[j];
          if (er(bo?.betalingsoppfordring)) besoek(bo.betalingsoppfordring, 'betalingsoppfordring', BETALINGSOPPFORDRING, i, j);
        }
      }
      if (alle || bare === 'transporterklaering') {
        const transporter = liste(k.transporterklaering as unknown[] | undefined);
        for (let j = 0; j < transporter.length; j++) {
          const tr = transporter[j];
          if (erObjekt(tr) && er(tr.transporterklaering)) besoek(tr.transporterklaering, 'transporterklaering', KRAV_TRANSPORT, i, j);
        }
      }
    }
  }
  if (alle || bare === 'vedlegg') {
    const generelle = liste(b.vedlegg as unknown[] | undefined);
    for (let i = 0; i < generelle.length; i++) {
      const v = generelle[i];
      if (er(v)) besoek(v, 'vedlegg', ROTVEDLEGG, i, -1);
    }
  }
}

/**
 * Every attachment reference besoekVedlegg visits, in its order, as parallel lists (the reference, its
 * field, its place and indexes): one walk per evaluate() for the rules that only look at each reference.
 */
export interface Vedleggsliste {
  vedlegg: Vedlegg[];
  felt: Vedleggsfelt[];
  sted: string[];
  i: number[];
  j: number[];
}

function byggVedleggsliste(b: Begjaering): Vedleggsliste {
  const l: Vedleggsliste = { vedlegg: [], felt: [], sted: [], i: [], j: [] };
  besoekVedlegg(b, (v, felt, sted, i, j) => {
    l.vedlegg.push(v);
    l.felt.push(felt);
    l.sted.push(sted);
    l.i.push(i);
    l.j.push(j);
  });
  return l;
}

/** The attachment references of the petition (besoekVedlegg's walk, built once per evaluate()). */
export const vedleggsliste: (b: Begjaering) => Vedleggsliste = minne(byggVedleggsliste);

/**
 * Visits each distinct uploaded attachment once (first reference wins) with where it sits: the seeds
 * reuse one uuid in many places, and a state problem of one upload is one problem, not one per reference.
 */
export function besoekLagredeVedlegg(b: Begjaering, besoek: (v: Vedlegg & { uuid: string }, sted: string, i: number, j: number) => void): void {
  const sett = new Set<string>();
  const l = vedleggsliste(b);
  for (let k = 0; k < l.vedlegg.length; k++) {
    const v = l.vedlegg[k];
    if (typeof v.uuid !== 'string' || v.uuid === '' || sett.has(v.uuid)) continue;
    sett.add(v.uuid);
    besoek(v as Vedlegg & { uuid: string }, l.sted[k], l.i[k], l.j[k]);
  }
}

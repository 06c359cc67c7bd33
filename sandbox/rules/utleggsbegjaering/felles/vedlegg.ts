import type { Utleggsbegjaering, Vedlegg } from '../../../../src/model/utleggsbegjaering.ts';
import { liste } from './tekst.ts';

/** The fields of the model that hold an attachment reference; each has the vedlegg type it expects. */
export type Vedleggsfelt =
  | 'fullmakt' | 'transporterklaering' | 'tvangsgrunnlag' | 'tvangskraftgrunnlag' | 'betalingsoppfordring' | 'akseptKanalvalg';

/**
 * Where a reference sits: its field and the indexes on the way there (`i` the saksøker, tvangsgrunnlag
 * or krav; `j` the varsel or betalingsoppfordring; `i` is -1 for the prosessfullmektig's fullmakt).
 * The JSON pointer is built by vedleggssti only when a rule reports, not for every reference visited.
 */
export type VedleggBesoek = (v: Vedlegg, felt: Vedleggsfelt, i: number, j: number) => void;

const AKSEPT = 'saerligTvangsgrunnlag/skriftligMeddelelse/forsendelsesmaate/alternativElektroniskKanalForMeddelelse/akseptKanalvalg';

/** The JSON pointer of the reference besoekVedlegg visited at (felt, i, j). */
export function vedleggssti(felt: Vedleggsfelt, i: number, j: number): string {
  switch (felt) {
    case 'fullmakt': return i < 0 ? '/innsender/prosessfullmektig/fullmakt' : `/saksoeker/${i}/fullmakt`;
    case 'transporterklaering': return `/saksoeker/${i}/transporterklaering`;
    case 'tvangsgrunnlag': return `/begjaeringensTvangsgrunnlag/${i}/tvangsgrunnlag`;
    case 'tvangskraftgrunnlag': return `/begjaeringensTvangsgrunnlag/${i}/varsel/${j}/tvangskraftgrunnlag`;
    case 'akseptKanalvalg': return `/begjaeringensTvangsgrunnlag/${i}/${AKSEPT}`;
    case 'betalingsoppfordring': return `/kravTilInnkreving/${i}/betalingsoppfordring/${j}/betalingsoppfordring`;
  }
}

function er(v: unknown): v is Vedlegg {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Visits every attachment reference at the places the model defines, in document order; with `bare`,
 * only the references in that field. A fixed walk (rather than a search of the whole tree) keeps the
 * hot path cheap and says which field each sits in.
 */
export function besoekVedlegg(b: Utleggsbegjaering, besoek: VedleggBesoek, bare?: Vedleggsfelt): void {
  const alle = bare === undefined;
  if (alle || bare === 'fullmakt' || bare === 'transporterklaering') {
    const saksoekere = liste(b.saksoeker);
    for (let i = 0; i < saksoekere.length; i++) {
      const s = saksoekere[i];
      if ((alle || bare === 'fullmakt') && er(s?.fullmakt)) besoek(s.fullmakt, 'fullmakt', i, -1);
      if ((alle || bare === 'transporterklaering') && er(s?.transporterklaering)) besoek(s.transporterklaering, 'transporterklaering', i, -1);
    }
  }
  if (alle || bare === 'fullmakt') {
    const pf = b.innsender?.prosessfullmektig;
    if (er(pf?.fullmakt)) besoek(pf.fullmakt, 'fullmakt', -1, -1);
  }
  if (alle || bare === 'tvangsgrunnlag' || bare === 'tvangskraftgrunnlag' || bare === 'akseptKanalvalg') {
    const tg = liste(b.begjaeringensTvangsgrunnlag);
    for (let i = 0; i < tg.length; i++) {
      const t = tg[i];
      if ((alle || bare === 'tvangsgrunnlag') && er(t?.tvangsgrunnlag)) besoek(t.tvangsgrunnlag, 'tvangsgrunnlag', i, -1);
      if (alle || bare === 'tvangskraftgrunnlag') {
        const varsler = liste(t?.varsel);
        for (let j = 0; j < varsler.length; j++) {
          const v = varsler[j];
          if (er(v?.tvangskraftgrunnlag)) besoek(v.tvangskraftgrunnlag, 'tvangskraftgrunnlag', i, j);
        }
      }
      if (alle || bare === 'akseptKanalvalg') {
        const aksept = t?.saerligTvangsgrunnlag?.skriftligMeddelelse?.forsendelsesmaate?.alternativElektroniskKanalForMeddelelse?.akseptKanalvalg;
        if (er(aksept)) besoek(aksept, 'akseptKanalvalg', i, -1);
      }
    }
  }
  if (alle || bare === 'betalingsoppfordring') {
    const krav = liste(b.kravTilInnkreving);
    for (let i = 0; i < krav.length; i++) {
      const oppfordringer = liste(krav[i]?.betalingsoppfordring);
      for (let j = 0; j < oppfordringer.length; j++) {
        const bo = oppfordringer[j];
        if (er(bo?.betalingsoppfordring)) besoek(bo.betalingsoppfordring, 'betalingsoppfordring', i, j);
      }
    }
  }
}

/**
 * Visits each distinct uploaded attachment once (first reference wins): the seeds reuse one uuid in many
 * places, and a state problem of one upload is one problem, not one per reference.
 */
export function besoekLagredeVedlegg(b: Utleggsbegjaering, besoek: (v: Vedlegg & { uuid: string }, sti: string) => void): void {
  const sett = new Set<string>();
  besoekVedlegg(b, (v, felt, i, j) => {
    if (typeof v.uuid !== 'string' || v.uuid === '' || sett.has(v.uuid)) return;
    sett.add(v.uuid);
    besoek(v as Vedlegg & { uuid: string }, vedleggssti(felt, i, j));
  });
}

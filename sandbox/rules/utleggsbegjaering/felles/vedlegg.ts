import type { Utleggsbegjaering, Vedlegg } from '../../../../src/model/utleggsbegjaering.ts';
import { liste } from './tekst.ts';

/** The fields of the model that hold an attachment reference; each has the vedlegg type it expects. */
export type Vedleggsfelt =
  | 'fullmakt' | 'transporterklaering' | 'tvangsgrunnlag' | 'tvangskraftgrunnlag' | 'betalingsoppfordring' | 'akseptKanalvalg';

export type VedleggBesoek = (v: Vedlegg, sti: string, felt: Vedleggsfelt) => void;

function er(v: unknown): v is Vedlegg {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Visits every attachment reference at the places the model defines, in document order. A fixed walk
 * (rather than a search of the whole tree) keeps the hot path cheap and says which field each sits in.
 */
export function besoekVedlegg(b: Utleggsbegjaering, besoek: VedleggBesoek): void {
  liste(b.saksoeker).forEach((s, i) => {
    if (er(s?.fullmakt)) besoek(s.fullmakt, `/saksoeker/${i}/fullmakt`, 'fullmakt');
    if (er(s?.transporterklaering)) besoek(s.transporterklaering, `/saksoeker/${i}/transporterklaering`, 'transporterklaering');
  });
  const pf = b.innsender?.prosessfullmektig;
  if (er(pf?.fullmakt)) besoek(pf.fullmakt, '/innsender/prosessfullmektig/fullmakt', 'fullmakt');
  liste(b.begjaeringensTvangsgrunnlag).forEach((t, i) => {
    const sti = `/begjaeringensTvangsgrunnlag/${i}`;
    if (er(t?.tvangsgrunnlag)) besoek(t.tvangsgrunnlag, `${sti}/tvangsgrunnlag`, 'tvangsgrunnlag');
    liste(t?.varsel).forEach((v, j) => {
      if (er(v?.tvangskraftgrunnlag)) besoek(v.tvangskraftgrunnlag, `${sti}/varsel/${j}/tvangskraftgrunnlag`, 'tvangskraftgrunnlag');
    });
    const aksept = t?.saerligTvangsgrunnlag?.skriftligMeddelelse?.forsendelsesmaate?.alternativElektroniskKanalForMeddelelse?.akseptKanalvalg;
    if (er(aksept)) {
      besoek(aksept, `${sti}/saerligTvangsgrunnlag/skriftligMeddelelse/forsendelsesmaate/alternativElektroniskKanalForMeddelelse/akseptKanalvalg`, 'akseptKanalvalg');
    }
  });
  liste(b.kravTilInnkreving).forEach((k, i) => {
    liste(k?.betalingsoppfordring).forEach((bo, j) => {
      if (er(bo?.betalingsoppfordring)) {
        besoek(bo.betalingsoppfordring, `/kravTilInnkreving/${i}/betalingsoppfordring/${j}/betalingsoppfordring`, 'betalingsoppfordring');
      }
    });
  });
}

/**
 * Visits each distinct uploaded attachment once (first reference wins): the seeds reuse one uuid in many
 * places, and a state problem of one upload is one problem, not one per reference.
 */
export function besoekLagredeVedlegg(b: Utleggsbegjaering, besoek: (v: Vedlegg & { uuid: string }, sti: string) => void): void {
  const sett = new Set<string>();
  besoekVedlegg(b, (v, sti) => {
    if (typeof v.uuid !== 'string' || v.uuid === '' || sett.has(v.uuid)) return;
    sett.add(v.uuid);
    besoek(v as Vedlegg & { uuid: string }, sti);
  });
}

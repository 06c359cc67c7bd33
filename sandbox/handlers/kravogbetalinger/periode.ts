import type { Detalj } from '../../http/exchange.ts';
import type { Periode } from '../../state/krav.ts';

/** The same calendar day one year later (29 February becomes 1 March). */
export function ettAarEtter(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y + 1, m - 1, d)).toISOString().slice(0, 10);
}

/** A period may run at most one year: tilOgMed no later than the same day a year after fraOgMed. */
export function periodeFeil(p: Periode): Detalj | undefined {
  if (p.tilOgMed < p.fraOgMed) return { felt: 'tilOgMed', melding: `tilOgMed (${p.tilOgMed}) is before fraOgMed (${p.fraOgMed})` };
  const grense = ettAarEtter(p.fraOgMed);
  if (p.tilOgMed > grense) return { felt: 'tilOgMed', melding: `the period may be at most one year; tilOgMed must be ${grense} or earlier` };
  return undefined;
}

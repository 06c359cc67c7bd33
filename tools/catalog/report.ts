import type { Feltendring, Katalogdiff } from './diff.ts';

const verdi = (v: string | boolean) => (typeof v === 'string' ? JSON.stringify(v) : String(v));
const feltlinje = (f: Feltendring) => `    ${f.felt}: ${verdi(f.fra)} → ${verdi(f.til)}`;

/** The diff grouped as a supplier reads it: what is new, what is gone, what was reworded (old → new). */
export function diffTekst(d: Katalogdiff): string {
  const lines = [
    `Rule catalog of Utleggsbegjæring ${d.fra} (${d.antall.fra} codes) → ${d.til} (${d.antall.til} codes): ${d.lagtTil.length} added, ${d.fjernet.length} removed, ${d.endret.length} changed.`,
    '',
    `Added (${d.lagtTil.length}):${d.lagtTil.length ? '' : ' none'}`,
    ...d.lagtTil.map((r) => `  ${r.kode}: ${r.tittel}${r.gjelderKunEndringer ? ' (applies only to changes)' : ''}`),
    '',
    `Removed (${d.fjernet.length}):${d.fjernet.length ? '' : ' none'}`,
    ...d.fjernet.map((r) => `  ${r.kode}: ${r.tittel}`),
    '',
    `Changed (${d.endret.length}):${d.endret.length ? '' : ' none'}`,
    ...d.endret.flatMap((e) => [`  ${e.kode}`, ...e.felt.map(feltlinje)]),
  ];
  return `${lines.join('\n')}\n`;
}

import { tekster } from './tekster.ts';
import type { Bevisfil, Sertifiseringsrapport } from './types.ts';

/** A test as a reader knows it: its project and title, without the source file its id carries. */
export function testnavn(r: Sertifiseringsrapport, id: string): string {
  const test = r.tester.find((x) => x.id === id);
  return test ? `${test.prosjekt ? `${test.prosjekt} › ` : ''}${test.tittel}` : id;
}

/**
 * The evidence files worth a row on the page (JUnit, the report's own pages); the report's data and
 * attachments, often hundreds of files, are counted in one line and listed in summary.json.
 */
export function bevisVisning(r: Sertifiseringsrapport): { rader: Bevisfil[]; utelatt: string | null } {
  const hoved = (b: Bevisfil) => !b.fil.includes('/data/') && !b.fil.includes('/trace/');
  const rader = r.bevis.filter(hoved);
  const resten = r.bevis.filter((b) => !hoved(b));
  return { rader, utelatt: resten.length ? tekster(r.spraak).bevis.utelatt(resten.length, resten.reduce((s, b) => s + b.bytes, 0)) : null };
}

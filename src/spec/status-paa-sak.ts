import { SpecError } from './errors.ts';
import { displayPath, readDataFile, specPath } from './files.ts';

/** The states a case goes through (Saksstatus of specs/status-paa-sak.yaml). */
export const SAKSSTATUSER = ['sakOpprettet', 'sakUnderBehandling', 'sakNektetFremmet', 'sakForelagt', 'sakBesluttet', 'sakAvsluttet', 'sakHevet'] as const;
export type Saksstatus = (typeof SAKSSTATUSER)[number];

/** What a test reference's answer holds: the StatusPaaSak lists the test tab names. */
export type Innhold = 'kravISak' | 'saksoeker' | 'saksoekt' | 'beslutningsinformasjon';
export type Beslutningsart = 'besluttetIntetTilUtlegg' | 'besluttetInntredenIUtleggstrekk' | 'besluttetUtleggstrekk' | 'besluttetUtleggspant';

const INNHOLD: readonly Innhold[] = ['kravISak', 'saksoeker', 'saksoekt', 'beslutningsinformasjon'];
const BESLUTNINGER: readonly Beslutningsart[] = ['besluttetIntetTilUtlegg', 'besluttetInntredenIUtleggstrekk', 'besluttetUtleggstrekk', 'besluttetUtleggspant'];

export type Testsak =
  | { eksternSaksreferanse: string; status: 200; saksstatus: Saksstatus; innhold: Innhold[]; beslutninger: Beslutningsart[]; beskrivelse: string }
  | { eksternSaksreferanse: string; status: 404; beskrivelse: string };

let lest: { file: string; data: readonly Testsak[] } | undefined;

function les(fil: string): readonly Testsak[] {
  const vis = displayPath(fil);
  const liste = (readDataFile(fil) as { testsaker?: unknown } | null)?.testsaker;
  if (!Array.isArray(liste) || liste.length === 0) throw new SpecError(vis, '/testsaker', 'must be a non-empty array');
  const sett = new Set<string>();
  return Object.freeze(liste.map((rad: any, i): Testsak => {
    const at = `/testsaker/${i}`;
    const ref = rad?.eksternSaksreferanse;
    if (typeof ref !== 'string' || ref === '') throw new SpecError(vis, `${at}/eksternSaksreferanse`, 'must be a non-empty string');
    if (sett.has(ref)) throw new SpecError(vis, `${at}/eksternSaksreferanse`, `repeats ${ref}`);
    sett.add(ref);
    const beskrivelse = typeof rad.beskrivelse === 'string' ? rad.beskrivelse : '';
    if (rad.status === 404) return { eksternSaksreferanse: ref, status: 404, beskrivelse };
    if (rad.status !== 200) throw new SpecError(vis, `${at}/status`, 'must be 200 or 404');
    if (!SAKSSTATUSER.includes(rad.saksstatus)) throw new SpecError(vis, `${at}/saksstatus`, `must be one of ${SAKSSTATUSER.join(', ')}`);
    const delliste = <T extends string>(felt: string, lov: readonly T[]): T[] => {
      const v = rad[felt] ?? [];
      if (!Array.isArray(v) || v.some((x) => !lov.includes(x))) throw new SpecError(vis, `${at}/${felt}`, `must be an array of ${lov.join(', ')}`);
      return v as T[];
    };
    return { eksternSaksreferanse: ref, status: 200, saksstatus: rad.saksstatus, innhold: delliste('innhold', INNHOLD), beslutninger: delliste('beslutninger', BESLUTNINGER), beskrivelse };
  }));
}

/**
 * The test references of Status på sak (specs/data/status-paa-sak-testsaker.json): the sandbox answers
 * them, the suite checks them. Read once per specs folder; a malformed file fails naming the file and field.
 */
export function statusPaaSakTestsaker(): readonly Testsak[] {
  const fil = specPath('data', 'status-paa-sak-testsaker.json');
  if (lest?.file !== fil) lest = { file: fil, data: les(fil) };
  return lest.data;
}

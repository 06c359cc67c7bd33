import { existsSync } from 'node:fs';
import { SpecError } from './errors.ts';
import { displayPath, readDataFile, specPath } from './files.ts';
import type { ApiName } from './versions.ts';

export const ENDRINGER = ['omdøpt', 'flyttet', 'fjernet', 'endret type', 'kodeverdier'] as const;
export type Endring = (typeof ENDRINGER)[number];

/**
 * One change between two versions. `fra` and `til` are JSON-pointer patterns: `*` is one segment (an
 * array index), `**` any number of segments, and `til` has the same wildcards in the same order.
 */
export interface Migreringspunkt {
  fra: string;
  /** Absent when the field is gone (`fjernet`) or only its code values changed (`kodeverdier`). */
  til?: string;
  endring: Endring;
  kilde: string;
  merknad?: string;
  /** For `kodeverdier`: old value → new value(s), or null when the value is gone with no replacement. */
  verdier?: Readonly<Record<string, string | readonly string[] | null>>;
}

export interface Migrasjon {
  file: string;
  api: ApiName;
  fra: string;
  til: string;
  datamodell?: { fra?: string; til?: string };
  endringer: readonly Migreringspunkt[];
}

const cache = new Map<string, Migrasjon | null>();

function wildcards(pattern: string): string[] {
  return pattern.split('/').slice(1).filter((s) => s === '*' || s === '**');
}

function checkPointer(file: string, at: string, value: unknown): asserts value is string {
  if (typeof value !== 'string' || !/^(\/[^/]+)+$/.test(value)) {
    throw new SpecError(file, at, 'must be a JSON pointer such as /kravTilInnkreving/*/kravreferanse');
  }
}

function checkVerdier(file: string, at: string, verdier: unknown): void {
  if (!verdier || typeof verdier !== 'object' || Array.isArray(verdier) || Object.keys(verdier).length === 0) {
    throw new SpecError(file, at, 'must map each old code value to its new value, a list of them, or null');
  }
  for (const [gammel, ny] of Object.entries(verdier)) {
    const ok = ny === null || (typeof ny === 'string' && ny !== '') || (Array.isArray(ny) && ny.length > 0 && ny.every((v) => typeof v === 'string' && v !== ''));
    if (!ok) throw new SpecError(file, `${at}/${gammel.replace(/~/g, '~0').replace(/\//g, '~1')}`, 'must be a code value, a list of them, or null');
  }
}

function checkPunkt(file: string, at: string, p: any): Migreringspunkt {
  if (!p || typeof p !== 'object') throw new SpecError(file, at, 'must be an object with fra, endring and kilde');
  checkPointer(file, `${at}/fra`, p.fra);
  if (!(ENDRINGER as readonly string[]).includes(p.endring)) throw new SpecError(file, `${at}/endring`, `must be one of ${ENDRINGER.join(', ')}`);
  if (typeof p.kilde !== 'string' || p.kilde === '') throw new SpecError(file, `${at}/kilde`, 'must name where the change comes from');
  if (p.merknad !== undefined && (typeof p.merknad !== 'string' || p.merknad === '')) throw new SpecError(file, `${at}/merknad`, 'must be a non-empty string');
  const trengerTil = p.endring === 'omdøpt' || p.endring === 'flyttet' || p.endring === 'endret type';
  if (trengerTil) {
    checkPointer(file, `${at}/til`, p.til);
    if (wildcards(p.til).join('/') !== wildcards(p.fra).join('/')) throw new SpecError(file, `${at}/til`, `must have the same wildcards as fra (${p.fra}), in the same order`);
  } else if (p.til !== undefined) {
    throw new SpecError(file, `${at}/til`, `must be left out when endring is "${p.endring}"`);
  }
  if (p.endring === 'kodeverdier') checkVerdier(file, `${at}/verdier`, p.verdier);
  else if (p.verdier !== undefined) throw new SpecError(file, `${at}/verdier`, 'is only for endring "kodeverdier"');
  return p as Migreringspunkt;
}

function load(full: string, api: ApiName, fra: string, til: string): Migrasjon {
  const file = displayPath(full);
  const data = readDataFile(full) as any;
  for (const [key, expected] of [['api', api], ['fra', fra], ['til', til]] as const) {
    if (data?.[key] !== expected) throw new SpecError(file, `/${key}`, `must be "${expected}", as the file name says`);
  }
  if (!Array.isArray(data.endringer)) throw new SpecError(file, '/endringer', 'must be an array of changes');
  const seen = new Map<string, number>();
  const endringer = data.endringer.map((p: unknown, i: number) => {
    const punkt = checkPunkt(file, `/endringer/${i}`, p);
    const first = seen.get(punkt.fra);
    if (first !== undefined) throw new SpecError(file, `/endringer/${i}/fra`, `"${punkt.fra}" is already described at /endringer/${first}`);
    seen.set(punkt.fra, i);
    return Object.freeze(punkt);
  });
  return Object.freeze({ file, api, fra, til, datamodell: data.datamodell, endringer: Object.freeze(endringer) });
}

/**
 * The changes a payload of version `fra` needs to become version `til`, from
 * specs/migrations/<api>-<fra>-<til>.json; undefined when there is no such file.
 */
export function migrasjon(api: ApiName, fra: string, til: string): Migrasjon | undefined {
  const full = specPath('migrations', `${api}-${fra}-${til}.json`);
  if (!cache.has(full)) cache.set(full, existsSync(full) ? load(full, api, fra, til) : null);
  return cache.get(full) ?? undefined;
}

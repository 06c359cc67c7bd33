import { loadSpec } from '../../src/spec/document.ts';
import type { ApiName } from '../../src/spec/versions.ts';

/** The general error body (`Feil`) as far as the suite reads it. */
export interface Feil {
  kode?: string;
  melding?: string;
  detaljer?: Array<{ felt?: string; melding?: string }>;
}

/**
 * Whether an error body points at a field or parameter: by a `detaljer` entry for it (the project's
 * extension) or, for servers without details, by naming it in `melding`.
 */
export function navngirFelt(body: unknown, felt: string): boolean {
  const feil = (body ?? {}) as Feil;
  if (Array.isArray(feil.detaljer) && feil.detaljer.some((d) => d?.felt === felt || d?.felt === `/${felt}`)) return true;
  return typeof feil.melding === 'string' && feil.melding.includes(felt);
}

export function kodeAv(body: unknown): string | undefined {
  const kode = (body as Feil | undefined)?.kode;
  return typeof kode === 'string' ? kode : undefined;
}

/** Where an API lives and what it documents for a path it does not know (`x-ukjent-sti`). */
export function ukjentSti(api: ApiName): { basePath: string; status: number; kode: string } {
  const spec = loadSpec(api);
  const doc = spec.doc['x-ukjent-sti'] as { status?: number; kode?: string } | undefined;
  if (!doc?.status || !doc.kode) throw new Error(`${spec.file}: x-ukjent-sti must give status and kode`);
  return { basePath: spec.basePath, status: doc.status, kode: doc.kode };
}

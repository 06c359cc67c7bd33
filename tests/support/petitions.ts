import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { UtleggsbegjaeringClient } from '../../src/clients/apis.ts';
import type { Environment } from '../../src/config/environment.ts';
import type { ApiResponse } from '../../src/http/exchange.ts';
import type { Utleggsbegjaering, Vedlegg } from '../../src/model/utleggsbegjaering.ts';
import { readDataFile } from '../../src/spec/files.ts';
import { apiVersion } from '../../src/spec/versions.ts';

/** An official example request of the run's Utleggsbegjæring version (specs/examples/...). */
export function example(name: 'enkel' | 'kompleks'): Utleggsbegjaering {
  const dir = apiVersion('utleggsbegjaering').examples;
  if (!dir) throw new Error('specs/versions.json names no example folder for utleggsbegjaering');
  return readDataFile(join(dir, `${name}.json`)) as Utleggsbegjaering;
}

/** Makes a petition the environment's supplier may send more than once: its own org as innsender, a fresh reference. */
export function forSupplier<T extends Utleggsbegjaering>(petition: T, env: Environment): T {
  const copy = structuredClone(petition);
  copy.innsenderReferanse = `ic-${randomUUID()}`;
  const ident = copy.innsender?.innsender?.virksomhet?.identifikator;
  if (ident && env.supplierOrg) ident.verdi = env.supplierOrg;
  return copy;
}

function* vedleggIn(node: unknown): Generator<Vedlegg> {
  if (Array.isArray(node)) for (const n of node) yield* vedleggIn(n);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.type === 'string' && typeof o.filnavn === 'string' && 'uuid' in o) yield o as unknown as Vedlegg;
    else for (const v of Object.values(o)) yield* vedleggIn(v);
  }
}

/** A tiny synthetic PDF: attachments must contain only synthetic test data. */
export function syntheticPdf(title: string): Uint8Array {
  return new TextEncoder().encode(`%PDF-1.4\n% innkreving-conformance synthetic attachment: ${title}\n%%EOF\n`);
}

/**
 * Uploads one attachment per distinct uuid the petition references and points the references at the
 * new uuids: the real flow, which works against any environment (the sandbox's preloaded uuids are a
 * convenience, not something a test relies on).
 */
export async function withUploadedAttachments(client: UtleggsbegjaeringClient, petition: Utleggsbegjaering, check?: (r: ApiResponse) => Promise<void>): Promise<Utleggsbegjaering> {
  const copy = structuredClone(petition);
  const mapping = new Map<string, string>();
  for (const ref of vedleggIn(copy)) {
    const old = ref.uuid ?? '';
    if (!mapping.has(old)) {
      const res = await client.lastOppVedlegg(ref.filnavn, copy.innsenderReferanse ?? '', syntheticPdf(ref.filnavn));
      await check?.(res);
      const uuid = (res.body as { uuid?: string } | undefined)?.uuid;
      if (res.status !== 201 || !uuid) throw new Error(`lastOppVedlegg answered ${res.status} for ${ref.filnavn}: ${res.text.slice(0, 300)}`);
      mapping.set(old, uuid);
    }
    ref.uuid = mapping.get(old);
  }
  return copy;
}

/** The rule codes of a 422 answer, in the order the server listed them. */
export function kontrollkoder(res: ApiResponse): string[] {
  const body = res.body as { kontrollutslag?: { kode: string }[] } | undefined;
  return (body?.kontrollutslag ?? []).map((k) => k.kode);
}

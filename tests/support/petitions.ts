import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { UtleggsbegjaeringClient } from '../../src/clients/apis.ts';
import type { Environment } from '../../src/config/environment.ts';
import type { ApiResponse } from '../../src/http/exchange.ts';
import type { Utleggsbegjaering as Utleggsbegjaering09, Vedlegg } from '../../src/model/utleggsbegjaering.ts';
import type { Utleggsbegjaering as Utleggsbegjaering21 } from '../../src/model/utleggsbegjaering-v2.ts';
import { readDataFile, specsDir } from '../../src/spec/files.ts';

/** A petition in any version's data model; the suite only touches what every model has. */
export type Utleggsbegjaering = Utleggsbegjaering09 | Utleggsbegjaering21;

export interface Eksempel {
  /** The file's name without .json, e.g. "enkel" or "offisiell-1.1-til-2.1". */
  navn: string;
  fil: string;
  /** Published by Skatteetaten (as opposed to written by this project). */
  offisiell: boolean;
  body: Utleggsbegjaering;
}

interface ExampleEntry { file: string; api: string; version: string; operationId: string; kind: string; offisiell?: boolean; gyldig?: boolean }

/**
 * The example petitions of a version (specs/examples/index.json): requests for sendInnUtleggsbegjaering
 * that the version accepts. An example kept only to show what a later model changed (`gyldig: false`)
 * is left out.
 */
export function eksempler(versjon: string): Eksempel[] {
  const index = readDataFile(join(specsDir(), 'examples', 'index.json')) as ExampleEntry[];
  const found = index
    .filter((e) => e.api === 'utleggsbegjaering' && e.version === versjon && e.kind === 'request' && e.operationId === 'sendInnUtleggsbegjaering' && e.gyldig !== false)
    .map((e) => ({
      navn: e.file.split('/').pop()!.replace(/\.json$/, ''),
      fil: e.file,
      offisiell: e.offisiell === true,
      body: readDataFile(join(specsDir(), 'examples', e.file)) as Utleggsbegjaering,
    }));
  if (found.length === 0) throw new Error(`specs/examples/index.json lists no valid sendInnUtleggsbegjaering example of utleggsbegjaering ${versjon}`);
  return found;
}

/** The version's first example: the valid petition a test starts from when it only needs one. */
export function grunneksempel(versjon: string): Utleggsbegjaering {
  return structuredClone(eksempler(versjon)[0].body);
}

/** Makes a petition the environment's supplier may send more than once: its own org as innsender, a fresh reference. */
export function forSupplier<T extends Utleggsbegjaering>(petition: T, env: Environment): T {
  const copy = structuredClone(petition);
  copy.innsenderReferanse = `ic-${randomUUID()}`;
  // Every model names the innsender's organisation number differently; set whichever field it has.
  const ident = copy.innsender?.innsender?.virksomhet?.identifikator as Record<string, unknown> | undefined;
  if (ident && env.supplierOrg) ident['taxIdentificationNumber' in ident ? 'taxIdentificationNumber' : 'verdi'] = env.supplierOrg;
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

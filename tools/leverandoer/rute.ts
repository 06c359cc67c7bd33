import { createRouter, type Router, type RouterOperation } from '../../sandbox/http/router.ts';
import { loadSpec, type OperationInfo, type SpecDocument } from '../../src/spec/document.ts';
import { API_NAMES, listVersions } from '../../src/spec/versions.ts';

export type Ruting =
  | { type: 'operasjon'; spec: SpecDocument; op: OperationInfo; params: Record<string, string> }
  /** Under an API's base path, but no documented path matches. */
  | { type: 'ukjentSti'; spec: SpecDocument }
  /** A documented path, another method. */
  | { type: 'feilMetode'; spec: SpecDocument; tillatt: string[] }
  /** Under no API's base path at all. */
  | { type: 'utenforApi' }
  /** A path whose percent-encoding does not decode. */
  | { type: 'ugyldigSti'; spec: SpecDocument };

interface Tabell {
  spec: SpecDocument;
  router: Router<RouterOperation & { info: OperationInfo }>;
}

let tabeller: Tabell[] | undefined;

/**
 * Every version of every API, each with the sandbox's own router (the most literal path wins, a known
 * path with another method is told apart), longest base path first so a nested one wins.
 */
function alle(): Tabell[] {
  if (tabeller) return tabeller;
  const out: Tabell[] = [];
  for (const api of API_NAMES) {
    for (const versjon of listVersions(api)) {
      const spec = loadSpec(api, versjon);
      const ops = [...spec.operations.values()].map((info) => ({ operationId: info.operationId, path: info.path, method: info.method.toLowerCase(), info }));
      out.push({ spec, router: createRouter(spec.basePath, ops) });
    }
  }
  out.sort((a, b) => b.spec.basePath.length - a.spec.basePath.length);
  return (tabeller = out);
}

/** The documented operation a request calls, judged from its method and path alone. */
export function finnOperasjon(metode: string, sti: string): Ruting {
  for (const { spec, router } of alle()) {
    const base = spec.basePath;
    if (sti !== base && !sti.startsWith(`${base}/`)) continue;
    let r;
    try {
      r = router.route(metode, sti);
    } catch (err) {
      if (err instanceof URIError) return { type: 'ugyldigSti', spec };
      throw err;
    }
    if (r.kind === 'found') return { type: 'operasjon', spec, op: r.route.op.info, params: r.params };
    if (r.kind === 'methodNotAllowed') return { type: 'feilMetode', spec, tillatt: r.allowed.map((m) => m.toUpperCase()) };
    return { type: 'ukjentSti', spec };
  }
  return { type: 'utenforApi' };
}

/** The documents the judges read, for the session header: a summary names exactly what it judged against. */
export function brukteSpesifikasjoner(): { api: string; versjon: string; fil: string; sha256: string }[] {
  return alle().map(({ spec }) => ({ api: spec.api, versjon: spec.version, fil: spec.file, sha256: spec.sha256 })).sort((a, b) => a.api.localeCompare(b.api) || a.versjon.localeCompare(b.versjon));
}

import { loadSpec, type OperationInfo } from '../../src/spec/document.ts';
import type { ApiName } from '../../src/spec/versions.ts';
import { expect, test } from '../fixtures/index.ts';
import { kodeAv } from './feil.ts';

const ANDRE_METODER = ['DELETE', 'PATCH', 'PUT', 'POST', 'GET'];

/** A path of the document with each parameter filled from its example (the ids the sandbox knows), else a placeholder. */
function fyltSti(op: OperationInfo): string {
  return op.fullPath.replace(/\{([^}]+)\}/g, (_m, name: string) => {
    const p = op.parameters.find((x) => x.in === 'path' && x.name === name);
    const eksempel = p?.example ?? Object.values<{ value?: unknown }>(p?.examples ?? {})[0]?.value;
    return encodeURIComponent(String(eksempel ?? 'x'));
  });
}

/**
 * For every path of an API's document: a method the path does not have answers as the document's
 * `x-ukjent-metode` says (status, code, the error body), and its Allow names exactly the path's methods,
 * so a client that got the method wrong learns the right one (RFC 9110 § 15.5.6).
 */
export function defineMetodeTests(api: ApiName, version?: string, tag: string[] = [`@${api}`]): void {
  const spec = loadSpec(api, version);
  const declared = spec.doc['x-ukjent-metode'] as { status?: number; kode?: string } | undefined;
  const perSti = new Map<string, OperationInfo[]>();
  for (const op of spec.operations.values()) perSti.set(op.fullPath, [...(perSti.get(op.fullPath) ?? []), op]);
  test.describe(`${spec.api} wrong methods`, () => {
    for (const [sti, ops] of perSti) {
      const metoder = ops.map((o) => o.method.toUpperCase());
      const feil = ANDRE_METODER.find((m) => !metoder.includes(m))!;
      test(`${feil} ${sti} answers ${declared?.status ?? 405} ${declared?.kode ?? ''} with Allow: ${[...metoder].sort().join(', ')}`, { tag: [...tag, '@full'] }, async ({ http, token }) => {
        test.skip(!declared?.status, `${spec.file} declares no x-ukjent-metode`);
        if (declared?.kode) test.info().annotations.push({ type: 'feilkode', description: declared.kode });
        const res = await http.send({ method: feil, path: fyltSti(ops[0]), operationId: ops[0].operationId, token: await token(api) });
        res.api = spec.api;
        res.version = spec.version;
        // The answer belongs to the path, so it is each of the path's operations' documented answer to a wrong method.
        for (const op of ops) await expect({ ...res, operationId: op.operationId }).toMatchContract(op.operationId, declared!.status);
        if (declared?.kode) expect(kodeAv(res.body)).toBe(declared.kode);
        const allow = (res.headers.allow ?? '').split(',').map((m) => m.trim().toUpperCase()).filter(Boolean).sort();
        expect(allow, 'Allow names the methods the path has').toEqual([...metoder].sort());
      });
    }
  });
}

import { loadDasKoder, loadKravOgBetalingerKoder, loadRegelkatalog } from '../../src/spec/catalog.ts';
import { loadSpec } from '../../src/spec/document.ts';
import { API_NAMES, type ApiName } from '../../src/spec/versions.ts';
import type { Dekningsgrunnlag, Spesifikasjon } from './types.ts';

/**
 * What the run is measured against, read from specs/: every documented operation and status of the
 * versions the run used (from its metadata, so a merge job reports the shards' versions), the rule
 * catalog and the error codes.
 */
export function loadGrunnlag(brukte: Spesifikasjon[], advarsler: string[] = []): Dekningsgrunnlag {
  const versjonAv = (api: ApiName) => brukte.find((s) => s.api === api)?.versjon;
  const apier = API_NAMES.map((api) => {
    const spec = loadSpec(api, versjonAv(api));
    const brukt = brukte.find((s) => s.api === api);
    if (brukt && brukt.sha256 !== spec.sha256) {
      advarsler.push(`${spec.file} har endret seg etter kjøringen (sha256 ${spec.sha256.slice(0, 12)}…, kjøringen brukte ${brukt.sha256.slice(0, 12)}…); dekningsmatrisen bygger på filen slik den er nå.`);
    }
    return {
      api,
      versjon: spec.version,
      operasjoner: [...spec.operations.values()].map((op) => ({
        operationId: op.operationId,
        metode: op.method,
        sti: op.fullPath,
        statuser: Object.keys(op.responses).sort(),
      })),
    };
  });
  const katalog = loadRegelkatalog(versjonAv('utleggsbegjaering'));
  const feilkoder = [
    ...loadKravOgBetalingerKoder().map((k) => ({ katalog: 'kravogbetalinger', kode: k.kode, status: k.status, betydning: k.betydning })),
    ...loadDasKoder().map((k) => ({ katalog: 'das', kode: k.kode, status: k.status, betydning: k.betydning })),
  ];
  return { apier, regler: katalog.regler.map((r) => ({ kode: r.kode, tittel: r.tittel })), feilkoder };
}

import { loadDasKoder, loadKravOgBetalingerKoder, loadRegelkatalog } from '../src/spec/catalog.ts';
import { documentedStatuses, loadSpec } from '../src/spec/document.ts';
import { API_NAMES, apiVersion, defaultVersion, listVersions, type ApiName } from '../src/spec/versions.ts';
import { diffKataloger } from '../tools/catalog/diff.ts';
import { tekster, type Tekster } from './tekster.ts';
import type { Dekningsgrunnlag, Spesifikasjon } from './types.ts';

const UB: ApiName = 'utleggsbegjaering';

function reason(err: unknown): string {
  return String((err as Error)?.message ?? err);
}

/** A version's data model as specs/versions.json names it; null when it names none, or the version is not listed (a merged shard of another checkout). */
export function datamodellAv(api: string, versjon: string): string | null {
  try {
    return apiVersion(api as ApiName, versjon).datamodell || null;
  } catch {
    return null;
  }
}

/** The operation's `summary` in its document: what it does, in words. */
function operasjonsnavn(doc: unknown, path: string, method: string): string | null {
  const op = (doc as { paths?: Record<string, Record<string, { summary?: unknown }>> })?.paths?.[path]?.[method.toLowerCase()];
  return typeof op?.summary === 'string' && op.summary.trim() ? op.summary.trim() : null;
}

/** Manifest order, so "consecutive" means what specs/versions.json says; versions it does not list go last. */
function inManifestOrder(api: ApiName, versjoner: string[]): string[] {
  let kjente: string[] = [];
  try {
    kjente = listVersions(api);
  } catch {
    // An unreadable manifest is reported where the documents are loaded.
  }
  const plass = (v: string) => (kjente.includes(v) ? kjente.indexOf(v) : kjente.length);
  return [...new Set(versjoner)].sort((a, b) => plass(a) - plass(b) || a.localeCompare(b, 'nb', { numeric: true }));
}

/**
 * The (api, version) pairs the run covered: the metadata's entries, and for an API it does not name
 * (results from before versions were listed), the API's default version.
 */
function dekkedeVersjoner(brukte: Spesifikasjon[], advarsler: string[], t: Tekster): Map<ApiName, string[]> {
  const dekket = new Map<ApiName, string[]>();
  for (const s of brukte) {
    if (typeof s?.api !== 'string' || typeof s?.versjon !== 'string' || !s.versjon) continue;
    if (!(API_NAMES as readonly string[]).includes(s.api)) {
      advarsler.push(t.advarsel.ukjentApi(s.api));
      continue;
    }
    const api = s.api as ApiName;
    dekket.set(api, [...(dekket.get(api) ?? []), s.versjon]);
  }
  for (const api of API_NAMES) {
    const versjoner = dekket.get(api);
    dekket.set(api, versjoner?.length ? inManifestOrder(api, versjoner) : [defaultVersion(api)]);
  }
  return dekket;
}

/**
 * What the run is measured against, read from specs/: every documented operation and status of every
 * (api, version) the run covered (from its metadata, so a merge job reports the shards' versions), the
 * rule catalog of every Utleggsbegjæring version it covered and the changes between them, and the
 * error codes. A document or catalog that cannot be read is left out with a warning rather than guessed.
 */
export function loadGrunnlag(brukte: Spesifikasjon[], advarsler: string[] = [], t: Tekster = tekster()): Dekningsgrunnlag {
  const dekket = dekkedeVersjoner(brukte, advarsler, t);
  const apier: Dekningsgrunnlag['apier'] = [];
  for (const api of API_NAMES) {
    for (const versjon of dekket.get(api)!) {
      let spec;
      try {
        spec = loadSpec(api, versjon);
      } catch (err) {
        advarsler.push(t.advarsel.dokumentMangler(api, versjon, reason(err)));
        continue;
      }
      const brukt = brukte.find((s) => s.api === api && s.versjon === versjon);
      if (brukt && brukt.sha256 !== spec.sha256) {
        advarsler.push(t.advarsel.dokumentEndret(api, versjon, spec.sha256.slice(0, 12), brukt.sha256.slice(0, 12)));
      }
      apier.push({
        api,
        versjon: spec.version,
        datamodell: datamodellAv(api, spec.version),
        operasjoner: [...spec.operations.values()].map((op) => ({
          operationId: op.operationId,
          navn: operasjonsnavn(spec.doc, op.path, op.method),
          metode: op.method,
          sti: op.fullPath,
          statuser: documentedStatuses(spec, op),
        })),
      });
    }
  }

  const regelkataloger: Dekningsgrunnlag['regelkataloger'] = [];
  for (const versjon of dekket.get(UB)!) {
    try {
      const katalog = loadRegelkatalog(versjon);
      regelkataloger.push({
        versjon: katalog.versjon,
        datamodell: datamodellAv(UB, katalog.versjon),
        fil: katalog.file,
        regler: katalog.regler.map((r) => ({ kode: r.kode, tittel: r.tittel, beskrivelse: r.beskrivelse ?? '', avvikstekst: r.avvikstekst, gjelderKunEndringer: r.gjelderKunEndringer })),
      });
    } catch (err) {
      advarsler.push(t.advarsel.katalogMangler(versjon, reason(err)));
    }
  }
  // The summary names added and removed codes by code and title; their texts are in the catalogs.
  const endringer = regelkataloger.slice(1).map((til, i) => {
    const diff = diffKataloger(regelkataloger[i], til);
    return { ...diff, lagtTil: diff.lagtTil.map(({ kode, tittel }) => ({ kode, tittel })), fjernet: diff.fjernet.map(({ kode, tittel }) => ({ kode, tittel })) };
  });

  const standard: Dekningsgrunnlag['standard'] = { versjoner: {}, apiForOperasjon: {} };
  for (const api of API_NAMES) {
    standard.versjoner[api] = defaultVersion(api);
    try {
      for (const id of loadSpec(api, defaultVersion(api)).operations.keys()) standard.apiForOperasjon[id] ??= api;
    } catch {
      // Only annotations without api@version need this map; the model warns about any it cannot place.
    }
  }

  const feilkoder = [
    ...loadKravOgBetalingerKoder().map((k) => ({ katalog: 'kravogbetalinger', kode: k.kode, status: k.status, betydning: k.betydning })),
    ...loadDasKoder().map((k) => ({ katalog: 'das', kode: k.kode, status: k.status, betydning: k.betydning })),
  ];
  return { apier, regelkataloger, katalogendringer: endringer, feilkoder, standard };
}

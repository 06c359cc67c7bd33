import { loadDasKoder, loadKravOgBetalingerKoder, loadRegelkatalog } from '../../src/spec/catalog.ts';
import { loadSpec } from '../../src/spec/document.ts';
import { API_NAMES, apiVersion, defaultVersion, listVersions, type ApiName } from '../../src/spec/versions.ts';
import { diffKataloger } from '../../tools/catalog/diff.ts';
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
function dekkedeVersjoner(brukte: Spesifikasjon[], advarsler: string[]): Map<ApiName, string[]> {
  const dekket = new Map<ApiName, string[]>();
  for (const s of brukte) {
    if (typeof s?.api !== 'string' || typeof s?.versjon !== 'string' || !s.versjon) continue;
    if (!(API_NAMES as readonly string[]).includes(s.api)) {
      advarsler.push(`Playwright-metadata nevner API-et "${s.api}", som prosjektet ikke kjenner; det er ikke med i oppsummeringen.`);
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
export function loadGrunnlag(brukte: Spesifikasjon[], advarsler: string[] = []): Dekningsgrunnlag {
  const dekket = dekkedeVersjoner(brukte, advarsler);
  const apier: Dekningsgrunnlag['apier'] = [];
  for (const api of API_NAMES) {
    for (const versjon of dekket.get(api)!) {
      let spec;
      try {
        spec = loadSpec(api, versjon);
      } catch (err) {
        advarsler.push(`Dokumentet for ${api} ${versjon} kunne ikke leses (${reason(err)}); dekningsmatrisen for versjonen mangler.`);
        continue;
      }
      const brukt = brukte.find((s) => s.api === api && s.versjon === versjon);
      if (brukt && brukt.sha256 !== spec.sha256) {
        advarsler.push(`${spec.file} har endret seg etter kjøringen (sha256 ${spec.sha256.slice(0, 12)}…, kjøringen brukte ${brukt.sha256.slice(0, 12)}…); dekningsmatrisen bygger på filen slik den er nå.`);
      }
      apier.push({
        api,
        versjon: spec.version,
        datamodell: datamodellAv(api, spec.version),
        operasjoner: [...spec.operations.values()].map((op) => ({
          operationId: op.operationId,
          metode: op.method,
          sti: op.fullPath,
          statuser: Object.keys(op.responses).sort(),
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
      advarsler.push(`Regelkatalogen for ${UB} ${versjon} kunne ikke leses (${reason(err)}); regelkodene for versjonen mangler.`);
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

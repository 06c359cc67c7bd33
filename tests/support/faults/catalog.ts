import { randomUUID } from 'node:crypto';
import { defaultVersion } from '../../../src/spec/versions.ts';
import type { Feil, Foresporsel, Svar } from './types.ts';

/**
 * The catalogue of server faults for mutation testing of our own suite (npm run mutation). Each is a
 * plausible bug of a real server; the proxy injects one in front of a correct sandbox and the suite must
 * notice it. A fault that survives is either a gap in the suite or a fault the contracts cannot see;
 * bench/mutation.ts prints the score and the survivors.
 */

const UB_VERSION = defaultVersion('utleggsbegjaering');
const UB = `/api/utleggsbegjaering/${UB_VERSION}`;
const TP = '/api/trekkpaalegg/v1';
const KB = '/api/innkreving/kravogbetalinger/v1';
const UB_PROJECT = ['--project', `utleggsbegjaering-${UB_VERSION}`];
const TP_PROJECT = ['--project', 'trekkpaalegg-v1'];
const KB_PROJECT = ['--project', 'kravogbetalinger-v1'];
const BK = '/api/utleggsbegjaering-betjeningskartet/v1';
const SPS = '/api/utleggsbegjaering-status-paa-sak/v1';

const er = (req: Foresporsel, method: string, path: RegExp) => req.method === method && path.test(req.url.pathname);
const koder = (svar: Svar): string[] => (Array.isArray(svar.json?.kontrollutslag) ? svar.json.kontrollutslag.map((k: { kode: string }) => k.kode) : []);

/** A receipt as a server that skipped a rule would give it: a 201 for a petition it should have refused. */
function falskKvittering(req: Foresporsel, svar: Svar): void {
  let innsenderReferanse: unknown;
  try {
    innsenderReferanse = JSON.parse(req.body?.toString('utf8') ?? '{}').innsenderReferanse;
  } catch {
    // not JSON: no reference to echo
  }
  const begjaeringId = randomUUID();
  svar.status = 201;
  svar.json = { begjaeringId, status: 'mottatt', mottatt: new Date().toISOString(), versjon: 1, ...(typeof innsenderReferanse === 'string' ? { innsenderReferanse } : {}) };
  svar.headers.location = `${UB}/utleggsbegjaering/${begjaeringId}`;
  svar.headers['content-type'] = 'application/json; charset=utf-8';
}

function medToken(req: Foresporsel, token: string): Foresporsel {
  return { ...req, headers: { ...req.headers, authorization: `Bearer ${token}` } };
}

export const FEILKATALOG: readonly Feil[] = [
  // --- rules and statuses of Utleggsbegjæring ---
  {
    id: 'wrong-status', kategori: 'status', beskrivelse: 'answers 200 instead of 201 to a successful submission',
    utvalg: ['tests/utleggsbegjaering/innsending.spec.ts', ...UB_PROJECT],
    etter: (req, svar) => { if (er(req, 'POST', /\/utleggsbegjaering$/) && svar.status === 201) svar.status = 200; },
  },
  {
    id: 'wrong-rule-code', kategori: 'regel', beskrivelse: 'renames the first rule code of every 422 answer',
    utvalg: ['tests/utleggsbegjaering/regler.spec.ts', '--grep', 'KRAV_IKKE_BENYTTET|UGYLDIG_KID', ...UB_PROJECT],
    etter: (_req, svar) => { if (svar.status === 422 && koder(svar).length) svar.json.kontrollutslag[0].kode += '_X'; },
  },
  {
    id: 'missing-rule-code', kategori: 'regel', beskrivelse: 'drops the last rule code of every 422 answer',
    utvalg: ['tests/utleggsbegjaering/regler.spec.ts', '--grep', 'KRAV_IKKE_BENYTTET|UGYLDIG_KID', ...UB_PROJECT],
    etter: (_req, svar) => {
      if (svar.status !== 422 || !koder(svar).length) return;
      svar.json.kontrollutslag.pop();
      if (svar.json.kontrollutslag.length === 0) svar.json.kontrollutslag.push({ kode: 'UKJENT', melding: 'ukjent' });
    },
  },
  {
    id: 'rule-not-enforced', kategori: 'regel', beskrivelse: 'does not enforce UGYLDIG_KID: a petition with a bad KID is accepted with 201',
    utvalg: ['tests/utleggsbegjaering/regler.spec.ts', '--grep', 'UGYLDIG_KID', ...UB_PROJECT],
    etter: (req, svar) => { if (er(req, 'POST', /\/utleggsbegjaering$/) && svar.status === 422 && koder(svar).join() === 'UGYLDIG_KID') falskKvittering(req, svar); },
  },
  {
    id: 'duplicate-not-detected', kategori: 'regel', beskrivelse: 'accepts the same petition twice (no DUPLIKAT_INNSENDING)',
    utvalg: ['tests/utleggsbegjaering/innsending.spec.ts', '--grep', 'twice', ...UB_PROJECT],
    etter: (req, svar) => { if (er(req, 'POST', /\/utleggsbegjaering$/) && svar.status === 422 && koder(svar).join() === 'DUPLIKAT_INNSENDING') falskKvittering(req, svar); },
  },
  {
    id: 'validate-submits', kategori: 'sideeffekt', beskrivelse: 'stores a petition sent to valider, as if it had been submitted',
    utvalg: ['tests/utleggsbegjaering/innsending.spec.ts', '--grep', 'valider', ...UB_PROJECT],
    etter: async (req, svar, v) => {
      if (er(req, 'POST', /\/utleggsbegjaering\/valider$/) && svar.status === 204) {
        await v.upstream({ ...req, url: new URL(req.url.href.replace(/\/valider$/, '')) });
      }
    },
  },
  // --- links and headers ---
  {
    id: 'location-elsewhere', kategori: 'lenke', beskrivelse: 'gives a submission\'s 201 a Location naming another submission',
    utvalg: ['tests/utleggsbegjaering/lenker.spec.ts', ...UB_PROJECT],
    etter: (req, svar) => { if (er(req, 'POST', /\/utleggsbegjaering$/) && svar.status === 201 && svar.headers.location) svar.headers.location = svar.headers.location.replace(/[^/]+$/, randomUUID()); },
  },
  {
    id: 'location-missing', kategori: 'header', beskrivelse: 'sends a submission\'s 201 without Location',
    utvalg: ['tests/utleggsbegjaering/lenker.spec.ts', ...UB_PROJECT],
    etter: (req, svar) => { if (er(req, 'POST', /\/utleggsbegjaering$/) && svar.status === 201) delete svar.headers.location; },
  },
  {
    id: 'upload-location-elsewhere', kategori: 'lenke', beskrivelse: 'gives an upload\'s 201 a Location naming another upload',
    utvalg: ['tests/utleggsbegjaering/lenker.spec.ts', ...UB_PROJECT],
    etter: (req, svar) => { if (er(req, 'POST', /\/vedlegg$/) && svar.status === 201 && svar.headers.location) svar.headers.location = svar.headers.location.replace(/[^/]+$/, randomUUID()); },
  },
  {
    id: 'korrelasjonsid-not-echoed', kategori: 'header', beskrivelse: 'answers with a Korrelasjonsid of its own instead of the caller\'s',
    utvalg: ['tests/trekkpaalegg/feed.spec.ts', ...TP_PROJECT],
    etter: (_req, svar) => { if (svar.headers.korrelasjonsid) svar.headers.korrelasjonsid = randomUUID(); },
  },
  {
    id: 'www-authenticate-missing', kategori: 'header', beskrivelse: 'answers 401 without WWW-Authenticate',
    utvalg: ['tests/trekkpaalegg/auth.spec.ts', '--grep-invert', 'waited out', ...TP_PROJECT],
    etter: (_req, svar) => { if (svar.status === 401) delete svar.headers['www-authenticate']; },
  },
  {
    id: 'allow-missing', kategori: 'header', beskrivelse: 'answers 405 without Allow',
    utvalg: ['tests/utleggsbegjaering/metoder.spec.ts', ...UB_PROJECT],
    etter: (_req, svar) => { if (svar.status === 405) delete svar.headers.allow; },
  },
  {
    id: 'wrong-method-as-unknown-path', kategori: 'status', beskrivelse: 'answers a wrong method on a known path as an unknown path (404)',
    utvalg: ['tests/trekkpaalegg/metoder.spec.ts', ...TP_PROJECT],
    etter: (_req, svar) => {
      if (svar.status !== 405) return;
      svar.status = 404;
      delete svar.headers.allow;
      if (svar.json) svar.json.kode = 'DAS-002';
    },
  },
  // --- authentication and authorisation ---
  {
    id: 'unauthorized-as-forbidden', kategori: 'tilgang', beskrivelse: 'answers 403 where the token is missing or invalid (401)',
    utvalg: ['tests/trekkpaalegg/auth.spec.ts', '--grep-invert', 'waited out', ...TP_PROJECT],
    etter: (_req, svar) => { if (svar.status === 401) svar.status = 403; },
  },
  {
    id: 'expired-token-accepted', kategori: 'tilgang', beskrivelse: 'serves requests whose token it should refuse with 401',
    utvalg: ['tests/trekkpaalegg/auth.spec.ts', '--grep-invert', 'waited out', ...TP_PROJECT],
    etter: async (req, svar, v) => {
      if (svar.status !== 401 || !req.url.pathname.startsWith('/api/')) return;
      Object.assign(svar, await v.upstream(medToken(req, await v.gyldigToken(req.url.pathname))));
    },
  },
  {
    id: 'scope-not-checked', kategori: 'tilgang', beskrivelse: 'serves a valid token issued for another API\'s scope',
    utvalg: ['tests/trekkpaalegg/auth.spec.ts', 'tests/utleggsbegjaering/auth.spec.ts', '--grep', 'scope', ...TP_PROJECT, ...UB_PROJECT],
    etter: async (req, svar, v) => {
      if (svar.status !== 403 || !req.url.pathname.startsWith('/api/')) return;
      Object.assign(svar, await v.upstream(medToken(req, await v.gyldigToken(req.url.pathname))));
    },
  },
  // --- records of other organisations ---
  {
    id: 'foreign-submission-visible', kategori: 'lekkasje', beskrivelse: 'shows a submission to an organisation other than the one that sent it',
    utvalg: ['tests/utleggsbegjaering/auth.spec.ts', '--grep', 'another organisation', ...UB_PROJECT],
    etter: async (req, svar, v) => {
      const id = /\/utleggsbegjaering\/([0-9a-f-]{36})$/.exec(req.url.pathname)?.[1];
      if (req.method === 'POST' && svar.status === 201 && typeof svar.json?.begjaeringId === 'string') v.minne.set(`eier:${svar.json.begjaeringId}`, req.headers.authorization);
      if (req.method === 'GET' && id && svar.status === 404 && v.minne.has(`eier:${id}`)) {
        Object.assign(svar, await v.upstream({ ...req, headers: { ...req.headers, authorization: v.minne.get(`eier:${id}`) as string } }));
      }
    },
  },
  {
    id: 'foreign-order-in-feed', kategori: 'lekkasje', beskrivelse: 'lists an order of another trekkpliktig in an employer\'s feed',
    utvalg: ['tests/trekkpaalegg/feed.spec.ts', ...TP_PROJECT],
    etter: (req, svar) => {
      if (er(req, 'GET', /\/api\/trekkpaalegg\/v1\/?$/) && Array.isArray(svar.json) && svar.json.length > 0) svar.json[0].trekkpliktig = '312345671';
    },
  },
  // --- reads with side effects, changes that do not show ---
  {
    id: 'read-bumps-version', kategori: 'sideeffekt', beskrivelse: 'counts a GET of a submission as a change (its version goes up on every read)',
    utvalg: ['tests/utleggsbegjaering/lenker.spec.ts', ...UB_PROJECT],
    etter: (req, svar, v) => {
      if (!er(req, 'GET', /\/utleggsbegjaering\/[0-9a-f-]{36}$/) || svar.status !== 200 || typeof svar.json?.versjon !== 'number') return;
      const key = `les:${req.url.pathname}`;
      const n = ((v.minne.get(key) as number | undefined) ?? 0) + 1;
      v.minne.set(key, n);
      svar.json.versjon += n;
    },
  },
  {
    id: 'change-not-visible', kategori: 'sideeffekt', beskrivelse: 'answers 200 to a change but keeps showing the first version',
    utvalg: ['tests/utleggsbegjaering/lenker.spec.ts', 'tests/utleggsbegjaering/endring.spec.ts', ...UB_PROJECT],
    etter: (req, svar) => { if (er(req, 'GET', /\/utleggsbegjaering\/[0-9a-f-]{36}$/) && svar.status === 200 && typeof svar.json?.versjon === 'number') svar.json.versjon = 1; },
  },
  {
    id: 'upload-fetch-other-file', kategori: 'lekkasje', beskrivelse: 'answers a fetch of an upload with another upload\'s file name',
    utvalg: ['tests/utleggsbegjaering/lenker.spec.ts', 'tests/utleggsbegjaering/vedlegg.spec.ts', ...UB_PROJECT],
    etter: (req, svar) => { if (er(req, 'GET', /\/vedlegg\/[^/]+$/) && svar.status === 200 && svar.json?.filnavn) svar.json.filnavn = `annen-${svar.json.filnavn}`; },
  },
  // --- the trekkpålegg feed ---
  {
    id: 'paging-skips', kategori: 'paging', beskrivelse: 'skips the first order of every page after the first',
    utvalg: ['tests/trekkpaalegg', ...TP_PROJECT],
    etter: (req, svar) => { if (er(req, 'GET', /\/api\/trekkpaalegg\/v1\/?$/) && Array.isArray(svar.json) && Number(req.url.searchParams.get('fraSekvensnummer') ?? 0) > 0) svar.json.shift(); },
  },
  {
    id: 'paging-inclusive', kategori: 'paging', beskrivelse: 'treats fraSekvensnummer as inclusive, so each page repeats the last order of the one before',
    utvalg: ['tests/trekkpaalegg', ...TP_PROJECT],
    foer: (req) => {
      const fra = Number(req.url.searchParams.get('fraSekvensnummer') ?? 0);
      if (er(req, 'GET', /\/api\/trekkpaalegg\/v1\/?$/) && fra > 0) req.url.searchParams.set('fraSekvensnummer', String(fra - 1));
    },
  },
  {
    id: 'schema-break', kategori: 'skjema', beskrivelse: 'leaves trekkid out of every Trekkpålegg in a list',
    utvalg: ['tests/trekkpaalegg', ...TP_PROJECT],
    etter: (req, svar) => { if (er(req, 'GET', /\/api\/trekkpaalegg\/v1\/?$/) && Array.isArray(svar.json)) for (const t of svar.json) delete t.trekkid; },
  },
  {
    id: 'version-is-latest', kategori: 'lekkasje', beskrivelse: 'answers a request for version n of an order with its latest version',
    utvalg: ['tests/trekkpaalegg/versjon.spec.ts', ...TP_PROJECT],
    etter: async (req, svar, v) => {
      const m = /\/api\/trekkpaalegg\/v1\/([^/]+)\/\d+$/.exec(req.url.pathname);
      if (req.method !== 'GET' || !m || svar.status !== 200) return;
      const liste = await v.upstream({ method: 'GET', url: new URL(`${TP}/`, req.url), headers: req.headers });
      const siste = (liste.json as { trekkid: string }[] | undefined)?.find((t) => t.trekkid === decodeURIComponent(m[1]));
      if (siste) svar.json = siste;
    },
  },
  {
    id: 'json-as-text', kategori: 'format', beskrivelse: 'labels its JSON answers text/plain',
    utvalg: ['tests/trekkpaalegg/feed.spec.ts', ...TP_PROJECT],
    etter: (req, svar) => { if (req.url.pathname.startsWith(TP) && svar.status === 200 && /json/.test(svar.headers['content-type'] ?? '')) svar.headers['content-type'] = 'text/plain; charset=utf-8'; },
  },
  // --- error bodies ---
  {
    id: 'bad-request-unnamed', kategori: 'format', beskrivelse: 'answers 400 without naming the field that is wrong',
    utvalg: ['tests/trekkpaalegg/feed.spec.ts', ...TP_PROJECT],
    etter: (_req, svar) => {
      if (svar.status !== 400 || !svar.json) return;
      delete svar.json.detaljer;
      svar.json.melding = 'Ugyldig forespørsel';
    },
  },
  {
    id: 'unknown-path-wrong-code', kategori: 'status', beskrivelse: 'answers an unknown path with the code of an internal error (DAS-001) instead of DAS-002',
    utvalg: ['tests/trekkpaalegg/versjon.spec.ts', '--grep', 'unknown path', ...TP_PROJECT],
    etter: (_req, svar) => { if (svar.status === 404 && svar.json?.kode === 'DAS-002') svar.json.kode = 'DAS-001'; },
  },
  // --- Krav og betalinger ---
  {
    id: 'kb-period-clamped', kategori: 'regel', beskrivelse: 'answers a period longer than a year with the first year instead of refusing it (KB-006)',
    utvalg: ['tests/kravogbetalinger/feilkoder.spec.ts', ...KB_PROJECT],
    foer: (req) => {
      const fra = req.url.searchParams.get('fraOgMed');
      const til = req.url.searchParams.get('tilOgMed');
      if (!req.url.pathname.startsWith(KB) || !fra || !til || Number.isNaN(Date.parse(fra)) || Number.isNaN(Date.parse(til))) return;
      const grense = new Date(Date.parse(fra) + 364 * 86_400_000).toISOString().slice(0, 10);
      if (til > grense && fra <= til) req.url.searchParams.set('tilOgMed', grense);
    },
  },
  {
    id: 'kb-xml-ignored', kategori: 'format', beskrivelse: 'answers JSON when the client asks for XML',
    utvalg: ['tests/kravogbetalinger/oppslag.spec.ts', ...KB_PROJECT],
    foer: (req) => { if (req.url.pathname.startsWith(KB) && /xml/.test(req.headers.accept ?? '')) req.headers.accept = 'application/json'; },
  },
  {
    id: 'kb-consent-as-unknown', kategori: 'tilgang', beskrivelse: 'answers a party without consent as an unknown party (404 KB-009), telling whether it exists',
    utvalg: ['tests/kravogbetalinger/auth.spec.ts', 'tests/kravogbetalinger/feilkoder.spec.ts', ...KB_PROJECT],
    etter: (_req, svar) => {
      if (svar.status === 403 && svar.json?.kode === 'KB-005') {
        svar.status = 404;
        svar.json.kode = 'KB-009';
      }
    },
  },
  {
    id: 'empty-upload-accepted', kategori: 'regel', beskrivelse: 'accepts an empty attachment',
    utvalg: ['tests/utleggsbegjaering/vedlegg.spec.ts', 'tests/utleggsbegjaering/syntaks.spec.ts', ...UB_PROJECT],
    etter: (req, svar) => {
      if (!er(req, 'POST', /\/vedlegg$/) || svar.status !== 400 || (req.body?.length ?? 0) > 0) return;
      const uuid = randomUUID();
      svar.status = 201;
      svar.json = { uuid, filnavn: req.url.searchParams.get('filnavn') ?? 'tom.pdf', status: 'lastetOpp', stoerrelse: 0, opprettet: new Date().toISOString() };
      svar.headers.location = `${UB}/vedlegg/${uuid}`;
      svar.headers['content-type'] = 'application/json; charset=utf-8';
    },
  },
  // --- the services around the petition ---
  {
    id: 'transition-ignored', kategori: 'regel', beskrivelse: 'answers every debtor in Betjeningskartet as on the new rules, the locked ones too',
    utvalg: ['tests/betjeningskartet/oppslag.spec.ts', '--project', 'betjeningskartet-v1'],
    etter: (req, svar) => {
      if (!req.url.pathname.startsWith(BK) || svar.status !== 200 || !svar.json) return;
      for (const r of [svar.json, ...(Array.isArray(svar.json.resultater) ? svar.json.resultater : [])]) {
        if (r && typeof r === 'object' && 'regelverk' in r) Object.assign(r, { regelverk: 'nytt', innsendingssystem: 'ELAN' });
      }
      if ('samletRegelverk' in svar.json) svar.json.samletRegelverk = 'nytt';
    },
  },
  {
    id: 'foreign-case-status-visible', kategori: 'lekkasje', beskrivelse: 'shows a case\'s status to an organisation other than the one that submitted it',
    utvalg: ['tests/statuspaasak/tilgang.spec.ts', '--project', 'statuspaasak-v1'],
    etter: async (req, svar, v) => {
      if (er(req, 'POST', /\/utleggsbegjaering$/) && svar.status === 201 && typeof svar.json?.innsenderReferanse === 'string') v.minne.set(`sak:${svar.json.innsenderReferanse}`, req.headers.authorization);
      const ref = req.url.pathname.startsWith(`${SPS}/saker/`) ? decodeURIComponent(req.url.pathname.slice(`${SPS}/saker/`.length)) : undefined;
      const eier = ref && (v.minne.get(`sak:${ref}`) as string | undefined);
      if (req.method === 'GET' && eier && svar.status === 404) Object.assign(svar, await v.upstream({ ...req, headers: { ...req.headers, authorization: eier } }));
    },
  },
  {
    id: 'case-state-frozen', kategori: 'sideeffekt', beskrivelse: 'reports every case as just created (sakOpprettet), whatever has happened since',
    utvalg: ['tests/statuspaasak', '--project', 'statuspaasak-v1'],
    etter: (req, svar) => {
      if (!req.url.pathname.startsWith(`${SPS}/saker/`) || svar.status !== 200 || !svar.json) return;
      svar.json.saksstatus = 'sakOpprettet';
      delete svar.json.beslutningsinformasjon;
    },
  },
];

export function feilMedId(id: string): Feil {
  const feil = FEILKATALOG.find((f) => f.id === id);
  if (!feil) throw new Error(`no fault "${id}" (known: ${FEILKATALOG.map((f) => f.id).join(', ')})`);
  return feil;
}

import type { KravOgBetalingerClient } from '../../src/clients/apis.ts';
import type { Environment } from '../../src/config/environment.ts';
import { ContractValidator, formatViolations } from '../../src/contract/index.ts';
import type { ApiResponse } from '../../src/http/exchange.ts';
import { loadKravOgBetalingerKoder, type Feilkode } from '../../src/spec/catalog.ts';
import { loadSpec, resolveLocalRef, type JsonObject } from '../../src/spec/document.ts';
import { RETTIGHETSPAKKER } from '../../sandbox/state/samtykker.ts';

/** Skatteetaten's Tenor test organisations for Krav og betalinger (seed-trekkpaalegg-api.mdx, test tab). */
export const TESTORGANISASJONER = ['310478717', '313367002', '311851381', '314961900', '314055403', '212201782'] as const;

/** The rettighetspakker the document allows, read from its path parameter. */
export function rettighetspakker(): string[] {
  const parameter = loadSpec('kravogbetalinger').doc.components?.parameters?.rettighetspakke;
  const values = parameter?.schema?.enum;
  if (!Array.isArray(values) || values.length === 0) throw new Error('specs/kravogbetalinger.yaml: components/parameters/rettighetspakke has no enum');
  return values as string[];
}

/** What the sandbox applies per rettighetspakke (sandbox/state/samtykker.ts, from the 2026 page). */
export function pakkeregler(pakke: string) {
  const regler = RETTIGHETSPAKKER[pakke];
  if (!regler) throw new Error(`sandbox/state/samtykker.ts has no rules for the rettighetspakke ${pakke} the document names`);
  return regler;
}

/** One KB code with its status, from specs/catalogs/kravogbetalinger.json. */
export function kbKode(kode: string): Feilkode {
  const entry = loadKravOgBetalingerKoder().find((k) => k.kode === kode);
  if (!entry) throw new Error(`specs/catalogs/kravogbetalinger.json has no code ${kode}`);
  return entry;
}

export interface Periode {
  fraOgMed: string;
  tilOgMed: string;
}

type Extra = { token?: string | null; headers?: Record<string, string> };

/** The four kinds of lookup, each with an endpoint for organisations and one for persons. */
export type Oppslagsart = 'aapnekrav' | 'krav' | 'innbetalinger' | 'utbetalinger';

export interface Oppslag {
  operationId: string;
  art: Oppslagsart;
  person: boolean;
  medPeriode: boolean;
  /** The answer's list of items; an empty one over a period is KB-007 instead. */
  liste: string;
  /** The documented path with the values filled in, for titles: `/finans/person/04827896468/krav`. */
  sti(pakke: string, id: string): string;
  kall(c: KravOgBetalingerClient, pakke: string, id: string, periode?: Partial<Periode>, extra?: Extra): Promise<ApiResponse>;
}

const ARTER: Array<{ art: Oppslagsart; operationId: string; liste: string }> = [
  { art: 'aapnekrav', operationId: 'hentAapneKrav', liste: 'aapentKravMedGjenstaaendeBeloep' },
  { art: 'krav', operationId: 'hentKrav', liste: 'krav' },
  { art: 'innbetalinger', operationId: 'hentInnbetalinger', liste: 'innbetaling' },
  { art: 'utbetalinger', operationId: 'hentUtbetalinger', liste: 'utbetaling' },
];

/** Every lookup of the document: the four for organisations, then the four for persons. */
export const OPPSLAG: readonly Oppslag[] = [false, true].flatMap((person) =>
  ARTER.map(({ art, operationId: ved, liste }): Oppslag => {
    const operationId = person ? `${ved}ForPerson` : ved;
    const parameter = person ? 'personidentifikator' : 'partIdentifikator';
    const medPeriode = art !== 'aapnekrav';
    return {
      operationId, art, person, medPeriode, liste,
      sti: (pakke, id) => loadSpec('kravogbetalinger').operations.get(operationId)!.path.replace('{rettighetspakke}', pakke).replace(`{${parameter}}`, id),
      kall: (c, pakke, id, periode, extra = {}) =>
        c.call(operationId, { ...extra, params: { rettighetspakke: pakke, [parameter]: id }, query: medPeriode ? periode : undefined }),
    };
  }),
);

export const PERIODEOPPSLAG = OPPSLAG.filter((o) => o.medPeriode);

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The last year up to today: the widest period the API allows, where live data is most likely. */
export function sisteAar(today = new Date()): Periode {
  const y = today.getUTCFullYear() - 1;
  const m = today.getUTCMonth();
  // A year before 29 February is 28 February; the period starts the day after.
  const dag = Math.min(today.getUTCDate(), new Date(Date.UTC(y, m + 1, 0)).getUTCDate());
  return { fraOgMed: iso(new Date(Date.UTC(y, m, dag + 1))), tilOgMed: iso(today) };
}

interface KravLike {
  kravidentifikator?: string;
  gjenstaaendeBeloep?: number;
}
interface UtbetalingLike {
  utbetalingsidentifikator?: string;
  utbetaltdato?: string;
  utbetaltBeloep?: number;
  grunnlagForUtbetaling?: { kreditKrav?: Array<{ utbetaltBeloep?: number }> };
}

const DATOFELT: Partial<Record<Oppslagsart, string>> = { innbetalinger: 'innbetalingsdato', utbetalinger: 'utbetaltdato' };
const oere = (kr: number): number => Math.round(kr * 100);

/**
 * What the schema cannot say about an answer: it is about the party asked for, open claims have
 * something left to pay, payments in and out fall in the period asked for, and a payment out is the sum
 * of what it pays of each credit claim (the page's element table: "sum av alle kravene som blir
 * utbetalt"). Items may name another party (the seed's own example lists a person's claims under an
 * organisation), and an open-claims answer may list payments with nothing unplaced (the seed's example
 * does), so neither is checked. Persons' answers follow the same rules as organisations'.
 */
export function kbSvarBrudd(operationId: string, body: unknown, partIdentifikator: string, periode?: Periode): string[] {
  const art = OPPSLAG.find((o) => o.operationId === operationId)?.art;
  if (!art) throw new Error(`kbSvarBrudd: ${operationId} is not a Krav og betalinger lookup`);
  const svar = (body ?? {}) as Record<string, unknown>;
  const brudd: string[] = [];
  if (svar.partIdentifikator !== partIdentifikator) {
    brudd.push(`/partIdentifikator: is ${JSON.stringify(svar.partIdentifikator)}, asked for ${partIdentifikator}`);
  }
  const liste = <T>(navn: string): T[] => (Array.isArray(svar[navn]) ? (svar[navn] as T[]) : []);
  if (art === 'aapnekrav') {
    liste<KravLike>('aapentKravMedGjenstaaendeBeloep').forEach((k, i) => {
      if (k.gjenstaaendeBeloep === 0) brudd.push(`/aapentKravMedGjenstaaendeBeloep/${i}: open claim ${k.kravidentifikator} has nothing left to pay`);
    });
  }
  const datofelt = DATOFELT[art];
  if (datofelt && periode) {
    const navn = art === 'innbetalinger' ? 'innbetaling' : 'utbetaling';
    liste<Record<string, unknown>>(navn).forEach((b, i) => {
      const dato = b[datofelt];
      if (typeof dato === 'string' && (dato < periode.fraOgMed || dato > periode.tilOgMed)) {
        brudd.push(`/${navn}/${i}/${datofelt}: ${dato} is outside ${periode.fraOgMed}–${periode.tilOgMed}`);
      }
    });
  }
  if (art === 'utbetalinger') {
    liste<UtbetalingLike>('utbetaling').forEach((u, i) => {
      const krav = u.grunnlagForUtbetaling?.kreditKrav;
      if (!Array.isArray(krav) || krav.length === 0 || typeof u.utbetaltBeloep !== 'number') return;
      const sum = krav.reduce((s, k) => s + oere(k.utbetaltBeloep ?? 0), 0);
      if (sum !== oere(u.utbetaltBeloep)) {
        brudd.push(`/utbetaling/${i}/utbetaltBeloep: ${u.utbetaltBeloep} is not the sum ${sum / 100} of its kreditKrav's utbetaltBeloep`);
      }
    });
  }
  if (periode && art !== 'aapnekrav' && svar.periode && typeof svar.periode === 'object') {
    const p = svar.periode as Partial<Periode>;
    if (p.fraOgMed !== periode.fraOgMed || p.tilOgMed !== periode.tilOgMed) {
      brudd.push(`/periode: is ${p.fraOgMed}–${p.tilOgMed}, asked for ${periode.fraOgMed}–${periode.tilOgMed}`);
    }
  }
  return brudd;
}

/**
 * The top-level members of an answer and the members of its list items: what "the same answer for
 * persons and organisations" can be compared on, since the values differ.
 */
export function svarform(body: unknown, liste: string): { topp: string[]; element: string[] } {
  const svar = (body ?? {}) as Record<string, unknown>;
  const elementer = Array.isArray(svar[liste]) ? (svar[liste] as Record<string, unknown>[]) : [];
  return {
    topp: Object.keys(svar).sort(),
    element: [...new Set(elementer.flatMap((e) => Object.keys(e)))].sort(),
  };
}

/** Where the sandbox seeds its claims and payments (sandbox/state/seed.ts); elsewhere the last year. */
export function periodeMedData(isSandbox: boolean): Periode {
  return isSandbox ? { fraOgMed: '2024-01-01', tilOgMed: '2024-12-31' } : sisteAar();
}

/** A year long before any claim in any environment: asking for it must find nothing (KB-007). */
export const TOM_PERIODE: Periode = { fraOgMed: '1990-01-01', tilOgMed: '1990-12-31' };

/**
 * A token the rettighetspakke accepts here, or why there is none. Only regnskapssystem asks for more than
 * the run's token: a systembruker, in the sandbox for the client's own organisation, elsewhere the one
 * configured (MASKINPORTEN_SYSTEMBRUKER_ORG, which then is the run's token already).
 */
export async function tokenForPakke(
  pakke: string,
  k: { token: (api: string, options?: { systembrukerOrg?: string }) => Promise<string>; environment: Environment },
): Promise<{ token: string } | { hopp: string }> {
  if (!pakkeregler(pakke).systembruker) return { token: await k.token('kravogbetalinger') };
  if (k.environment.isSandbox) return { token: await k.token('kravogbetalinger', { systembrukerOrg: k.environment.supplierOrg }) };
  if (k.environment.maskinporten.systembrukerOrg) return { token: await k.token('kravogbetalinger') };
  return { hopp: `the rettighetspakke ${pakke} needs a systembruker token; set MASKINPORTEN_SYSTEMBRUKER_ORG` };
}

// ---- XML answers -----------------------------------------------------------------------------------

interface XmlNode {
  navn: string;
  barn: XmlNode[];
  tekst: string;
}

const TOKEN = /<\?[^>]*\?>|<(\/?)([A-Za-z_][A-Za-z0-9_.-]*)\s*(\/?)>|([^<]+)/y;
const ENTITETER: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The plain XML the API renders (elements and text, no attributes); anything else is an error naming where. */
function lesXml(xml: string): XmlNode {
  const rot: XmlNode = { navn: '', barn: [], tekst: '' };
  const stakk = [rot];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < xml.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(xml);
    if (!m) throw new Error(`XML: cannot read from offset ${at}: ${JSON.stringify(xml.slice(at, at + 40))}`);
    if (m[0].startsWith('<?')) continue;
    const topp = stakk[stakk.length - 1];
    if (m[4] !== undefined) {
      topp.tekst += m[4].replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITETER[e]);
    } else if (m[1]) {
      if (topp.navn !== m[2]) throw new Error(`XML: </${m[2]}> at offset ${at} closes <${topp.navn}>`);
      stakk.pop();
    } else {
      const node: XmlNode = { navn: m[2], barn: [], tekst: '' };
      topp.barn.push(node);
      if (!m[3]) stakk.push(node);
    }
  }
  if (stakk.length !== 1 || rot.barn.length !== 1) throw new Error('XML: not one closed root element');
  return rot.barn[0];
}

/**
 * An XML answer read back into JSON by the operation's 200 schema, as OpenAPI's default XML mapping has
 * it (the root named after the schema, arrays as repeated elements, no wrapping): numbers and booleans
 * where the schema says so, lists where it says array. What the schema does not describe stays text.
 */
export function xmlSomJson(xml: string, operationId: string): { rot: string; body: unknown } {
  const spec = loadSpec('kravogbetalinger');
  const op = spec.operations.get(operationId);
  const skjema = op?.responses['200']?.content['application/xml']?.schema as JsonObject | undefined;
  if (!skjema) throw new Error(`${spec.file}: ${operationId} documents no application/xml answer for 200`);
  const deref = (s: JsonObject | undefined): JsonObject | undefined => (s ? resolveLocalRef(spec.doc, s, spec.file, operationId) : undefined);

  const verdi = (node: XmlNode, s: JsonObject | undefined): unknown => {
    const r = deref(s);
    if (r?.type === 'object' || r?.properties || (!r && node.barn.length > 0)) {
      const ut: Record<string, unknown> = {};
      for (const barn of node.barn) {
        const ps = deref(r?.properties?.[barn.navn]);
        if (ps?.type === 'array') ((ut[barn.navn] ??= []) as unknown[]).push(verdi(barn, ps.items));
        else ut[barn.navn] = verdi(barn, ps);
      }
      return ut;
    }
    if (r?.type === 'number' || r?.type === 'integer') return node.tekst.trim() === '' ? node.tekst : Number(node.tekst);
    if (r?.type === 'boolean') return node.tekst === 'true' ? true : node.tekst === 'false' ? false : node.tekst;
    return node.tekst;
  };

  const rot = lesXml(xml);
  return { rot: rot.navn, body: verdi(rot, skjema) };
}

/** An XML answer's departures from the operation's 200 schema and root name; empty when it conforms. */
export function xmlBrudd(operationId: string, xml: string): string[] {
  const spec = loadSpec('kravogbetalinger');
  const ref = spec.operations.get(operationId)?.responses['200']?.content['application/xml']?.schema?.$ref as string | undefined;
  let lest: { rot: string; body: unknown };
  try {
    lest = xmlSomJson(xml, operationId);
  } catch (err) {
    return [(err as Error).message];
  }
  const brudd: string[] = [];
  const rotnavn = ref?.split('/').pop();
  if (rotnavn && lest.rot !== rotnavn) brudd.push(`XML root is <${lest.rot}>, the schema is ${rotnavn}`);
  const result = ContractValidator.forApi('kravogbetalinger').validateResponse(operationId, { status: 200, contentType: 'application/json', body: lest.body });
  if (!result.valid) brudd.push(formatViolations(result.violations));
  return brudd;
}

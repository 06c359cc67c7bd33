import { loadKravOgBetalingerKoder, type Feilkode } from '../../src/spec/catalog.ts';
import { loadSpec } from '../../src/spec/document.ts';

/** Skatteetaten's Tenor test organisations for Krav og betalinger (seed-trekkpaalegg-api.mdx, test tab). */
export const TESTORGANISASJONER = ['310478717', '313367002', '311851381', '314961900', '314055403', '212201782'] as const;

/** The rettighetspakker the document allows, read from its path parameter. */
export function rettighetspakker(): string[] {
  const parameter = loadSpec('kravogbetalinger').doc.components?.parameters?.rettighetspakke;
  const values = parameter?.schema?.enum;
  if (!Array.isArray(values) || values.length === 0) throw new Error('specs/kravogbetalinger.yaml: components/parameters/rettighetspakke has no enum');
  return values as string[];
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

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The last year up to today: the widest period the API allows, where live data is most likely. */
export function sisteAar(today = new Date()): Periode {
  const fra = new Date(Date.UTC(today.getUTCFullYear() - 1, today.getUTCMonth(), today.getUTCDate() + 1));
  return { fraOgMed: iso(fra), tilOgMed: iso(today) };
}

interface KravLike {
  kravidentifikator?: string;
  gjenstaaendeBeloep?: number;
  partIdentifikator?: string;
}
interface InnbetalingLike {
  innbetalingsidentifikator?: string;
  innbetalingsdato?: string;
  uplassertBeloep?: number;
  partIdentifikator?: string;
}

/**
 * What the schema cannot say about an answer: it is about the party asked for, open claims have
 * something left, unplaced payments have something unplaced, and dated items fall in the period.
 */
export function kbSvarBrudd(operationId: string, body: unknown, partIdentifikator: string, periode?: Periode): string[] {
  const svar = (body ?? {}) as Record<string, unknown>;
  const brudd: string[] = [];
  if (svar.partIdentifikator !== partIdentifikator) {
    brudd.push(`/partIdentifikator: is ${JSON.stringify(svar.partIdentifikator)}, asked for ${partIdentifikator}`);
  }
  const liste = <T>(navn: string): T[] => (Array.isArray(svar[navn]) ? (svar[navn] as T[]) : []);
  const gjelderParten = (sti: string, p: string | undefined) => {
    if (p !== undefined && p !== partIdentifikator) brudd.push(`${sti}/partIdentifikator: is ${p}, asked for ${partIdentifikator}`);
  };
  if (operationId === 'hentAapneKrav') {
    liste<KravLike>('aapentKravMedGjenstaaendeBeloep').forEach((k, i) => {
      gjelderParten(`/aapentKravMedGjenstaaendeBeloep/${i}`, k.partIdentifikator);
      if (k.gjenstaaendeBeloep === 0) brudd.push(`/aapentKravMedGjenstaaendeBeloep/${i}: open claim ${k.kravidentifikator} has nothing left to pay`);
    });
    liste<InnbetalingLike>('innbetalingMedUplassertBeloep').forEach((b, i) => {
      gjelderParten(`/innbetalingMedUplassertBeloep/${i}`, b.partIdentifikator);
      if (b.uplassertBeloep === 0) brudd.push(`/innbetalingMedUplassertBeloep/${i}: payment ${b.innbetalingsidentifikator} has nothing unplaced`);
    });
  }
  if (operationId === 'hentKrav') {
    liste<KravLike>('krav').forEach((k, i) => gjelderParten(`/krav/${i}`, k.partIdentifikator));
  }
  if (operationId === 'hentInnbetalinger') {
    liste<InnbetalingLike>('innbetaling').forEach((b, i) => {
      gjelderParten(`/innbetaling/${i}`, b.partIdentifikator);
      const dato = b.innbetalingsdato;
      if (periode && dato && (dato < periode.fraOgMed || dato > periode.tilOgMed)) {
        brudd.push(`/innbetaling/${i}/innbetalingsdato: ${dato} is outside ${periode.fraOgMed}–${periode.tilOgMed}`);
      }
    });
  }
  if (periode && operationId !== 'hentAapneKrav' && svar.periode && typeof svar.periode === 'object') {
    const p = svar.periode as Partial<Periode>;
    if (p.fraOgMed !== periode.fraOgMed || p.tilOgMed !== periode.tilOgMed) {
      brudd.push(`/periode: is ${p.fraOgMed}–${p.tilOgMed}, asked for ${periode.fraOgMed}–${periode.tilOgMed}`);
    }
  }
  return brudd;
}

/** Where the sandbox seeds its claims and payments (sandbox/state/seed.ts); elsewhere the last year. */
export function periodeMedData(isSandbox: boolean): Periode {
  return isSandbox ? { fraOgMed: '2024-01-01', tilOgMed: '2024-12-31' } : sisteAar();
}

/** A year long before any claim in any environment: asking for it must find nothing (KB-007). */
export const TOM_PERIODE: Periode = { fraOgMed: '1990-01-01', tilOgMed: '1990-12-31' };

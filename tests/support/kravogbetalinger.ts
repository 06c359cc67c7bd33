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
interface InnbetalingLike {
  innbetalingsdato?: string;
}

/**
 * What the schema cannot say about an answer: it is about the party asked for, open claims have
 * something left to pay, and payments fall in the period asked for. Items may name another party
 * (the seed's own example lists a person's claims under an organisation), and an open-claims answer
 * may list payments with nothing unplaced (the seed's example does), so neither is checked.
 */
export function kbSvarBrudd(operationId: string, body: unknown, partIdentifikator: string, periode?: Periode): string[] {
  const svar = (body ?? {}) as Record<string, unknown>;
  const brudd: string[] = [];
  if (svar.partIdentifikator !== partIdentifikator) {
    brudd.push(`/partIdentifikator: is ${JSON.stringify(svar.partIdentifikator)}, asked for ${partIdentifikator}`);
  }
  const liste = <T>(navn: string): T[] => (Array.isArray(svar[navn]) ? (svar[navn] as T[]) : []);
  if (operationId === 'hentAapneKrav') {
    liste<KravLike>('aapentKravMedGjenstaaendeBeloep').forEach((k, i) => {
      if (k.gjenstaaendeBeloep === 0) brudd.push(`/aapentKravMedGjenstaaendeBeloep/${i}: open claim ${k.kravidentifikator} has nothing left to pay`);
    });
  }
  if (operationId === 'hentInnbetalinger' && periode) {
    liste<InnbetalingLike>('innbetaling').forEach((b, i) => {
      const dato = b.innbetalingsdato;
      if (dato && (dato < periode.fraOgMed || dato > periode.tilOgMed)) {
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

import type { Utleggsbegjaering } from '../../src/model/utleggsbegjaering.ts';
import type { Faker } from '../random.ts';

/**
 * One request of a scenario. Strings `{{name}}` in later steps stand for the value saved with
 * `lagreSom` (an attachment's uuid, a submission's begjaeringId).
 */
export type Steg =
  | { operationId: 'lastOppVedlegg'; filnavn: string; innsenderReferanse: string; innhold: string; lagreSom: string }
  | { operationId: 'sendInnUtleggsbegjaering' | 'validerUtleggsbegjaering'; body: unknown; forventetStatus: number; lagreSom?: string }
  | { operationId: 'endreUtleggsbegjaering'; begjaeringId: string; body: unknown; forventetStatus: number };

/** The ordered requests that lead to a rule violation needing server state; the last one must answer 422 listing `kode`. */
export interface Scenario {
  kode: string;
  beskrivelse: string;
  steg: Steg[];
}

/** `B` is the petition's data model: the 0.9 one unless a table of another model says so. */
export type InvalidVariant<B = Utleggsbegjaering> =
  | { kind: 'request'; kode: string; body: B }
  | { kind: 'scenario'; kode: string; scenario: Scenario };

/** Changes a private copy of a valid petition, in place, so that it breaks one rule. */
export type Mutasjon<B = Utleggsbegjaering> = (b: B, faker: Faker) => void;

/** Builds the requests that reach a rule needing server state, from a valid petition (not changed). */
export type ScenarioBygger<B = Utleggsbegjaering> = (base: B, faker: Faker) => Omit<Scenario, 'kode'>;

import type { Utleggsbegjaering } from '../../src/model/utleggsbegjaering.ts';
import { kopi } from './felles.ts';

// Requests the request schema itself rejects (400), each with the JSON pointer a good error names.

export interface SchemaInvalid {
  kind: SchemaInvalidKind;
  body: unknown;
  /** JSON pointer of the field the 400 should name. */
  path: string;
}

type Bygger = (b: Record<string, any>) => string;

const KINDS = {
  'missing-required': (b) => { delete b.saksoekt; return '/saksoekt'; },
  'wrong-type': (b) => { b.begjaeringsdato = 20250110; return '/begjaeringsdato'; },
  'bad-date': (b) => { b.begjaeringsdato = '2025-02-30'; return '/begjaeringsdato'; },
  'bad-enum': (b) => { b.tvangsfullbyrdelsestype = 'tvang'; return '/tvangsfullbyrdelsestype'; },
  // The account number sits where the base's model puts it: 2.x has a boolean norskKonto beside kontoinformasjon.
  'bad-pattern': (b) => {
    const info = b.betalingsinformasjon;
    if (typeof info?.norskKonto === 'boolean' || info?.kontoinformasjon !== undefined) {
      b.betalingsinformasjon = { ...info, norskKonto: true, kontoinformasjon: { ...info.kontoinformasjon, kontonummer: '6993O57OO44' } };
      return '/betalingsinformasjon/kontoinformasjon/kontonummer';
    }
    b.betalingsinformasjon = { ...info, norskKonto: { ...info?.norskKonto, kontonummer: '6993O57OO44' } };
    return '/betalingsinformasjon/norskKonto/kontonummer';
  },
  'empty-array': (b) => { b.saksoeker = []; return '/saksoeker'; },
  'bad-uuid': (b) => {
    const t = b.begjaeringensTvangsgrunnlag[0];
    t.tvangsgrunnlag = { type: 'tvangsgrunnlag', filnavn: 'tvangsgrunnlag.pdf', ...t.tvangsgrunnlag, uuid: 'ikke-en-uuid' };
    return '/begjaeringensTvangsgrunnlag/0/tvangsgrunnlag/uuid';
  },
} satisfies Record<string, Bygger>;

export type SchemaInvalidKind = keyof typeof KINDS;

export const SCHEMA_INVALID_KINDS = Object.freeze(Object.keys(KINDS) as SchemaInvalidKind[]);

/** A copy of a valid petition with one schema violation of the given kind. */
export function schemaInvalid(kind: string, base: Utleggsbegjaering | Record<string, unknown>): SchemaInvalid {
  if (!Object.hasOwn(KINDS, kind)) {
    throw new Error(`unknown schema-invalid kind "${kind}"; valid kinds: ${SCHEMA_INVALID_KINDS.join(', ')}`);
  }
  const body = kopi(base) as Record<string, any>;
  const path = KINDS[kind as SchemaInvalidKind](body);
  return { kind: kind as SchemaInvalidKind, body, path };
}

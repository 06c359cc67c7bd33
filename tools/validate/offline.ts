import { loadRegelkatalog } from '../../src/spec/catalog.ts';

export interface IkkeSjekket {
  kode: string;
  /** Why the rule cannot be decided from the file alone. */
  reason: string;
}

/**
 * Rules that need state the sandbox keeps and a file does not have. `evaluate()` skips them when the
 * context lacks the lookup (sandbox/rules/types.ts RegelKontekst); this list only says so to the user.
 */
const NEEDS_STATE: Record<string, string> = {
  DUPLIKAT_INNSENDING: 'needs the earlier submissions of the innsender',
  INNSENDER_SAMSVARER_IKKE_MED_AUTENTISERING: 'needs the authenticated organisation (Maskinporten token)',
  VEDLEGG_SKAL_HA_REFERANSE_TIL_BEGJAERINGEN: 'needs the uploaded attachments',
  VEDLEGG_SKAL_IKKE_HA_FEILET: 'needs the uploaded attachments',
  VEDLEGG_SKAL_VAERE_TILGJENGELIG: 'needs the uploaded attachments',
  VEDLEGG_SKAL_VAERE_VIRUSSJEKKET_VALIDERT_OG_KONVERTERT: 'needs the uploaded attachments',
};

/** The catalog codes an offline run cannot check, in catalog order. */
export function ikkeSjekketOffline(version?: string): IkkeSjekket[] {
  return loadRegelkatalog(version).regler.flatMap((r) => {
    if (r.gjelderKunEndringer) return [{ kode: r.kode, reason: 'applies only to changes of an earlier submission (PUT)' }];
    const reason = NEEDS_STATE[r.kode];
    return reason ? [{ kode: r.kode, reason }] : [];
  });
}

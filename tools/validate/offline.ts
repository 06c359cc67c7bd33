import type { Behov } from '../../sandbox/rules/types.ts';
import { reglerFor } from '../../sandbox/rules/utleggsbegjaering/index.ts';

export interface IkkeSjekket {
  kode: string;
  /** Why the rule cannot be decided from the file alone. */
  reason: string;
}

/** Why a rule with that need cannot be judged from a file alone. */
const GRUNN: Record<Behov, string> = {
  innsendinger: 'needs the earlier submissions of the innsender',
  autentisering: 'needs the authenticated organisation (Maskinporten token)',
  vedlegg: 'needs the uploaded attachments',
  partsregister: 'needs the party register (Folkeregisteret/Enhetsregisteret; the sandbox has its own)',
  tidligere: 'needs the earlier submission it changes',
};

const reason = (behov: readonly Behov[]) => behov.map((b, i) => (i === 0 ? GRUNN[b] : GRUNN[b].replace(/^needs /, ''))).join(' and ');

/**
 * The codes an offline run cannot check, in catalog order: the changes-only rules, and the rules whose
 * module says it needs something a file does not carry (`trenger`). `evaluate()` skips those when the
 * context lacks the lookup (sandbox/rules/types.ts RegelKontekst); this list only says so to the user.
 */
export function ikkeSjekketOffline(version?: string): IkkeSjekket[] {
  return reglerFor(version).alle.flatMap((r) => {
    if (r.gjelderKunEndringer) return [{ kode: r.kode, reason: 'applies only to changes of an earlier submission (PUT)' }];
    return r.trenger.length ? [{ kode: r.kode, reason: reason(r.trenger) }] : [];
  });
}

// Enhetsregisteret's organisation forms that a party in a debt case plausibly has.

export const ORGANISASJONSFORMER = {
  AS: 'Aksjeselskap',
  ASA: 'Allmennaksjeselskap',
  ENK: 'Enkeltpersonforetak',
  DA: 'Selskap med delt ansvar',
  ANS: 'Ansvarlig selskap',
  NUF: 'Norskregistrert utenlandsk foretak',
  SA: 'Samvirkeforetak',
  KS: 'Kommandittselskap',
  STI: 'Stiftelse',
  FLI: 'Forening/lag/innretning',
  // Not drawn by the generators (not in ORGANISASJONSFORM_UTVALG): only the sandbox register holds
  // underenheter, so that petitions naming one can be rejected for it.
  BEDR: 'Underenhet til næringsdrivende og offentlig forvaltning',
} as const;

export type Organisasjonsform = keyof typeof ORGANISASJONSFORMER;

/**
 * Forms to draw from when generating, repeated to weight them roughly like the register:
 * mostly AS, a fair share of ENK, the rest rare.
 */
export const ORGANISASJONSFORM_UTVALG: readonly Organisasjonsform[] = [
  'AS', 'AS', 'AS', 'AS', 'AS', 'AS', 'AS', 'AS', 'AS', 'AS',
  'ENK', 'ENK', 'ENK', 'ENK', 'ASA', 'DA', 'ANS', 'NUF', 'SA', 'STI',
];

/** Forms whose name carries the form as a suffix ("SMUL FLAT TIGER AS"). */
export const NAVNESUFFIKS: Partial<Record<Organisasjonsform, string>> = {
  AS: 'AS',
  ASA: 'ASA',
  DA: 'DA',
  ANS: 'ANS',
  SA: 'SA',
  KS: 'KS',
};

import type { Saksstatus } from '../../../src/spec/status-paa-sak.ts';

/**
 * The life of a sandbox submission as Status på sak tells it. Nothing is processed in the sandbox, so
 * the state is a function of the sandbox's clock: one step along the case's path every TRINN_MS after
 * the submission was received, then it stays in the last state. Markers in innsenderReferanse pick
 * the path and the pace (sandbox/README.md, "Status på sak").
 */
export const TRINN_MS = 60_000;
/** With RASKT in the reference: one step a second, so a supplier's polling can be tested in seconds. */
export const RASKT_TRINN_MS = 1_000;

export const MARKOERER = {
  raskt: '__raskt__',
  nektet: '__nektet__',
  hevet: '__hevet__',
  intetTilUtlegg: '__intet-til-utlegg__',
  inntreden: '__inntreden__',
  // The submission markers of Utleggsbegjæring (sandbox/state/innsendinger.ts), read the same way here.
  uavklart: '__uavklart__',
  avsluttet: '__avsluttet__',
} as const;

const VANLIG: readonly Saksstatus[] = ['sakOpprettet', 'sakUnderBehandling', 'sakForelagt', 'sakBesluttet', 'sakAvsluttet'];

/** The states a case with this innsenderReferanse passes through, in order. */
export function forloep(referanse: string | undefined): readonly Saksstatus[] {
  const r = referanse ?? '';
  // A submission not yet cleared (UAVKLART_STATUS) is never taken further; one stored as closed is closed.
  if (r.includes(MARKOERER.uavklart)) return ['sakOpprettet'];
  if (r.includes(MARKOERER.avsluttet)) return ['sakAvsluttet'];
  if (r.includes(MARKOERER.nektet)) return ['sakOpprettet', 'sakNektetFremmet'];
  if (r.includes(MARKOERER.hevet)) return ['sakOpprettet', 'sakUnderBehandling', 'sakHevet'];
  return VANLIG;
}

export interface Tilstand {
  saksstatus: Saksstatus;
  /** When the case entered this state: the answer's meldingsdato. */
  siden: Date;
  /** When it was decided, for a decided or closed case; undefined before. */
  besluttet?: Date;
}

/** Where a case received at `mottatt` is at `naa`. A clock set back before `mottatt` shows the first state. */
export function tilstand(mottatt: Date, naa: Date, referanse: string | undefined): Tilstand {
  const sti = forloep(referanse);
  const trinn = (referanse ?? '').includes(MARKOERER.raskt) ? RASKT_TRINN_MS : TRINN_MS;
  const start = mottatt.getTime();
  const i = Math.max(0, Math.min(sti.length - 1, Math.floor((naa.getTime() - start) / trinn)));
  const saksstatus = sti[i];
  const out: Tilstand = { saksstatus, siden: new Date(start + i * trinn) };
  if (saksstatus === 'sakBesluttet' || saksstatus === 'sakAvsluttet') {
    const b = sti.indexOf('sakBesluttet');
    out.besluttet = new Date(start + Math.max(0, b) * trinn);
  }
  return out;
}

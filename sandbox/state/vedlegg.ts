import { randomUUID } from 'node:crypto';
import type { Vedleggsstatus } from '../rules/types.ts';

export type { Vedleggsstatus };

export interface LagretVedlegg {
  uuid: string;
  filnavn: string;
  status: Vedleggsstatus;
  /** undefined = unbound, usable from any petition. */
  innsenderReferanse?: string;
  /** Organisation that uploaded it; undefined for the preloaded ones, which everybody sees. */
  eierOrgnr?: string;
  stoerrelse: number;
  opprettet: string;
  feilaarsak?: string;
}

/** Filename markers that steer processing (sandbox/README.md); first match wins. */
const MARKERS: Array<{ marker: string; status: Vedleggsstatus; feilaarsak?: string }> = [
  { marker: '__virus__', status: 'virusFunnet', feilaarsak: 'virus funnet i filen' },
  { marker: '__feilet__', status: 'feilet', feilaarsak: 'filen kunne ikke konverteres' },
  { marker: '__ikke-klar__', status: 'lastetOpp' },
  { marker: '__slettet__', status: 'slettet' },
  { marker: '__kassert__', status: 'kassert' },
];

export function statusForFilnavn(filnavn: string): { status: Vedleggsstatus; feilaarsak?: string } {
  const hit = MARKERS.find((m) => filnavn.includes(m.marker));
  return hit ? { status: hit.status, feilaarsak: hit.feilaarsak } : { status: 'konvertert' };
}

const PRELOAD_TIME = '2025-01-01T00:00:00.000Z';

export class VedleggRegister {
  private readonly byUuid = new Map<string, LagretVedlegg>();

  constructor(private readonly preloaded: readonly string[]) {
    this.reset();
  }

  reset(): void {
    this.byUuid.clear();
    for (const uuid of this.preloaded) {
      this.byUuid.set(uuid, { uuid, filnavn: `sandkasse-${uuid.slice(0, 8)}.pdf`, status: 'konvertert', stoerrelse: 0, opprettet: PRELOAD_TIME });
    }
  }

  /** Processing is deterministic and immediate: the filename marker decides the final status. */
  lastOpp(input: { filnavn: string; innsenderReferanse: string; eierOrgnr: string; stoerrelse: number }, now: Date): LagretVedlegg {
    const vedlegg: LagretVedlegg = {
      uuid: randomUUID(),
      filnavn: input.filnavn,
      innsenderReferanse: input.innsenderReferanse,
      eierOrgnr: input.eierOrgnr,
      stoerrelse: input.stoerrelse,
      opprettet: now.toISOString(),
      ...statusForFilnavn(input.filnavn),
    };
    this.byUuid.set(vedlegg.uuid, vedlegg);
    return vedlegg;
  }

  /** An attachment as one organisation may see it: its own uploads and the preloaded ones. */
  hent(uuid: string, orgnr: string): LagretVedlegg | undefined {
    const v = this.byUuid.get(uuid.toLowerCase());
    return v && (v.eierOrgnr === undefined || v.eierOrgnr === orgnr) ? v : undefined;
  }
}

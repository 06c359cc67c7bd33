import { randomUUID } from 'node:crypto';
import type { Utleggsbegjaering } from '../../src/model/utleggsbegjaering.ts';
import type { Behandlingsstatus } from '../rules/types.ts';
import { innsenderOrgnr } from '../rules/utleggsbegjaering/felles/aktoer.ts';

export type { Behandlingsstatus };

export interface LagretInnsending {
  begjaeringId: string;
  /** The acting organisation that sent it; nobody else sees it. */
  eierOrgnr: string;
  begjaering: Utleggsbegjaering;
  status: Behandlingsstatus;
  mottatt: string;
  sistEndret: string;
  versjon: number;
  /** The duplicate key it holds, if it has one. */
  noekkel?: string;
}

/** Submission markers in innsenderReferanse (sandbox/README.md). */
export function statusForReferanse(innsenderReferanse: string | undefined): Behandlingsstatus {
  if (innsenderReferanse?.includes('__uavklart__')) return 'mottatt';
  if (innsenderReferanse?.includes('__avsluttet__')) return 'avsluttet';
  return 'registrert';
}

export function duplikatnoekkel(innsenderOrgnr: string, begjaeringsdato: string, innsenderReferanse: string): string {
  return `${innsenderOrgnr}\u0000${begjaeringsdato}\u0000${innsenderReferanse}`;
}

/** The key the DUPLIKAT_INNSENDING rule asks about, read from the petition the same way the rule does. */
function noekkelFor(b: Utleggsbegjaering): string | undefined {
  const orgnr = innsenderOrgnr(b);
  if (!orgnr || !b.innsenderReferanse || !b.begjaeringsdato) return undefined;
  return duplikatnoekkel(orgnr, b.begjaeringsdato, b.innsenderReferanse);
}

/**
 * Stored submissions. Every method is synchronous on purpose: the handler checks for a duplicate and
 * stores in the same turn of the event loop, so two identical concurrent submissions cannot both pass.
 */
export class InnsendingRegister {
  private readonly byId = new Map<string, LagretInnsending>();
  private readonly byKey = new Map<string, string>();

  reset(): void {
    this.byId.clear();
    this.byKey.clear();
  }

  /** True when another submission (not `unntattId`) already holds the key. */
  erDuplikat(innsenderOrgnr: string, begjaeringsdato: string, innsenderReferanse: string, unntattId?: string): boolean {
    const holder = this.byKey.get(duplikatnoekkel(innsenderOrgnr, begjaeringsdato, innsenderReferanse));
    return holder !== undefined && holder !== unntattId;
  }

  lagre(begjaering: Utleggsbegjaering, eierOrgnr: string, now: Date): LagretInnsending {
    const noekkel = noekkelFor(begjaering);
    if (noekkel && this.byKey.has(noekkel)) throw new Error('duplicate key; the rules should have caught it');
    const tid = now.toISOString();
    const lagret: LagretInnsending = {
      begjaeringId: randomUUID(),
      eierOrgnr,
      begjaering,
      status: statusForReferanse(begjaering.innsenderReferanse),
      mottatt: tid,
      sistEndret: tid,
      versjon: 1,
      noekkel,
    };
    this.byId.set(lagret.begjaeringId, lagret);
    if (noekkel) this.byKey.set(noekkel, lagret.begjaeringId);
    return lagret;
  }

  /** A submission as one organisation may see it; another's is as good as absent. */
  hent(begjaeringId: string, orgnr: string): LagretInnsending | undefined {
    const s = this.byId.get(begjaeringId.toLowerCase());
    return s && s.eierOrgnr === orgnr ? s : undefined;
  }

  /** Every submission one organisation sent, in the order received (the services around the petition read them). */
  forOrganisasjon(orgnr: string): LagretInnsending[] {
    return [...this.byId.values()].filter((s) => s.eierOrgnr === orgnr);
  }

  endre(lagret: LagretInnsending, begjaering: Utleggsbegjaering, now: Date): LagretInnsending {
    const noekkel = noekkelFor(begjaering);
    if (lagret.noekkel && this.byKey.get(lagret.noekkel) === lagret.begjaeringId) this.byKey.delete(lagret.noekkel);
    if (noekkel) this.byKey.set(noekkel, lagret.begjaeringId);
    lagret.begjaering = begjaering;
    lagret.noekkel = noekkel;
    lagret.versjon += 1;
    lagret.sistEndret = now.toISOString();
    return lagret;
  }

  get size(): number {
    return this.byId.size;
  }
}

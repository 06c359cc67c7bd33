import type { Faker } from '@faker-js/faker';
import { erLaastTilGammeltRegelverk } from '../../parties/gammelt-regelverk.ts';
import type { Organisasjon, Party, PartyRegistry, Person } from '../../parties/index.ts';
import { identifierOf } from '../../parties/types.ts';
import { sjanse, velg } from '../kalender.ts';

// Which register parties a 2.1 petition may name, and in which role. Only a hovedenhet has standing
// (partsevne), an enkeltpersonforetak is named through its owner, and a saksøkt on the old rules
// belongs in ELSA: valid petitions avoid all three.

export interface Utvalg {
  personer: readonly Person[];
  /** Organisations that may be saksøker or saksøkt: hovedenheter, not ENK, not locked. */
  organisasjoner: readonly Organisasjon[];
  /** Enkeltpersonforetak whose owner the register knows, with that owner. */
  foretak: readonly { enk: Organisasjon; innehaver: Person }[];
}

const utvalg = new WeakMap<PartyRegistry, Utvalg>();

export function erPartsdyktig(o: Organisasjon): boolean {
  return o.organisasjonsform !== 'ENK' && o.organisasjonsform !== 'BEDR' && o.overordnetEnhet === undefined;
}

export function utvalgFor(registry: PartyRegistry): Utvalg {
  let u = utvalg.get(registry);
  if (u) return u;
  const foretak: Utvalg['foretak'][number][] = [];
  for (const o of registry.organisations()) {
    const eier = o.innehaver === undefined ? undefined : registry.byId(o.innehaver);
    if (o.organisasjonsform === 'ENK' && eier?.type === 'person' && !erLaastTilGammeltRegelverk(eier.identifikator)) foretak.push({ enk: o, innehaver: eier });
  }
  u = {
    personer: registry.persons().filter((p) => !erLaastTilGammeltRegelverk(p.identifikator)),
    organisasjoner: registry.organisations().filter((o) => erPartsdyktig(o) && !erLaastTilGammeltRegelverk(o.organisasjonsnummer)),
    foretak,
  };
  if (u.personer.length < 4 || u.organisasjoner.length < 4) {
    throw new RangeError('the party registry needs at least 4 persons and 4 organisations with standing to build petitions');
  }
  utvalg.set(registry, u);
  return u;
}

/** A party in a role: the party itself, and for an owner the ENK it is named with. */
export interface Rolle {
  part: Party;
  foretak?: Organisasjon[];
}

/**
 * Draws a party whose identifier (and whose ENK's) is not yet in `brukt`: a person with probability
 * `andelPersoner`, of whom some appear as the owner of their ENK when `medForetak`.
 */
export function trekk(faker: Faker, u: Utvalg, andelPersoner: number, brukt: Set<string>, medForetak: boolean): Rolle {
  for (;;) {
    let rolle: Rolle;
    if (sjanse(faker, andelPersoner)) {
      rolle = medForetak && u.foretak.length > 0 && sjanse(faker, 0.15)
        ? (({ enk, innehaver }) => ({ part: innehaver, foretak: [enk] }))(velg(faker, u.foretak))
        : { part: velg(faker, u.personer) };
    } else rolle = { part: velg(faker, u.organisasjoner) };
    const ider = [identifierOf(rolle.part), ...(rolle.foretak ?? []).map(identifierOf)];
    if (ider.every((id) => !brukt.has(id))) {
      for (const id of ider) brukt.add(id);
      return rolle;
    }
  }
}

/**
 * Who is saksøker when the innsender sues for itself: the innsender, its owner when it is an ENK, or its
 * hovedenhet when it is an underenhet.
 */
export function innsenderSomSaksoeker(registry: PartyRegistry, innsender: Organisasjon): Rolle {
  if (innsender.organisasjonsform === 'ENK') {
    const eier = innsender.innehaver === undefined ? undefined : registry.byId(innsender.innehaver);
    if (eier?.type !== 'person') {
      throw new RangeError(`innsender ${innsender.organisasjonsnummer} is an ENK without a known owner (innehaver); data model 2.1 names the owner as saksøker`);
    }
    return { part: eier, foretak: [innsender] };
  }
  if (innsender.overordnetEnhet !== undefined) {
    const hoved = registry.byId(innsender.overordnetEnhet);
    if (hoved?.type !== 'organisasjon') {
      throw new RangeError(`innsender ${innsender.organisasjonsnummer} is an underenhet whose hovedenhet ${innsender.overordnetEnhet} is not in the party registry`);
    }
    return { part: hoved };
  }
  return { part: innsender };
}

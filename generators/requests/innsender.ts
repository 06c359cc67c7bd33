import type { Organisasjon, PartyRegistry } from '../parties/index.ts';

/** The seeds' innsender, a collection agency with a licence. */
export const STANDARD_INNSENDER = '312597772';

export function erInkasso(o: Organisasjon): boolean {
  return o.virksomhetstype === 'inkassovirksomhet' || o.inkassobevilling !== undefined;
}

/** The innsender as the registry knows it, or a stand-in agency when a supplier's own orgnr is not in it. */
export function innsenderOrganisasjon(registry: PartyRegistry, orgnr: string): Organisasjon {
  const p = registry.byId(orgnr);
  if (p && p.type === 'organisasjon') return p;
  if (p) throw new RangeError(`innsender ${orgnr} is a person in the party registry; it must be an organisation`);
  return {
    type: 'organisasjon', navn: `INNSENDER ${orgnr} AS`, organisasjonsnummer: orgnr, organisasjonsform: 'AS',
    adresse: { land: 'NO', adressetekst: 'Karl Johans gate 1', postnummer: '0154', poststed: 'OSLO', kommunenummer: '0301' },
    virksomhetstype: 'inkassovirksomhet',
  };
}

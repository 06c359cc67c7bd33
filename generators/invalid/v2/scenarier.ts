import { erLaastTilGammeltRegelverk } from '../../parties/gammelt-regelverk.ts';
import { sandkasseregister } from '../../parties/register.ts';
import { identifierOf, type Party } from '../../parties/types.ts';
import { aktoer } from '../../requests/v2/aktoer.ts';
import { erPartsdyktig } from '../../requests/v2/parter.ts';
import type { Faker } from '../../random.ts';
import { krev } from '../felles.ts';
import { duplikatInnsending, endring, flyttetBegjaeringsdato, nyttInnsendernavn, nyUnderskrift, vedleggsscenarier } from '../scenarier.ts';
import type { ScenarioBygger } from '../types.ts';
import { alleKrav, type Utleggsbegjaering } from './felles.ts';

// The 2.1 scenarios: the same server states as 0.9 (the sandbox markers work on any model), with a
// harmless change that 2.1 has a field for, and the two changes-only rules 2.1 adds.

type S = ScenarioBygger<Utleggsbegjaering>;

// 2.1 has no saksreferanse of our own; a claim's description is as harmless.
const nyKravbeskrivelse = (b: Utleggsbegjaering) => {
  const k = krev(alleKrav(b)[0], 'UAVKLART_STATUS', 'krav');
  k.kravbeskrivelse = `${k.kravbeskrivelse ?? 'Krav'} (endret)`;
};

/** A register party fit to be saksøker or saksøkt (hovedenhet or person, new rules) that the petition does not name. */
function nyPart(b: Utleggsbegjaering, faker: Faker, kode: string, type: Party['type']): Party {
  const tekst = JSON.stringify(b);
  const kandidater = sandkasseregister().all().filter((p) =>
    p.type === type && (p.type === 'person' || erPartsdyktig(p)) && !erLaastTilGammeltRegelverk(identifierOf(p)) && !tekst.includes(identifierOf(p)));
  return krev(kandidater.length ? faker.helpers.arrayElement(kandidater) : undefined, kode, `unused ${type} in the sandbox register`);
}

export const scenarier: Record<string, S> = {
  DUPLIKAT_INNSENDING: duplikatInnsending(),
  UAVKLART_STATUS: endring('__uavklart__', 'a change while the earlier submission is still unprocessed (status mottatt)', nyKravbeskrivelse),
  UGYLDIG_STATUS: endring('__avsluttet__', 'a change of a submission whose case is closed (status avsluttet)', nyKravbeskrivelse),
  ULOVLIG_ENDRING_BEGJAERINGSDATO: flyttetBegjaeringsdato(),
  ULOVLIG_ENDRING_INNSENDER: nyttInnsendernavn(),
  ULOVLIG_ENDRING_UNDERSKRIFT: nyUnderskrift(),
  // Another creditor in place of the first saksøker; everything else, its prosessfullmektig included, stays.
  ULOVLIG_ENDRING_SAKSOEKER: endring('', 'a change that puts another organisation in place of the saksøker', (b, faker) => {
    const s = krev(b.saksoeker?.[0], 'ULOVLIG_ENDRING_SAKSOEKER', 'saksøker');
    s.saksoeker = aktoer(nyPart(b, faker, 'ULOVLIG_ENDRING_SAKSOEKER', 'organisasjon'));
  }),
  // One more debtor in the change: a new saksøkt cannot join a case under the new rules.
  ULOVLIG_ENDRING_SAKSOEKT: endring('', 'a change that adds a saksøkt the submission did not have', (b, faker) => {
    b.saksoekt.push({ saksoekt: aktoer(nyPart(b, faker, 'ULOVLIG_ENDRING_SAKSOEKT', 'person')) });
  }),
  ...vedleggsscenarier<Utleggsbegjaering>(),
};

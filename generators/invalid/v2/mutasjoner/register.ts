import { checkPersonidentifikator } from '../../../identifiers/index.ts';
import { erLaastTilGammeltRegelverk } from '../../../parties/gammelt-regelverk.ts';
import { sandkasseregister, ukjentFoedselsnummer } from '../../../parties/register.ts';
import { identifierOf, type Organisasjon, type Party } from '../../../parties/types.ts';
import { aktoer } from '../../../requests/v2/aktoer.ts';
import type { Faker } from '../../../random.ts';
import { krev } from '../../felles.ts';
import type { Mutasjon } from '../../types.ts';
import type { Utleggsbegjaering } from '../felles.ts';

// The register rules, broken by naming a party the sandbox's register (sandkasseregister) holds with
// the property the rule is about: an ENK, an underenhet, a saksøkt on the old rules, or a saksøkt the
// register does not know at all. The party is new to the petition, so no duplicate rule can fire.

type M = Mutasjon<Utleggsbegjaering>;

/** A register party with `egenskap` that the petition does not mention anywhere. */
function ny(b: Utleggsbegjaering, faker: Faker, kode: string, hva: string, egenskap: (p: Party) => boolean): Party {
  const tekst = JSON.stringify(b);
  const kandidater = sandkasseregister().all().filter((p) => egenskap(p) && !tekst.includes(identifierOf(p)));
  return krev(kandidater.length ? faker.helpers.arrayElement(kandidater) : undefined, kode, `${hva} in the sandbox register that it does not already name`);
}

const erOrg = (p: Party): p is Organisasjon => p.type === 'organisasjon';
const ledig = (p: Party) => !erLaastTilGammeltRegelverk(identifierOf(p));
const enk = (p: Party) => erOrg(p) && p.organisasjonsform === 'ENK' && ledig(p);
const underenhet = (p: Party) => erOrg(p) && p.overordnetEnhet !== undefined && ledig(p);

function erstattSaksoeker(b: Utleggsbegjaering, part: Party, kode: string): void {
  krev(b.saksoeker?.[0], kode, 'saksøker').saksoeker = aktoer(part);
}

function erstattSaksoekt(b: Utleggsbegjaering, part: Party, kode: string): void {
  krev(b.saksoekt?.[0], kode, 'saksøkt').saksoekt = aktoer(part);
}

export const register: Record<string, M> = {
  SAKSOKER_ER_ENK: (b, faker) => erstattSaksoeker(b, ny(b, faker, 'SAKSOKER_ER_ENK', 'ENK', enk), 'SAKSOKER_ER_ENK'),
  ER_IKKE_HOVEDENHET: (b, faker) => erstattSaksoeker(b, ny(b, faker, 'ER_IKKE_HOVEDENHET', 'underenhet', underenhet), 'ER_IKKE_HOVEDENHET'),
  SAKSOEKT_ER_ENK: (b, faker) => erstattSaksoekt(b, ny(b, faker, 'SAKSOEKT_ER_ENK', 'ENK', enk), 'SAKSOEKT_ER_ENK'),
  SAKSOEKT_ER_IKKE_HOVEDENHET: (b, faker) => {
    erstattSaksoekt(b, ny(b, faker, 'SAKSOEKT_ER_IKKE_HOVEDENHET', 'underenhet', underenhet), 'SAKSOEKT_ER_IKKE_HOVEDENHET');
  },
  SAKSOEKT_GAMMELT_REGELVERK: (b, faker) => {
    const laast = ny(b, faker, 'SAKSOEKT_GAMMELT_REGELVERK', 'person locked to the old rules', (p) => p.type === 'person' && !ledig(p));
    erstattSaksoekt(b, laast, 'SAKSOEKT_GAMMELT_REGELVERK');
  },
  // A fødselsnummer with valid check digits, and a name and address, that the register has never heard of.
  SAKSOEKT_MANGLER_I_REGISTERET: (b, faker) => {
    const identifikator = ukjentFoedselsnummer(faker, sandkasseregister());
    const info = checkPersonidentifikator(identifikator);
    const foedselsdato = info.valid ? info.birthDate : '1980-01-01';
    erstattSaksoekt(b, {
      type: 'person', fornavn: 'Ukjent', etternavn: 'Skyldner', foedselsdato, identifikator,
      adresse: { land: 'NO', adressetekst: 'Storgata 1', postnummer: '0155', poststed: 'OSLO', kommunenummer: '0301' },
    }, 'SAKSOEKT_MANGLER_I_REGISTERET');
  },
};

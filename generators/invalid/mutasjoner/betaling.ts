import { generateKid, generateKontonummer } from '../../identifiers/index.ts';
import type { Utleggsbegjaering } from '../../../src/model/utleggsbegjaering.ts';
import type { Faker } from '../../random.ts';
import { feilKid, feilKontonummer } from '../felles.ts';
import type { Mutasjon } from '../types.ts';

/** The Norwegian account, created with valid numbers when the base pays elsewhere or not at all. */
function norskKonto(b: Utleggsbegjaering, faker: Faker) {
  const info = (b.betalingsinformasjon ??= {});
  const konto = (info.norskKonto ??= {});
  konto.kontonummer ??= generateKontonummer(faker);
  konto.kidnummer ??= generateKid(faker);
  return konto;
}

export const betaling: Record<string, Mutasjon> = {
  MANGELFULLE_KONTOOPPLYSNINGER: (b) => { b.betalingsinformasjon = { norskKonto: {} }; },
  UGYLDIG_KID: (b, faker) => {
    const konto = norskKonto(b, faker);
    konto.kidnummer = feilKid(konto.kidnummer!);
  },
  UGYLDIG_KONTONR: (b, faker) => {
    const konto = norskKonto(b, faker);
    konto.kontonummer = feilKontonummer(konto.kontonummer!);
  },
};

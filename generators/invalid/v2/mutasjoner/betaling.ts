import { generateKid, generateKontonummer } from '../../../identifiers/index.ts';
import { feilKid, feilKontonummer } from '../../felles.ts';
import type { Mutasjon } from '../../types.ts';
import type { Utleggsbegjaering } from '../felles.ts';

type M = Mutasjon<Utleggsbegjaering>;

/** 2.1's payment block with a Norwegian account, created with valid numbers when the base has none. */
function betaling(b: Utleggsbegjaering, faker: Parameters<M>[1]) {
  const info = (b.betalingsinformasjon ??= { norskKonto: true, kontoinformasjon: {} });
  info.norskKonto = true;
  const konto = (info.kontoinformasjon ??= {});
  konto.kontonummer ??= generateKontonummer(faker);
  info.kidnummer ??= generateKid(faker);
  return info;
}

export const betalinger: Record<string, M> = {
  // The account block is there but holds nothing to pay to.
  MANGELFULLE_KONTOOPPLYSNINGER: (b) => { b.betalingsinformasjon = { norskKonto: true, kontoinformasjon: {} }; },
  UGYLDIG_KID: (b, faker) => {
    const info = betaling(b, faker);
    info.kidnummer = feilKid(info.kidnummer!);
  },
  UGYLDIG_KONTONR: (b, faker) => {
    const konto = betaling(b, faker).kontoinformasjon!;
    konto.kontonummer = feilKontonummer(konto.kontonummer!);
  },
};

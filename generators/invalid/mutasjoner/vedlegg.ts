import type { Vedlegg } from '../../../src/model/utleggsbegjaering.ts';
import { kjentUuid, krev, tvangsgrunnlag } from '../felles.ts';
import type { Mutasjon } from '../types.ts';

// A reference of the wrong type is `annet` in a field that expects a specific type. Where the base has
// no reference in that field, one is added that points at an attachment the base already uses.

const annet = (filnavn: string, uuid: string): Vedlegg => ({ type: 'annet', filnavn, uuid });

export const vedlegg: Record<string, Mutasjon> = {
  UGYLDIG_VEDLEGG_BETALINGSOPPFORDRING: (b) => {
    const kode = 'UGYLDIG_VEDLEGG_BETALINGSOPPFORDRING';
    const oppfordring = (b.kravTilInnkreving ?? []).flatMap((k) => k.betalingsoppfordring ?? []).find((o) => o.betalingsoppfordring);
    if (oppfordring) oppfordring.betalingsoppfordring!.type = 'annet';
    else krev(b.kravTilInnkreving?.[0], kode, 'krav').betalingsoppfordring = [{ betalingsoppfordring: annet('betalingsoppfordring.pdf', kjentUuid(b, kode)) }];
  },
  UGYLDIG_VEDLEGG_FULLMAKT: (b) => {
    b.saksoeker[0].fullmakt = annet('fullmakt.pdf', kjentUuid(b, 'UGYLDIG_VEDLEGG_FULLMAKT'));
  },
  'UGYLDIG_VEDLEGG_TRANSPORTERKLÆRING': (b) => {
    b.saksoeker[0].transporterklaering = annet('transporterklaering.pdf', kjentUuid(b, 'UGYLDIG_VEDLEGG_TRANSPORTERKLÆRING'));
  },
  UGYLDIG_VEDLEGG_TVANGSGRUNNLAG: (b) => {
    const kode = 'UGYLDIG_VEDLEGG_TVANGSGRUNNLAG';
    const t = tvangsgrunnlag(b, kode);
    if (t.tvangsgrunnlag) t.tvangsgrunnlag.type = 'annet';
    else t.tvangsgrunnlag = annet('tvangsgrunnlag.pdf', kjentUuid(b, kode));
  },
  UGYLDIG_VEDLEGG_TVANGSKRAFTGRUNNLAG: (b) => {
    const kode = 'UGYLDIG_VEDLEGG_TVANGSKRAFTGRUNNLAG';
    const varsel = b.begjaeringensTvangsgrunnlag.flatMap((t) => t.varsel ?? []).find((v) => v.tvangskraftgrunnlag);
    if (varsel) varsel.tvangskraftgrunnlag!.type = 'annet';
    else {
      const t = tvangsgrunnlag(b, kode);
      (t.varsel ??= []).push({ type: 'varselTvfbl418', dato: b.begjaeringsdato, tvangskraftgrunnlag: annet('varsel.pdf', kjentUuid(b, kode)) });
    }
  },
  VEDLEGG_SKAL_HA_UUID: (b) => {
    const v = krev(b.begjaeringensTvangsgrunnlag.map((t) => t.tvangsgrunnlag).find((x) => x?.uuid), 'VEDLEGG_SKAL_HA_UUID', 'tvangsgrunnlag attachment');
    delete v.uuid;
  },
};

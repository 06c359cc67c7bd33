import { kjentUuid, krev } from '../../felles.ts';
import type { Mutasjon } from '../../types.ts';
import { annet, hovedkrav, innsendersProsessfullmektig, type Utleggsbegjaering } from '../felles.ts';

// A reference of the wrong type is `annet` in a field that expects a specific type. Where the base has
// no reference in that field, one is added that points at an attachment the base already uses. In 2.1
// a fullmakt belongs to a prosessfullmektig and a transporterklæring to a claim.

type M = Mutasjon<Utleggsbegjaering>;

export const vedlegg: Record<string, M> = {
  UGYLDIG_VEDLEGG_BETALINGSOPPFORDRING: (b) => {
    const kode = 'UGYLDIG_VEDLEGG_BETALINGSOPPFORDRING';
    const oppfordring = (b.kravTilInnkreving ?? []).flatMap((k) => k.betalingsoppfordring ?? []).find((o) => o.betalingsoppfordring);
    if (oppfordring) oppfordring.betalingsoppfordring!.type = 'annet';
    else {
      const t = b.begjaeringensTvangsgrunnlag[0];
      hovedkrav(b, kode).betalingsoppfordring = [{
        brevdato: t?.tvangsgrunnlagsdato ?? b.begjaeringsdato, betalingsfrist: b.begjaeringsdato, betalingsoppfordring: annet('betalingsoppfordring.pdf', kjentUuid(b, kode)),
      }];
    }
  },
  UGYLDIG_VEDLEGG_FULLMAKT: (b) => {
    const kode = 'UGYLDIG_VEDLEGG_FULLMAKT';
    const med = [b.innsender?.innsendersProsessfullmektig, ...b.saksoeker.map((s) => s.saksoekersProsessfullmektig)].find((p) => p?.fullmakt?.fullmakt);
    if (med) med.fullmakt!.fullmakt!.type = 'annet';
    else innsendersProsessfullmektig(b, kode).fullmakt = { fraDato: b.begjaeringsdato, fullmakt: annet('fullmakt.pdf', kjentUuid(b, kode)) };
  },
  'UGYLDIG_VEDLEGG_TRANSPORTERKLÆRING': (b) => {
    const kode = 'UGYLDIG_VEDLEGG_TRANSPORTERKLÆRING';
    const med = (b.kravTilInnkreving ?? []).flatMap((k) => k.transporterklaering ?? []).find((t) => t.transporterklaering);
    if (med) med.transporterklaering!.type = 'annet';
    else hovedkrav(b, kode).transporterklaering = [{ dato: b.begjaeringsdato, transporterklaering: annet('transporterklaering.pdf', kjentUuid(b, kode)) }];
  },
  UGYLDIG_VEDLEGG_TVANGSGRUNNLAG: (b) => {
    const kode = 'UGYLDIG_VEDLEGG_TVANGSGRUNNLAG';
    const t = krev(b.begjaeringensTvangsgrunnlag[0], kode, 'tvangsgrunnlag');
    if (t.tvangsgrunnlag) t.tvangsgrunnlag.type = 'annet';
    else t.tvangsgrunnlag = annet('tvangsgrunnlag.pdf', kjentUuid(b, kode));
  },
  UGYLDIG_VEDLEGG_TVANGSKRAFTGRUNNLAG: (b) => {
    const kode = 'UGYLDIG_VEDLEGG_TVANGSKRAFTGRUNNLAG';
    const varsel = b.begjaeringensTvangsgrunnlag.flatMap((t) => t.varsel ?? []).find((v) => v.tvangskraftgrunnlag);
    if (varsel) varsel.tvangskraftgrunnlag!.type = 'annet';
    else (krev(b.begjaeringensTvangsgrunnlag[0], kode, 'tvangsgrunnlag').varsel ??= []).push({ dato: b.begjaeringsdato, tvangskraftgrunnlag: annet('varsel.pdf', kjentUuid(b, kode)) });
  },
  VEDLEGG_SKAL_HA_UUID: (b) => {
    const v = krev(b.begjaeringensTvangsgrunnlag.map((t) => t.tvangsgrunnlag).find((x) => x?.uuid), 'VEDLEGG_SKAL_HA_UUID', 'tvangsgrunnlag attachment');
    delete v.uuid;
  },
};

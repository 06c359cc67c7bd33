import type { Regelkatalog } from '../../../src/spec/catalog.ts';
import type { Brudd } from '../../rules/types.ts';
import type { LagretInnsending } from '../../state/innsendinger.ts';
import type { LagretVedlegg } from '../../state/vedlegg.ts';

/** The receipt: what a client needs to poll for the submission later. */
export function kvittering(s: LagretInnsending) {
  const out: Record<string, unknown> = { begjaeringId: s.begjaeringId, status: s.status, mottatt: s.mottatt, versjon: s.versjon };
  if (s.begjaering.innsenderReferanse !== undefined) out.innsenderReferanse = s.begjaering.innsenderReferanse;
  if (s.begjaering.begjaeringsdato !== undefined) out.begjaeringsdato = s.begjaering.begjaeringsdato;
  return out;
}

export function innsendingsstatus(s: LagretInnsending) {
  const eksterne = (s.begjaering.begjaeringensTvangsgrunnlag ?? [])
    .map((t) => t?.eksternSaksreferanse)
    .filter((r): r is string => typeof r === 'string');
  return { ...kvittering(s), sistEndret: s.sistEndret, ...(eksterne.length ? { eksternSaksreferanser: eksterne } : {}) };
}

export function vedleggsstatus(v: LagretVedlegg) {
  const out: Record<string, unknown> = { uuid: v.uuid, filnavn: v.filnavn, status: v.status, stoerrelse: v.stoerrelse, opprettet: v.opprettet };
  if (v.innsenderReferanse !== undefined) out.innsenderReferanse = v.innsenderReferanse;
  if (v.feilaarsak !== undefined) out.feilaarsak = v.feilaarsak;
  return out;
}

/** ProblemDetailMedKontrollutslag: every broken rule, with the catalog's description. */
export function kontrollutslag(brudd: Brudd[], katalog: Regelkatalog, korrelasjonsid: string, instance: string) {
  return {
    type: 'urn:innkreving:utleggsbegjaering:kontrollutslag',
    title: 'Begjæringen bryter en eller flere kontroller',
    status: 422,
    detail: `${brudd.length} kontroll${brudd.length === 1 ? '' : 'er'} feilet`,
    instance,
    korrelasjonsid,
    kontrollutslag: brudd.map((b) => {
      const regel = katalog.byKode.get(b.kode);
      return {
        kode: b.kode,
        melding: b.melding,
        ...(regel?.beskrivelse ? { beskrivelse: regel.beskrivelse } : {}),
        ...(b.sti !== undefined ? { sti: b.sti } : {}),
      };
    }),
  };
}

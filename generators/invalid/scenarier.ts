import type { Utleggsbegjaering, Vedlegg } from '../../src/model/utleggsbegjaering.ts';
import type { Faker } from '../random.ts';
import { alleVedlegg, kopi, krev, nyReferanse } from './felles.ts';
import type { ScenarioBygger, Steg } from './types.ts';

// Scenarios for rules that need server state. Sandbox markers (see INTERFACES/sandbox README):
// attachment filnavn containing __virus__, __feilet__, __ikke-klar__, __slettet__, __kassert__ set the
// attachment's state; an innsenderReferanse containing __uavklart__ or __avsluttet__ sets the stored
// submission's status. Rules reachable without markers use none, so those scenarios run anywhere.

/** What every data model's petition has that these scenarios touch; the helpers serve each model's table. */
export interface Grunnform {
  innsenderReferanse?: string;
  begjaeringsdato: string;
  underskrift?: string;
  innsender?: { innsender?: { virksomhet?: { navn?: string; [extra: string]: unknown }; [extra: string]: unknown }; [extra: string]: unknown };
  begjaeringensTvangsgrunnlag: { tvangsgrunnlag?: { type: string; filnavn: string; uuid?: string; [extra: string]: unknown }; [extra: string]: unknown }[];
  [extra: string]: unknown;
}

interface Innsending<B> { body: B; steg: Steg[] }

/**
 * A copy of the base under a fresh innsenderReferanse (plus an optional marker), with every attachment
 * uploaded anew and bound to that reference: the scenario then depends on no earlier run, and the
 * base's own uploads (bound to its old reference) are not reused.
 */
export function nyInnsending<B extends Grunnform>(base: B, faker: Faker, markoer = ''): Innsending<B> {
  const body = kopi(base);
  body.innsenderReferanse = `${nyReferanse(faker, 'SCENARIO')}${markoer}`;
  const steg: Steg[] = [];
  const navn = new Map<string, string>();
  for (const v of alleVedlegg(body)) {
    if (typeof v.uuid !== 'string') continue;
    let lagret = navn.get(v.uuid);
    if (!lagret) {
      lagret = `vedlegg${navn.size + 1}`;
      navn.set(v.uuid, lagret);
      steg.push({ operationId: 'lastOppVedlegg', filnavn: v.filnavn, innsenderReferanse: body.innsenderReferanse, innhold: `syntetisk vedlegg ${v.filnavn}`, lagreSom: lagret });
    }
    v.uuid = `{{${lagret}}}`;
  }
  return { body, steg };
}

/** The attachment reference a state scenario points elsewhere: the first tvangsgrunnlag document. */
function maalVedlegg(body: Grunnform, kode: string): Vedlegg {
  return krev(body.begjaeringensTvangsgrunnlag?.[0]?.tvangsgrunnlag as Vedlegg | undefined, kode, 'tvangsgrunnlag attachment');
}

export const send = (body: unknown, forventetStatus: number, lagreSom?: string): Steg =>
  (lagreSom ? { operationId: 'sendInnUtleggsbegjaering', body, forventetStatus, lagreSom } : { operationId: 'sendInnUtleggsbegjaering', body, forventetStatus });

/** Submit (201), then send a change of the stored submission that must answer 422. */
export function endring<B extends Grunnform>(markoer: string, beskrivelse: string, endre: (b: B, faker: Faker) => void): ScenarioBygger<B> {
  return (base, faker) => {
    const { body, steg } = nyInnsending(base, faker, markoer);
    const endret = kopi(body);
    endre(endret, faker);
    return {
      beskrivelse,
      steg: [...steg, send(body, 201, 'begjaering'), { operationId: 'endreUtleggsbegjaering', begjaeringId: '{{begjaering}}', body: endret, forventetStatus: 422 }],
    };
  };
}

/** Upload one attachment under `filnavn`/`referanse`, point the first tvangsgrunnlag document at it, submit (422). */
export function vedleggstilstand<B extends Grunnform>(kode: string, beskrivelse: string, filnavn: (v: Vedlegg) => string, annenReferanse = false): ScenarioBygger<B> {
  return (base, faker) => {
    const { body, steg } = nyInnsending(base, faker);
    const v = maalVedlegg(body, kode);
    const referanse = annenReferanse ? nyReferanse(faker, 'ANNEN-BEGJAERING') : body.innsenderReferanse!;
    steg.push({ operationId: 'lastOppVedlegg', filnavn: filnavn(v), innsenderReferanse: referanse, innhold: `syntetisk vedlegg ${v.filnavn}`, lagreSom: 'maalvedlegg' });
    v.uuid = '{{maalvedlegg}}';
    return { beskrivelse, steg: [...steg, send(body, 422)] };
  };
}

export const medMarkoer = (markoer: string) => (v: Vedlegg) => v.filnavn.replace(/(\.[a-z]+)?$/i, `${markoer}$1`);

// A harmless change (our own case reference), for scenarios where the status alone forbids the change.
const nySaksreferanse = (b: Utleggsbegjaering) => { b.saksreferanse = `${b.saksreferanse ?? 'sak'} (endret)`; };

// Changes and resubmissions every data model has fields for, shared by each model's table.

export function duplikatInnsending<B extends Grunnform>(): ScenarioBygger<B> {
  return (base, faker) => {
    const { body, steg } = nyInnsending(base, faker);
    return { beskrivelse: 'the same petition (innsender, begjæringsdato, innsenderReferanse) submitted twice', steg: [...steg, send(body, 201), send(body, 422)] };
  };
}

export const flyttetBegjaeringsdato = <B extends Grunnform>() => endring<B>('', 'a change that moves begjæringsdato one day back', (b) => {
  const d = new Date(`${b.begjaeringsdato}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  b.begjaeringsdato = d.toISOString().slice(0, 10);
});

export const nyttInnsendernavn = <B extends Grunnform>() =>
  endring<B>('', 'a change that renames the innsender (same orgnummer, so authentication still matches)', (b) => {
    const v = krev(b.innsender?.innsender?.virksomhet, 'ULOVLIG_ENDRING_INNSENDER', 'innsender organisation');
    v.navn = `${v.navn ?? 'INNSENDER'} ENDRET`;
  });

export const nyUnderskrift = <B extends Grunnform>() =>
  endring<B>('', 'a change of underskrift', (b) => { b.underskrift = `${b.underskrift || 'Underskrift'} (endret)`; });

/** The four attachment states, with the first tvangsgrunnlag document pointed at the upload in question. */
export function vedleggsscenarier<B extends Grunnform>(): Record<string, ScenarioBygger<B>> {
  return {
    VEDLEGG_SKAL_HA_REFERANSE_TIL_BEGJAERINGEN: vedleggstilstand<B>(
      'VEDLEGG_SKAL_HA_REFERANSE_TIL_BEGJAERINGEN', 'an attachment uploaded for another innsenderReferanse', (v) => v.filnavn, true,
    ),
    VEDLEGG_SKAL_IKKE_HA_FEILET: vedleggstilstand<B>('VEDLEGG_SKAL_IKKE_HA_FEILET', 'an attachment whose processing failed', medMarkoer('__feilet__')),
    VEDLEGG_SKAL_VAERE_VIRUSSJEKKET_VALIDERT_OG_KONVERTERT: vedleggstilstand<B>(
      'VEDLEGG_SKAL_VAERE_VIRUSSJEKKET_VALIDERT_OG_KONVERTERT', 'an attachment still being processed', medMarkoer('__ikke-klar__'),
    ),
    // An unknown uuid needs no marker, so this one runs against any environment.
    VEDLEGG_SKAL_VAERE_TILGJENGELIG: (base, faker) => {
      const { body, steg } = nyInnsending(base, faker);
      maalVedlegg(body, 'VEDLEGG_SKAL_VAERE_TILGJENGELIG').uuid = faker.string.uuid();
      return { beskrivelse: 'a reference to an attachment uuid that was never uploaded', steg: [...steg, send(body, 422)] };
    },
  };
}

export const scenarier: Record<string, ScenarioBygger> = {
  DUPLIKAT_INNSENDING: duplikatInnsending(),
  UAVKLART_STATUS: endring('__uavklart__', 'a change while the earlier submission is still unprocessed (status mottatt)', nySaksreferanse),
  UGYLDIG_STATUS: endring('__avsluttet__', 'a change of a submission whose case is closed (status avsluttet)', nySaksreferanse),
  ULOVLIG_ENDRING_BEGJAERINGSDATO: flyttetBegjaeringsdato(),
  ULOVLIG_ENDRING_INNSENDER: nyttInnsendernavn(),
  ULOVLIG_ENDRING_UNDERSKRIFT: nyUnderskrift(),
  ...vedleggsscenarier<Utleggsbegjaering>(),
};

/**
 * TypeScript view of the Utleggsbegjæring 0.9 model (specs/utleggsbegjaering.yaml). Everything the rules
 * check is optional here, as in the schema, because a 422 rule must be able to see it missing.
 * Unknown properties are allowed: official payloads carry fields the seeds do not show.
 */
export interface Identifikator { identifikatortype?: string; verdi: string; landkode?: string; [extra: string]: unknown }
export interface Personnavn { fornavn?: string; mellomnavn?: string; etternavn?: string; [extra: string]: unknown }

export type Adressetype = 'ukjentBosted' | 'postadresse' | 'bopelsadresse' | 'forretningsadresse' | 'postboks';
export interface Adresse {
  adressetype?: Adressetype;
  adresseInnland?: { adresseFrittFormatInnland?: { adressetekst?: string; postnummer?: string; poststedsnavn?: string; kommunenummer?: string } };
  adresseUtland?: { adresseFrittFormatUtland?: { adressetekst?: string; poststed?: string; landkode?: string } };
  ukjentBosted?: { begrunnelse?: string; kommunenummer?: string };
  [extra: string]: unknown;
}

export interface Aktoer {
  adresse?: Adresse[];
  person?: { personnavn?: Personnavn; foedselsdato?: string; identifikator?: Identifikator; [extra: string]: unknown };
  virksomhet?: { navn?: string; identifikator?: Identifikator; virksomhetstype?: string; [extra: string]: unknown };
  [extra: string]: unknown;
}

export type VedleggType = 'betalingsoppfordring' | 'fullmakt' | 'transporterklæring' | 'tvangsgrunnlag' | 'tvangskraftgrunnlag' | 'annet';
export interface Vedlegg { type: VedleggType; filnavn: string; uuid?: string; [extra: string]: unknown }

export interface BeloepValuta { beloep?: number; valuta?: string }

export interface Krav {
  kravforfall?: { forfallsdato?: string };
  kravreferanse?: string;
  opprinneligBeloep?: BeloepValuta;
  gjenstaaendeBeloep?: BeloepValuta;
  prioritetDekningsloven?: string;
  kravdetaljer?: string;
  kravbeskrivelse?: string;
  betalingsoppfordring?: { betalingsfrist?: string; brevdato?: string; betalingsoppfordring?: Vedlegg }[];
  relatertKrav?: string[];
  renteOpplysning?: { avtaltRentesats?: number; forsinkelsesrente?: boolean };
  erRentekrav?: { rentePeriode?: { startdato?: string; sluttdato?: string } };
  [extra: string]: unknown;
}

export interface SkriftligMeddelelse {
  kravetsGrunnlag?: string;
  krevesFravaersdom?: boolean;
  forsendelsesmaate?: { forsendelsesmaate?: string; alternativElektroniskKanalForMeddelelse?: { kanalForMeddelelse?: string; akseptKanalvalg?: Vedlegg }; [extra: string]: unknown };
  faktiskeForholdForKravet?: string;
  paastand?: string;
  kanBehandlesIForliksraadet?: boolean;
  [extra: string]: unknown;
}

export interface BegjaeringensTvangsgrunnlag {
  innsendersKravreferanse?: string[];
  eksternSaksreferanse?: string;
  tvangsgrunnlagsdato?: string;
  tvangsgrunnlag?: Vedlegg;
  betegnelseAvTvangsgrunnlag?: string;
  varsel?: { dato?: string; type?: string; tvangskraftgrunnlag?: Vedlegg }[];
  begrunnelseUnnlatVarsel?: string;
  saerligTvangsgrunnlag?: {
    paalydendeBeloep?: number;
    skyldner?: Identifikator[];
    referanseSak?: string;
    kreditor?: Identifikator[];
    skriftligMeddelelse?: SkriftligMeddelelse;
    [extra: string]: unknown;
  };
  alminneligTvangsgrunnlag?: Record<string, unknown>;
  [extra: string]: unknown;
}

export interface Prosessfullmektig {
  prosessfullmektig?: Aktoer;
  bevillingshaver?: { navn?: Personnavn; inkassobevillingshaverNummer?: string };
  fullmakt?: Vedlegg;
  [extra: string]: unknown;
}

export interface Utleggsbegjaering {
  saksoeker: { saksoeker?: Aktoer; saksoekerReferanse?: string; fullmakt?: Vedlegg; transporterklaering?: Vedlegg; [extra: string]: unknown }[];
  saksoekt: { saksoekt?: Aktoer; [extra: string]: unknown }[];
  underskrift?: string;
  tvangsfullbyrdelsestype: 'utlegg' | 'utleggOgForliksklageKombinert' | 'utleggOgForlliksklageKombinert';
  begjaeringsdato: string;
  begjaeringensTvangsgrunnlag: BegjaeringensTvangsgrunnlag[];
  kreverRettsgebyrErstattet?: boolean;
  kravTilInnkreving?: Krav[];
  betalingsinformasjon?: { norskKonto?: { kontonummer?: string; kidnummer?: string }; utenlandskKonto?: { iban?: string; swiftBic?: string } };
  saksreferanse?: string;
  berOmInnkallingTilMoete?: boolean;
  innsenderReferanse?: string;
  valgtNamsmannsdistrikt?: { namsmannsdistrikt?: string; begrunnelse?: string };
  innsender?: { innsender?: Aktoer; prosessfullmektig?: Prosessfullmektig; [extra: string]: unknown };
  [extra: string]: unknown;
}

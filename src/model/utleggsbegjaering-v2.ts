/**
 * TypeScript view of the Utleggsbegjæring 2.1 model served under /v2 (specs/utleggsbegjaering-v2.yaml),
 * read from Skatteetaten's 1.1 figures, the 1.1 example and the change lists of 2.0 and 2.1.
 * As in the 0.9 view, everything a 422 rule checks is optional, and unknown properties are allowed:
 * official payloads carry fields no page shows. Elements 2.1 marks deprecated are still here.
 */
export interface Partsidentifikator {
  taxIdentificationNumber?: string;
  annenOffisiellIdentifikator?: string;
  landkodeIdentifikator?: string;
  [extra: string]: unknown;
}

export interface Personnavn { fornavn?: string; mellomnavn?: string; etternavn?: string; [extra: string]: unknown }

export type Adressetype = 'ukjentBosted' | 'postadresse' | 'bopelsadresse' | 'forretningsadresse' | 'postboks';
export interface AdresseFrittFormatInnland { adressetekst?: string | string[]; poststedsnavn?: string; kommunenummer?: string; postnummer?: string; [extra: string]: unknown }
export interface AdresseFrittFormatUtland { adressetekst?: string | string[]; poststedUtland?: string; landkode?: string; postnummerUtland?: string; [extra: string]: unknown }
export interface Adresse {
  adressetype?: Adressetype;
  adresseInnland?: AdresseFrittFormatInnland;
  adresseUtland?: AdresseFrittFormatUtland;
  ukjentBosted?: { kommunenummer?: string; begrunnelse?: string; [extra: string]: unknown };
  [extra: string]: unknown;
}

export type Virksomhetstype = 'inkassovirksomhet' | 'advokatfirma' | 'rettshjelper' | 'annet' | 'kommune';
export interface Virksomhet { navn?: string; identifikator?: Partsidentifikator; virksomhetstype?: Virksomhetstype; [extra: string]: unknown }
export interface Person {
  personnavn?: Personnavn;
  foedselsdato?: string;
  identifikator?: Partsidentifikator;
  innehaverEnkeltpersonforetak?: Virksomhet[];
  [extra: string]: unknown;
}

export interface Aktoer {
  virksomhet?: Virksomhet;
  person?: Person;
  sammenslutning?: { navn?: string; identifikator?: Partsidentifikator; [extra: string]: unknown };
  adresse?: Adresse[];
  [extra: string]: unknown;
}

export type VedleggType = 'betalingsoppfordring' | 'fullmakt' | 'transporterklæring' | 'tvangsgrunnlag' | 'tvangskraftgrunnlag' | 'annet';
export interface Vedlegg { type: VedleggType; filnavn: string; uuid?: string; [extra: string]: unknown }

export interface Kontaktinformasjon { epostAdresse?: string; telefonnummer?: string; [extra: string]: unknown }

export interface Prosessfullmektig {
  prosessfullmektig?: Aktoer;
  fullmakt?: { fraDato?: string; tilDato?: string; fullmakt?: Vedlegg; [extra: string]: unknown };
  bevillingshaver?: { navn?: Personnavn; [extra: string]: unknown };
  [extra: string]: unknown;
}

export interface Saksoeker {
  saksoeker?: Aktoer;
  saksoekerKontaktinformasjon?: Kontaktinformasjon;
  saksoekersProsessfullmektig?: Prosessfullmektig;
  [extra: string]: unknown;
}
export interface Saksoekt { saksoekt?: Aktoer; saksoektesProsessfullmektig?: Prosessfullmektig; [extra: string]: unknown }
export interface Innsender {
  innsender?: Aktoer;
  saksbehandler?: string;
  saksbehandlersKontaktinformasjon?: Kontaktinformasjon;
  innsendersProsessfullmektig?: Prosessfullmektig;
  [extra: string]: unknown;
}

export interface BeloepValuta { beloep?: number; valuta?: string; [extra: string]: unknown }
export interface Datoperiode { startdato?: string; sluttdato?: string; [extra: string]: unknown }

export interface Krav {
  kravdetaljer?: string;
  kravbeskrivelse?: string;
  prioritetISak?: number | string;
  prioritetDekningsloven?: string;
  innsendersKravreferanse?: string;
  kravgrunnlagsidentifikator?: Partsidentifikator | string;
  relatertKrav?: string[];
  opprinneligBeloep?: BeloepValuta;
  gjenstaaendeBeloep?: BeloepValuta;
  sisteFristavbrytendeTiltak?: string;
  /** Deprecated in 2.1 (still accepted). */
  rentekrav?: { rentePeriode?: Datoperiode; renteGrunnlag?: BeloepValuta; beregnetMedForsinkelsesrente?: boolean; beregnetMedAvtaltRentesats?: number; [extra: string]: unknown };
  rentebaerendeKrav?: { harForsinkelsesrente?: boolean; avtaltRentesats?: number; prioritetISakFremtidigRentekrav?: number; [extra: string]: unknown };
  kravforfall?: { forfallsdato?: string; [extra: string]: unknown };
  betalingsoppfordring?: { brevdato?: string; betalingsfrist?: string; betalingsoppfordring?: Vedlegg; [extra: string]: unknown }[];
  tilleggsfristForeldelse?: { dato?: string; grunnlag?: string; begrunnelse?: string; [extra: string]: unknown }[];
  innbetaling?: { bokfoertDato?: string; beloep?: BeloepValuta; [extra: string]: unknown }[];
  kravEndring?: { nedjusteringAvInnsender?: BeloepValuta; dato?: string; [extra: string]: unknown }[];
  transporterklaering?: { dato?: string; beloep?: BeloepValuta; transportertFra?: Partsidentifikator; transportertTil?: Partsidentifikator; transporterklaering?: Vedlegg; [extra: string]: unknown }[];
  [extra: string]: unknown;
}

export interface Varsel {
  /** Deprecated in 2.1. */
  type?: string;
  dato?: string;
  tvangskraftgrunnlag?: Vedlegg;
  forsendelsemaateType?: string;
  /** Figure e's name for forsendelsemaateType; accepted as a deprecated alias. */
  forsendelsesmaatetype?: string;
  alternativElektroniskForsendelsesmaate?: { kanalForMeddelelse?: string; akseptKanalvalg?: Vedlegg; [extra: string]: unknown };
  [extra: string]: unknown;
}

export interface SkriftligMeddelelse {
  /** Deprecated in 2.1. */
  kravetsGrunnlag?: string;
  faktiskeForholdForKravet?: string;
  paastand?: string;
  kanBehandlesIForliksraadet?: boolean;
  krevesFravaersdom?: boolean;
  forsendelsesmaate?: { forsendelsesmaate?: string; alternativElektroniskForsendelsesmaate?: { kanalForMeddelelse?: string; akseptKanalvalg?: Vedlegg; [extra: string]: unknown }; [extra: string]: unknown };
  mottakeradresseInnland?: AdresseFrittFormatInnland;
  mottakeradresseUtland?: AdresseFrittFormatUtland;
  [extra: string]: unknown;
}

export interface SaerligTvangsgrunnlag {
  /** Deprecated in 2.1. */
  skyldner?: Partsidentifikator[];
  /** Deprecated in 2.1. */
  kreditor?: Partsidentifikator[];
  tvangsmulktEllerLovbestemmelse?: { type?: string; juridiskGrunnlag?: string; vedtakendeMyndighet?: unknown; [extra: string]: unknown };
  skriftligMeddelelse?: SkriftligMeddelelse;
  gjeldsbrev?: { skyldnererklaering?: boolean; inndrivelsesklausul?: boolean; vitne?: Partsidentifikator[]; [extra: string]: unknown };
  elektroniskGjeldserklaering?: { skyldnererklaering?: boolean; inndrivelsesklausul?: boolean; [extra: string]: unknown };
  sjekkEllerVeksel?: { sjekk?: boolean; veksel?: boolean; [extra: string]: unknown };
  [extra: string]: unknown;
}

export interface BegjaeringensTvangsgrunnlag {
  betegnelseAvTvangsgrunnlag?: string;
  tvangsgrunnlagsdato?: string;
  innsendersKravreferanse?: string[];
  /** Deprecated in 2.1. */
  eksternSaksreferanse?: string;
  varsel?: Varsel[];
  begrunnelseUnnlatVarsel?: string;
  tvangsgrunnlag?: Vedlegg;
  alminneligTvangsgrunnlag?: {
    type?: string;
    domsslutningInformasjon?: { oppfyllelsesfrist?: string; forkynnelsesdato?: string; forpliktet?: Partsidentifikator[]; berettiget?: Partsidentifikator[]; [extra: string]: unknown }[];
    [extra: string]: unknown;
  };
  saerligTvangsgrunnlag?: SaerligTvangsgrunnlag;
  [extra: string]: unknown;
}

export interface Betalingsinformasjon {
  kidnummer?: string;
  norskKonto?: boolean;
  kontoinformasjon?: { bankkode?: string; bankNavn?: string; landkodeBank?: string; kontovaluta?: string; iban?: string; bic?: string; kontonummer?: string; [extra: string]: unknown };
  betalingsmottaker?: Partsidentifikator;
  [extra: string]: unknown;
}

export interface KreverFritakRettsgebyr {
  kreverFritakRettsgebyr?: boolean;
  /** Figure c1's name for kreverFritakRettsgebyr; accepted as a deprecated alias. */
  kreverFritattRettsgebyr?: boolean;
  aarsakTilFritak?: string;
  [extra: string]: unknown;
}

export interface Utleggsbegjaering {
  innsenderReferanse?: string;
  tvangsfullbyrdelsestype: 'utlegg' | 'utleggOgForliksklageKombinert';
  begjaeringsdato: string;
  berOmInnkallingTilMoeteMedBegrunnelse?: string;
  berOmUnnlattForeleggelseMedBegrunnelse?: string;
  spesiellUtleggsgjenstand?: string[];
  vedlegg?: Vedlegg[];
  underskrift?: string;
  saksoeker: Saksoeker[];
  saksoekt: Saksoekt[];
  innsender?: Innsender;
  kreverRettsgebyrErstattet?: { kreverRettsgebyrErstattet?: boolean; prioritetISakRettsgebyr?: number; prioritetISakFremtidigRentekrav?: number; kreverRenterAvRettsgebyr?: boolean; [extra: string]: unknown };
  kreverFritakRettsgebyr?: KreverFritakRettsgebyr;
  /** Figure c1's name for kreverFritakRettsgebyr; accepted as a deprecated alias. */
  kreverFritattRettsgebyr?: KreverFritakRettsgebyr;
  betalingsinformasjon?: Betalingsinformasjon;
  valgtNamsmannsdistrikt?: { namsmannsdistrikt?: string; begrunnelse?: string; [extra: string]: unknown };
  begjaeringensTvangsgrunnlag: BegjaeringensTvangsgrunnlag[];
  kravTilInnkreving?: Krav[];
  [extra: string]: unknown;
}

import duplikatInnsending from './duplikat-innsending.ts';
import duplikatSaksoeker from './duplikat-saksoeker.ts';
import duplikatSaksoekt from './duplikat-saksoekt.ts';
import erIkkeHovedenhet from './er-ikke-hovedenhet.ts';
import gebyrEllerSakskostnadHarEtRelatertkravSomIkkeErHovedstol from './gebyr-eller-sakskostnad-har-et-relatertkrav-som-ikke-er-hovedstol.ts';
import hovedstolSkalIkkeHaEtRelatertKrav from './hovedstol-skal-ikke-ha-et-relatert-krav.ts';
import innbetalingFramITid from './innbetaling-fram-i-tid.ts';
import innsenderIkkeIdentifiserbar from './innsender-ikke-identifiserbar.ts';
import innsenderIkkeOrganisasjon from './innsender-ikke-organisasjon.ts';
import innsenderMangler from './innsender-mangler.ts';
import innsenderSamsvarerIkkeMedAutentisering from './innsender-samsvarer-ikke-med-autentisering.ts';
import kanBehandlesIForliksraadetPaakrevet from './kan-behandles-i-forliksraadet-paakrevet.ts';
import kravDuplikateReferanser from './krav-duplikate-referanser.ts';
import kravIFlereTvangsgrunnlag from './krav-i-flere-tvangsgrunnlag.ts';
import kravIkkeBenyttet from './krav-ikke-benyttet.ts';
import kravManglerForfallsdato from './krav-mangler-forfallsdato.ts';
import kravOppgisUtenForfallsdato from './krav-oppgis-uten-forfallsdato.ts';
import maksEnAdresseAvHverType from './maks-en-adresse-av-hver-type.ts';
import mangelfulleKontoopplysninger from './mangelfulle-kontoopplysninger.ts';
import manglerKrav from './mangler-krav.ts';
import manglerOpplysningerBevillingshaver from './mangler-opplysninger-bevillingshaver.ts';
import manglerOpplysningerOmSaksoeker from './mangler-opplysninger-om-saksoeker.ts';
import manglerOpplysningerOmSaksoekt from './mangler-opplysninger-om-saksoekt.ts';
import manglerOpplysningerProsessfullmektigPerson from './mangler-opplysninger-prosessfullmektig-person.ts';
import paastandPaakrevet from './paastand-paakrevet.ts';
import paragraf418VarselPaakrevet from './paragraf-4-18-varsel-paakrevet.ts';
import paragraf419VarselPaakrevet from './paragraf-4-19-varsel-paakrevet.ts';
import prioritetManglerPaaRenteopplysninger from './prioritet-mangler-paa-renteopplysninger.ts';
import prioritetManglerPaaRettsgebyr from './prioritet-mangler-paa-rettsgebyr.ts';
import prioritetMangler from './prioritet-mangler.ts';
import relaterteKravKanIkkePekePaaSegSelv from './relaterte-krav-kan-ikke-peke-paa-seg-selv.ts';
import relaterteKravMaaFinnes from './relaterte-krav-maa-finnes.ts';
import relaterteKravUgyldigeKravreferanser from './relaterte-krav-ugyldige-kravreferanser.ts';
import renteMaaHaRelatertKrav from './rente-maa-ha-relatert-krav.ts';
import rentekravKanBareRelateresTilEttKrav from './rentekrav-kan-bare-relateres-til-ett-krav.ts';
import rentekravKanIkkeHaRentekrav from './rentekrav-kan-ikke-ha-rentekrav.ts';
import rentekravKanIkkeHaRenteopplysninger from './rentekrav-kan-ikke-ha-renteopplysninger.ts';
import rentekravPeriodeMaaHaGyldigPeriode from './rentekrav-periode-maa-ha-gyldig-periode.ts';
import rentekravTilknyttetIkkeRentekrav from './rentekrav-tilknyttet-ikke-rentekrav.ts';
import saksoekersInnenlandsAdresseUgyldig from './saksoekers-innenlands-adresse-ugyldig.ts';
import saksoekersUtenlandsAdresseUgyldig from './saksoekers-utenlands-adresse-ugyldig.ts';
import saksoektErEnk from './saksoekt-er-enk.ts';
import saksoektErIkkeHovedenhet from './saksoekt-er-ikke-hovedenhet.ts';
import saksoektGammeltRegelverk from './saksoekt-gammelt-regelverk.ts';
import saksoektManglerIRegisteret from './saksoekt-mangler-i-registeret.ts';
import saksoektesInnenlandsAdresseUgyldig from './saksoektes-innenlands-adresse-ugyldig.ts';
import saksoektesUtenlandsAdresseUgyldig from './saksoektes-utenlands-adresse-ugyldig.ts';
import saksokerErEnk from './saksoker-er-enk.ts';
import sammeSaksoektSomSaksoeker from './samme-saksoekt-som-saksoeker.ts';
import tvangsgrunnlagUgyldigeKravreferanser from './tvangsgrunnlag-ugyldige-kravreferanser.ts';
import uavklartStatus from './uavklart-status.ts';
import ugyldigBeloep from './ugyldig-beloep.ts';
import ugyldigKid from './ugyldig-kid.ts';
import ugyldigKontonr from './ugyldig-kontonr.ts';
import ugyldigOrgnrProsessfullmektig from './ugyldig-orgnr-prosessfullmektig.ts';
import ugyldigRente from './ugyldig-rente.ts';
import ugyldigStatus from './ugyldig-status.ts';
import ugyldigVedleggBetalingsoppfordring from './ugyldig-vedlegg-betalingsoppfordring.ts';
import ugyldigVedleggFullmakt from './ugyldig-vedlegg-fullmakt.ts';
import ugyldigVedleggTransporterklaering from './ugyldig-vedlegg-transporterklaering.ts';
import ugyldigVedleggTvangsgrunnlag from './ugyldig-vedlegg-tvangsgrunnlag.ts';
import ugyldigVedleggTvangskraftgrunnlag from './ugyldig-vedlegg-tvangskraftgrunnlag.ts';
import ulovligEndringBegjaeringsdato from './ulovlig-endring-begjaeringsdato.ts';
import ulovligEndringInnsender from './ulovlig-endring-innsender.ts';
import ulovligEndringSaksoeker from './ulovlig-endring-saksoeker.ts';
import ulovligEndringSaksoekt from './ulovlig-endring-saksoekt.ts';
import ulovligEndringUnderskrift from './ulovlig-endring-underskrift.ts';
import vedleggSkalHaReferanseTilBegjaeringen from './vedlegg-skal-ha-referanse-til-begjaeringen.ts';
import vedleggSkalHaUuid from './vedlegg-skal-ha-uuid.ts';
import vedleggSkalIkkeHaFeilet from './vedlegg-skal-ikke-ha-feilet.ts';
import vedleggSkalVaereTilgjengelig from './vedlegg-skal-vaere-tilgjengelig.ts';
import vedleggSkalVaereVirussjekketValidertOgKonvertert from './vedlegg-skal-vaere-virussjekket-validert-og-konvertert.ts';
import { bindRegler, type BundetRegel, type RegelSett } from '../registry.ts';
import { aapneMinne, lukkMinne } from './felles/minne.ts';
import type { Begjaering, Behov, Brudd, Regel, RegelKontekst, RegelModul } from '../types.ts';

/**
 * Every rule module, one per code of any catalog (alphabetical by file). A version binds the ones its
 * catalog lists (reglerFor); each module reads every data model.
 */
export const moduler: readonly RegelModul[] = Object.freeze([
  duplikatInnsending,
  duplikatSaksoeker,
  duplikatSaksoekt,
  erIkkeHovedenhet,
  gebyrEllerSakskostnadHarEtRelatertkravSomIkkeErHovedstol,
  hovedstolSkalIkkeHaEtRelatertKrav,
  innbetalingFramITid,
  innsenderIkkeIdentifiserbar,
  innsenderIkkeOrganisasjon,
  innsenderMangler,
  innsenderSamsvarerIkkeMedAutentisering,
  kanBehandlesIForliksraadetPaakrevet,
  kravDuplikateReferanser,
  kravIFlereTvangsgrunnlag,
  kravIkkeBenyttet,
  kravManglerForfallsdato,
  kravOppgisUtenForfallsdato,
  maksEnAdresseAvHverType,
  mangelfulleKontoopplysninger,
  manglerKrav,
  manglerOpplysningerBevillingshaver,
  manglerOpplysningerOmSaksoeker,
  manglerOpplysningerOmSaksoekt,
  manglerOpplysningerProsessfullmektigPerson,
  paastandPaakrevet,
  paragraf418VarselPaakrevet,
  paragraf419VarselPaakrevet,
  prioritetManglerPaaRenteopplysninger,
  prioritetManglerPaaRettsgebyr,
  prioritetMangler,
  relaterteKravKanIkkePekePaaSegSelv,
  relaterteKravMaaFinnes,
  relaterteKravUgyldigeKravreferanser,
  renteMaaHaRelatertKrav,
  rentekravKanBareRelateresTilEttKrav,
  rentekravKanIkkeHaRentekrav,
  rentekravKanIkkeHaRenteopplysninger,
  rentekravPeriodeMaaHaGyldigPeriode,
  rentekravTilknyttetIkkeRentekrav,
  saksoekersInnenlandsAdresseUgyldig,
  saksoekersUtenlandsAdresseUgyldig,
  saksoektErEnk,
  saksoektErIkkeHovedenhet,
  saksoektGammeltRegelverk,
  saksoektManglerIRegisteret,
  saksoektesInnenlandsAdresseUgyldig,
  saksoektesUtenlandsAdresseUgyldig,
  saksokerErEnk,
  sammeSaksoektSomSaksoeker,
  tvangsgrunnlagUgyldigeKravreferanser,
  uavklartStatus,
  ugyldigBeloep,
  ugyldigKid,
  ugyldigKontonr,
  ugyldigOrgnrProsessfullmektig,
  ugyldigRente,
  ugyldigStatus,
  ugyldigVedleggBetalingsoppfordring,
  ugyldigVedleggFullmakt,
  ugyldigVedleggTransporterklaering,
  ugyldigVedleggTvangsgrunnlag,
  ugyldigVedleggTvangskraftgrunnlag,
  ulovligEndringBegjaeringsdato,
  ulovligEndringInnsender,
  ulovligEndringSaksoeker,
  ulovligEndringSaksoekt,
  ulovligEndringUnderskrift,
  vedleggSkalHaReferanseTilBegjaeringen,
  vedleggSkalHaUuid,
  vedleggSkalIkkeHaFeilet,
  vedleggSkalVaereTilgjengelig,
  vedleggSkalVaereVirussjekketValidertOgKonvertert,
]);

const sett = new Map<string, RegelSett>();

/** The rules of one catalog version (the run's choice when omitted), bound once and cached. */
export function reglerFor(version?: string): RegelSett {
  const key = version ?? process.env.CONFORMANCE_UTLEGGSBEGJAERING_VERSION ?? '';
  let s = sett.get(key);
  if (!s) sett.set(key, (s = bindRegler(moduler, version)));
  return s;
}

/** The lookup of RegelKontekst each need names; without it a rule that declares the need finds nothing. */
const OPPSLAG: readonly [Behov, keyof RegelKontekst][] = [
  ['innsendinger', 'erDuplikat'], ['autentisering', 'paaloggetOrgnr'], ['vedlegg', 'hentVedlegg'],
  ['partsregister', 'partsregister'], ['tidligere', 'tidligere'],
];

/** Per rule set, the rules to run for each combination of modus 'endre' and lookups given (built at first use). */
const utvalg = new Map<RegelSett, (readonly BundetRegel[] | undefined)[]>();

function reglerSomKanFinneNoe(s: RegelSett, ktx: RegelKontekst): readonly BundetRegel[] {
  let nr = ktx.modus === 'endre' ? 1 : 0;
  for (let i = 0; i < OPPSLAG.length; i++) if (ktx[OPPSLAG[i][1]] !== undefined) nr |= 2 << i;
  let perNr = utvalg.get(s);
  if (!perNr) utvalg.set(s, (perNr = []));
  let regler = perNr[nr];
  if (!regler) {
    const mangler = new Set(OPPSLAG.filter((_, i) => (nr & (2 << i)) === 0).map(([behov]) => behov));
    perNr[nr] = regler = (nr & 1 ? s.alle : s.utenEndringsregler).filter((r) => !r.trenger.some((behov) => mangler.has(behov)));
  }
  return regler;
}

/**
 * Runs every rule of the version's catalog (changes-only rules only in modus 'endre') and returns all
 * violations in catalog order. No catalog reading or regex compiling happens here: both are done once.
 * A rule that needs a lookup the context does not give (its `trenger`) is skipped: it would find nothing.
 */
export function evaluate(b: Begjaering, ktx: RegelKontekst, version?: string): Brudd[] {
  const regler = reglerSomKanFinneNoe(reglerFor(version), ktx);
  const ut: Brudd[] = [];
  // Indexes several rules share (felles/minne.ts) are built once for this run and dropped after it.
  // A run inside a run (no caller does this) keeps the outer memo; its own petition then builds afresh.
  const egenMinne = aapneMinne(b);
  try {
    for (let i = 0; i < regler.length; i++) regler[i].kjoer(b, ktx, ut);
  } finally {
    if (egenMinne) lukkMinne();
  }
  return ut;
}

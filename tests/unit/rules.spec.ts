import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lastRegelkatalog } from '../../sandbox/rules/catalog.ts';
import { kompilerMal, UKJENT } from '../../sandbox/rules/melding.ts';
import { regel } from '../../sandbox/rules/modul.ts';
import { bindRegler } from '../../sandbox/rules/registry.ts';
import type { Behandlingsstatus, LagretVedlegg, RegelKontekst, Vedleggsstatus } from '../../sandbox/rules/types.ts';
import { harMaksToDesimaler } from '../../sandbox/rules/utleggsbegjaering/felles/tall.ts';
import { evaluate as evaluateVersion, moduler, reglerFor } from '../../sandbox/rules/utleggsbegjaering/index.ts';
import type { Brudd } from '../../sandbox/rules/types.ts';

// These tables speak the 0.9 model of the seeds (/v1); tests/unit/rules-v2.spec.ts covers 2.1.
const V = 'v1';
const regler = reglerFor(V).byKode;
const evaluate = (b: unknown, ktx: RegelKontekst): Brudd[] => evaluateVersion(b as never, ktx, V);
import { apiVersion, listVersions } from '../../src/spec/versions.ts';

// The tables reach deep into a known seed; the model's optional chains would only add noise there.
type B = any;

function seed(name: 'enkel' | 'kompleks'): B {
  return JSON.parse(readFileSync(join(apiVersion('utleggsbegjaering', V).examples!, `${name}.json`), 'utf8'));
}
const ENKEL = seed('enkel');
const KOMPLEKS = seed('kompleks');

/** What the sandbox knows when the seeds are sent by their innsender. */
const KTX: RegelKontekst = {
  modus: 'sendInn', paaloggetOrgnr: '312597772', erDuplikat: () => false, hentVedlegg: (uuid) => ({ uuid, status: 'konvertert' }),
};

interface Tilfelle {
  description: string;
  /** Changes a copy of the base (enkel.json unless `base` says otherwise). */
  data?: (b: B) => void;
  base?: 'enkel' | 'kompleks';
  ktx?: Partial<RegelKontekst>;
  valid: boolean;
  /** Something the message must contain (the filled-in value). */
  melding?: string;
  sti?: string;
}

const vedlegg = (status: Vedleggsstatus, innsenderReferanse?: string) => (uuid: string): LagretVedlegg => ({ uuid, status, innsenderReferanse });
const tidligere = (status: Behandlingsstatus, endre?: (b: B) => void) => {
  const b = structuredClone(ENKEL);
  endre?.(b);
  return { modus: 'endre' as const, tidligere: { begjaering: b, status } };
};
const tg = (b: B) => b.begjaeringensTvangsgrunnlag[0];
const sm = (b: B) => tg(b).saerligTvangsgrunnlag.skriftligMeddelelse;
const pf = (b: B) => b.innsender.prosessfullmektig;
const utland = (f: Record<string, string>) => [{ adressetype: 'postadresse', adresseUtland: { adresseFrittFormatUtland: f } }];
const annenOrg = { navn: 'SMUL FLAT TIGER AS', identifikator: { verdi: '313182495', landkode: 'NO' } };

const TABELL: Record<string, Tilfelle[]> = {
  DUPLIKAT_INNSENDING: [
    { description: 'already stored', ktx: { erDuplikat: (o, d, r) => o === '312597772' && d === '2025-01-10' && r === 'InnsenderRef123' }, valid: false, melding: 'begjæringsdato 2025-01-10 og referanse InnsenderRef123', sti: '/innsenderReferanse' },
    { description: 'not stored', valid: true },
    { description: 'a change replaces its own earlier submission', ktx: { modus: 'endre', erDuplikat: () => true }, valid: true },
    { description: 'offline: no lookup, skipped', ktx: { erDuplikat: undefined }, valid: true },
  ],
  DUPLIKAT_SAKSOEKER: [
    { description: 'the same saksøker twice', data: (b) => b.saksoeker.push(structuredClone(b.saksoeker[0])), valid: false, sti: '/saksoeker/1' },
    { description: 'two different saksøkere', data: (b) => b.saksoeker.push({ saksoeker: { virksomhet: annenOrg } }), valid: true },
    { description: 'the same person without identifier (name and birth date)', data: (b) => { const p = { person: { personnavn: { fornavn: 'A', etternavn: 'B' }, foedselsdato: '1990-01-01' } }; b.saksoeker = [{ saksoeker: p }, { saksoeker: structuredClone(p) }]; }, valid: false },
  ],
  DUPLIKAT_SAKSOEKT: [
    { description: 'the same saksøkt twice', data: (b) => b.saksoekt.push(structuredClone(b.saksoekt[0])), valid: false, sti: '/saksoekt/1' },
    { description: 'two different saksøkte', data: (b) => b.saksoekt.push({ saksoekt: { virksomhet: annenOrg } }), valid: true },
  ],
  INNSENDER_IKKE_IDENTIFISERBAR: [
    { description: 'orgnummer with a wrong check digit', data: (b) => { b.innsender.innsender.virksomhet.identifikator.verdi = '312597773'; }, valid: false, melding: 'Inkassobyrå AS (312597773)' },
    { description: 'no identifier', data: (b) => { delete b.innsender.innsender.virksomhet.identifikator; }, valid: false, melding: 'Innsender Inkassobyrå AS kan' },
    { description: 'a foreign identifier is not MOD11-checked', data: (b) => { b.innsender.innsender.virksomhet.identifikator = { verdi: '5560360793', landkode: 'SE' }; }, valid: true },
    { description: 'a person innsender is another rule', data: (b) => { b.innsender.innsender = { person: { personnavn: { fornavn: 'A', etternavn: 'B' } } }; }, valid: true },
  ],
  INNSENDER_IKKE_ORGANISASJON: [
    { description: 'a person', data: (b) => { b.innsender.innsender = { person: { personnavn: { fornavn: 'Elisabeth', etternavn: 'Lippestad' } } }; }, valid: false, melding: 'Innsender Elisabeth Lippestad er ikke' },
    { description: 'an organisation', valid: true },
  ],
  INNSENDER_MANGLER: [
    { description: 'no innsender block', data: (b) => { delete b.innsender; }, valid: false, sti: '/innsender' },
    { description: 'an innsender with only an address', data: (b) => { delete b.innsender.innsender.virksomhet; }, valid: false },
    { description: 'an innsender organisation', valid: true },
  ],
  INNSENDER_SAMSVARER_IKKE_MED_AUTENTISERING: [
    { description: 'another organisation is logged in', ktx: { paaloggetOrgnr: '310478717' }, valid: false, melding: '312597772, som angitt i begjæringen, avviker fra pålogget virksomhet, 310478717' },
    { description: 'the innsender is logged in', valid: true },
    { description: 'offline: no authentication, skipped', ktx: { paaloggetOrgnr: undefined }, valid: true },
    { description: 'an unidentifiable innsender is left to INNSENDER_IKKE_IDENTIFISERBAR', data: (b) => { b.innsender.innsender.virksomhet.identifikator.verdi = '312597773'; }, valid: true },
  ],
  KAN_BEHANDLES_I_FORLIKSRAADET_PAAKREVET: [
    { description: 'the written notice does not answer', data: (b) => { delete sm(b).kanBehandlesIForliksraadet; }, valid: false, sti: '/begjaeringensTvangsgrunnlag/0/saerligTvangsgrunnlag/skriftligMeddelelse/kanBehandlesIForliksraadet' },
    { description: 'answered no (the seeds)', valid: true },
    { description: 'answered yes', data: (b) => { sm(b).kanBehandlesIForliksraadet = true; }, valid: true },
    { description: 'no written notice', data: (b) => { delete tg(b).saerligTvangsgrunnlag.skriftligMeddelelse; }, valid: true },
  ],
  KRAV_DUPLIKATE_REFERANSER: [
    { description: 'a claim listed twice', data: (b) => b.kravTilInnkreving!.push(structuredClone(b.kravTilInnkreving![0])), valid: false, melding: 'kravreferanse 00890772001', sti: '/kravTilInnkreving/3/kravreferanse' },
    { description: 'unique references', valid: true },
  ],
  KRAV_IKKE_BENYTTET: [
    { description: 'a claim no tvangsgrunnlag lists', data: (b) => { tg(b).innsendersKravreferanse.pop(); }, valid: false, melding: 'kravreferanse UtenrettsligKostnaderPåHovedkrav_00890772001 er ikke', sti: '/kravTilInnkreving/2' },
    { description: 'every claim listed', valid: true, base: 'kompleks' },
  ],
  KRAV_I_FLERE_TVANGSGRUNNLAG: [
    { description: 'a main claim in both tvangsgrunnlag', base: 'kompleks', data: (b) => b.begjaeringensTvangsgrunnlag[1].innsendersKravreferanse.push('101461397'), valid: false, sti: '/begjaeringensTvangsgrunnlag/1/innsendersKravreferanse/7' },
    { description: 'listed twice in one tvangsgrunnlag is not several', data: (b) => tg(b).innsendersKravreferanse.push('00890772001'), valid: true },
    { description: 'each claim in one tvangsgrunnlag', base: 'kompleks', valid: true },
  ],
  MAKS_EN_ADRESSE_AV_HVER_TYPE: [
    { description: 'two bopelsadresser for the saksøkt', data: (b) => b.saksoekt[0].saksoekt.adresse.push(structuredClone(b.saksoekt[0].saksoekt.adresse[0])), valid: false, sti: '/saksoekt/0/saksoekt/adresse/1/adressetype', melding: 'av type ukjentBosted, postadresse' },
    { description: 'two bopelsadresser for the innsender', data: (b) => b.innsender.innsender.adresse.push(structuredClone(b.innsender.innsender.adresse[0])), valid: false },
    { description: 'a bopelsadresse and a postadresse', data: (b) => b.saksoekt[0].saksoekt.adresse.push({ ...structuredClone(b.saksoekt[0].saksoekt.adresse[0]), adressetype: 'postadresse' }), valid: true },
  ],
  MANGELFULLE_KONTOOPPLYSNINGER: [
    { description: 'an empty Norwegian account', data: (b) => { b.betalingsinformasjon = { norskKonto: {} }; }, valid: false, sti: '/betalingsinformasjon/norskKonto' },
    { description: 'payment details without an account', data: (b) => { b.betalingsinformasjon = {}; }, valid: false, sti: '/betalingsinformasjon' },
    { description: 'an empty foreign account', data: (b) => { b.betalingsinformasjon = { utenlandskKonto: {} }; }, valid: false },
    { description: 'a foreign account with IBAN', data: (b) => { b.betalingsinformasjon = { utenlandskKonto: { iban: 'SE4550000000058398257466' } }; }, valid: true },
    { description: 'no payment details at all', data: (b) => { delete b.betalingsinformasjon; }, valid: true },
  ],
  MANGLER_KRAV: [
    { description: 'no claims', data: (b) => { delete b.kravTilInnkreving; }, valid: false, sti: '/kravTilInnkreving' },
    { description: 'an empty list', data: (b) => { b.kravTilInnkreving = []; }, valid: false },
    { description: 'claims', valid: true },
  ],
  MANGLER_OPPLYSNINGER_BEVILLINGSHAVER: [
    { description: 'an inkasso innsender acting through a prosessfullmektig without licence holder', data: (b) => { delete pf(b).bevillingshaver; }, valid: false, melding: 'Inkassobyrået Inkassobyrå AS (312597772) må', sti: '/innsender/prosessfullmektig/bevillingshaver' },
    { description: 'a licence holder without first name', data: (b) => { delete pf(b).bevillingshaver.navn.fornavn; }, valid: false },
    { description: 'an inkasso prosessfullmektig without licence holder', data: (b) => { b.innsender.innsender.virksomhet.virksomhetstype = 'annet'; pf(b).prosessfullmektig = { virksomhet: { ...annenOrg, virksomhetstype: 'inkassovirksomhet' } }; delete pf(b).bevillingshaver; }, valid: false, melding: 'SMUL FLAT TIGER AS' },
    { description: 'no collection agency involved', data: (b) => { b.innsender.innsender.virksomhet.virksomhetstype = 'advokatfirma'; delete pf(b).bevillingshaver; }, valid: true },
    { description: 'the seeds name one', valid: true },
  ],
  MANGLER_OPPLYSNINGER_OM_SAKSOEKER: [
    { description: 'an organisation without name', data: (b) => { delete b.saksoeker[0].saksoeker.virksomhet.navn; }, valid: false, melding: 'Saksøker 311758489 må', sti: '/saksoeker/0' },
    { description: 'an empty entry', data: (b) => { b.saksoeker[0] = {}; }, valid: false, melding: 'Saksøker nr. 1 må' },
    { description: 'a person with name and birth date', data: (b) => { b.saksoeker[0].saksoeker = { person: { personnavn: { fornavn: 'A', etternavn: 'B' }, foedselsdato: '1990-01-01' } }; }, valid: true },
    { description: 'a person with name and address', data: (b) => { b.saksoeker[0].saksoeker = { person: { personnavn: { fornavn: 'A', etternavn: 'B' } }, adresse: b.saksoeker[0].saksoeker.adresse }; }, valid: true },
    { description: 'an organisation with name and address, no orgnummer', data: (b) => { delete b.saksoeker[0].saksoeker.virksomhet.identifikator; }, valid: true },
    { description: 'a person with only a last name and an identifier', data: (b) => { b.saksoeker[0].saksoeker = { person: { personnavn: { etternavn: 'B' }, identifikator: { verdi: '44926701751' } } }; }, valid: false },
  ],
  MANGLER_OPPLYSNINGER_OM_SAKSOEKT: [
    { description: 'a person without first name', data: (b) => { delete b.saksoekt[0].saksoekt.person.personnavn.fornavn; }, valid: false, melding: 'Saksøkte HENSIKT (44926701751) må', sti: '/saksoekt/0' },
    { description: 'birth date, name and address', data: (b) => { delete b.saksoekt[0].saksoekt.person.identifikator; }, valid: true },
    { description: 'birth date and name without address', data: (b) => { delete b.saksoekt[0].saksoekt.person.identifikator; delete b.saksoekt[0].saksoekt.adresse; }, valid: false },
    { description: 'an organisation with orgnummer and name', data: (b) => { b.saksoekt[0].saksoekt = { virksomhet: annenOrg }; }, valid: true },
  ],
  MANGLER_OPPLYSNINGER_PROSESSFULLMEKTIG_PERSON: [
    { description: 'a person without address', data: (b) => { delete pf(b).prosessfullmektig.adresse; }, valid: false, melding: 'Prosessfullmektig Elisabeth Lippestad (03057738971) må', sti: '/innsender/prosessfullmektig/prosessfullmektig' },
    { description: 'a person without last name', data: (b) => { delete pf(b).prosessfullmektig.person.personnavn.etternavn; }, valid: false },
    { description: 'a block without the prosessfullmektig', data: (b) => { delete pf(b).prosessfullmektig; }, valid: false },
    { description: 'an organisation with orgnummer only', data: (b) => { pf(b).prosessfullmektig = { virksomhet: { identifikator: { verdi: '313182495' } } }; }, valid: true },
    { description: 'an organisation with name and address', data: (b) => { pf(b).prosessfullmektig = { virksomhet: { navn: 'ADVOKAT AS' }, adresse: b.innsender.innsender.adresse }; }, valid: true },
    { description: "the seed's person (whose fødselsnummer fails its check digit)", valid: true },
    { description: 'no prosessfullmektig', data: (b) => { delete b.innsender.prosessfullmektig; }, valid: true },
  ],
  PAASTAND_PAAKREVET: [
    { description: 'combined without påstand', data: (b) => { b.tvangsfullbyrdelsestype = 'utleggOgForliksklageKombinert'; delete sm(b).paastand; }, valid: false, sti: '/begjaeringensTvangsgrunnlag/0/saerligTvangsgrunnlag/skriftligMeddelelse/paastand' },
    { description: 'combined (2023 spelling) with a blank påstand', data: (b) => { b.tvangsfullbyrdelsestype = 'utleggOgForlliksklageKombinert'; sm(b).paastand = '  '; }, valid: false },
    { description: 'combined with påstand', data: (b) => { b.tvangsfullbyrdelsestype = 'utleggOgForliksklageKombinert'; }, valid: true },
    { description: 'utlegg without påstand', data: (b) => { delete sm(b).paastand; }, valid: true },
  ],
  PARAGRAF_4_18_VARSEL_PAAKREVET: [
    { description: 'særlig without notice or reason', data: (b) => { delete tg(b).varsel; delete tg(b).begrunnelseUnnlatVarsel; }, valid: false, sti: '/begjaeringensTvangsgrunnlag/0' },
    { description: 'særlig with only a § 4-19 notice', data: (b) => { tg(b).varsel[0].type = 'varselTvfbl419'; delete tg(b).begrunnelseUnnlatVarsel; }, valid: false },
    { description: 'only the § 4-18 notice', data: (b) => { delete tg(b).begrunnelseUnnlatVarsel; }, valid: true },
    { description: 'only a reason for no notice', data: (b) => { delete tg(b).varsel; }, valid: true },
  ],
  PARAGRAF_4_19_VARSEL_PAAKREVET: [
    { description: 'alminnelig without notice or reason', data: (b) => { delete tg(b).saerligTvangsgrunnlag; tg(b).alminneligTvangsgrunnlag = {}; delete tg(b).varsel; delete tg(b).begrunnelseUnnlatVarsel; }, valid: false, sti: '/begjaeringensTvangsgrunnlag/0' },
    { description: 'alminnelig with only a § 4-18 notice', data: (b) => { delete tg(b).saerligTvangsgrunnlag; tg(b).alminneligTvangsgrunnlag = {}; delete tg(b).begrunnelseUnnlatVarsel; }, valid: false },
    { description: 'alminnelig with a § 4-19 notice', data: (b) => { delete tg(b).saerligTvangsgrunnlag; tg(b).alminneligTvangsgrunnlag = {}; tg(b).varsel[0].type = 'varselTvfbl419'; delete tg(b).begrunnelseUnnlatVarsel; }, valid: true },
    { description: 'særlig only (the seeds)', valid: true },
  ],
  RELATERTE_KRAV_MÅ_FINNES: [
    { description: 'an interest claim in another tvangsgrunnlag than its main claim', data: (b) => { tg(b).innsendersKravreferanse.splice(1, 1); b.begjaeringensTvangsgrunnlag.push({ ...structuredClone(tg(b)), innsendersKravreferanse: ['RentekravPåHovedkrav_00890772001_1'] }); }, valid: false, sti: '/kravTilInnkreving/1/relatertKrav/0' },
    { description: 'related claims together (kompleks)', base: 'kompleks', valid: true },
    { description: 'a related claim that does not exist is another rule', data: (b) => { b.kravTilInnkreving![1].relatertKrav = ['FINNES-IKKE']; }, valid: true },
  ],
  RELATERTE_KRAV_UGYLDIGE_KRAVREFERANSER: [
    { description: 'a related claim that does not exist', data: (b) => { b.kravTilInnkreving![1].relatertKrav = ['FINNES-IKKE']; }, valid: false, melding: 'kravreferanse RentekravPåHovedkrav_00890772001_1 peker på relatert krav med kravreferanse FINNES-IKKE', sti: '/kravTilInnkreving/1/relatertKrav/0' },
    { description: 'existing related claims', base: 'kompleks', valid: true },
  ],
  SAKSOEKERS_INNENLANDS_ADRESSE_UGYLDIG: [
    { description: 'no adressetekst', data: (b) => { delete b.saksoeker[0].saksoeker.adresse[0].adresseInnland.adresseFrittFormatInnland.adressetekst; }, valid: false, melding: 'Saksøker UPERSONLIG FRISK TIGER AS (311758489) sin', sti: '/saksoeker/0/saksoeker/adresse/0' },
    { description: 'no postnummer', data: (b) => { delete b.saksoeker[0].saksoeker.adresse[0].adresseInnland.adresseFrittFormatInnland.postnummer; }, valid: false },
    { description: 'an empty adresseInnland', data: (b) => { b.saksoeker[0].saksoeker.adresse[0].adresseInnland = {}; }, valid: false },
    { description: 'adressetekst and postnummer (no poststed)', valid: true },
  ],
  SAKSOEKERS_UTENLANDS_ADRESSE_UGYLDIG: [
    { description: 'no landkode', data: (b) => { b.saksoeker[0].saksoeker.adresse = utland({ adressetekst: 'Gata 1', poststed: 'STOCKHOLM' }); }, valid: false, melding: 'Saksøker UPERSONLIG FRISK TIGER AS (311758489) sin' },
    { description: 'no poststed', data: (b) => { b.saksoeker[0].saksoeker.adresse = utland({ landkode: 'SE' }); }, valid: false },
    { description: 'poststed and landkode', data: (b) => { b.saksoeker[0].saksoeker.adresse = utland({ poststed: 'STOCKHOLM', landkode: 'SE' }); }, valid: true },
  ],
  'SAKSØKTES_INNENLANDS_ADRESSE_UGYLDIG': [
    { description: 'no adressetekst', data: (b) => { delete b.saksoekt[0].saksoekt.adresse[0].adresseInnland.adresseFrittFormatInnland.adressetekst; }, valid: false, melding: 'Saksøkte LYSEGUL HENSIKT (44926701751) sin' },
    { description: 'a complete address', valid: true },
  ],
  'SAKSØKTES_UTENLANDS_ADRESSE_UGYLDIG': [
    { description: 'no landkode', data: (b) => { b.saksoekt[0].saksoekt.adresse = utland({ poststed: 'STOCKHOLM' }); }, valid: false, melding: 'Saksøkte LYSEGUL HENSIKT (44926701751) sin' },
    { description: 'poststed and landkode', data: (b) => { b.saksoekt[0].saksoekt.adresse = utland({ poststed: 'STOCKHOLM', landkode: 'SE' }); }, valid: true },
  ],
  SAMME_SAKSOEKT_SOM_SAKSOEKER: [
    { description: 'the saksøker also as saksøkt', data: (b) => b.saksoekt.push({ saksoekt: structuredClone(b.saksoeker[0].saksoeker) }), valid: false, sti: '/saksoekt/1' },
    { description: 'different parties', valid: true },
  ],
  TVANGSGRUNNLAG_UGYLDIGE_KRAVREFERANSER: [
    { description: 'a reference to no claim', data: (b) => tg(b).innsendersKravreferanse.push('FINNES-IKKE'), valid: false, melding: 'kravreferanse FINNES-IKKE peker', sti: '/begjaeringensTvangsgrunnlag/0/innsendersKravreferanse/3' },
    { description: 'references to existing claims', valid: true },
  ],
  UAVKLART_STATUS: [
    { description: 'the earlier submission is still mottatt', ktx: tidligere('mottatt'), valid: false, melding: 'Sak med referanse Saksnr: 106109935 har eksisterende' },
    { description: 'under behandling', ktx: tidligere('underBehandling'), valid: false },
    { description: 'registrert', ktx: tidligere('registrert'), valid: true },
  ],
  UGYLDIG_STATUS: [
    { description: 'closed', ktx: tidligere('avsluttet'), valid: false, melding: 'Saksnr: 106109935 har tilstand avsluttet' },
    { description: 'rejected', ktx: tidligere('avvist'), valid: false },
    { description: 'registrert', ktx: tidligere('registrert'), valid: true },
  ],
  UGYLDIG_BELOEP: [
    { description: 'three decimals', data: (b) => { b.kravTilInnkreving![0].gjenstaaendeBeloep!.beloep = 12469.145; }, valid: false, melding: 'Beløp 12469.145 er', sti: '/kravTilInnkreving/0/gjenstaaendeBeloep/beloep' },
    { description: 'negative', data: (b) => { b.kravTilInnkreving![0].opprinneligBeloep!.beloep = -1; }, valid: false },
    { description: 'a float sum 0.1 + 0.2', data: (b) => { b.kravTilInnkreving![0].opprinneligBeloep!.beloep = 0.1 + 0.2; }, valid: false },
    { description: 'a face value with three decimals', data: (b) => { tg(b).saerligTvangsgrunnlag.paalydendeBeloep = 1.005; }, valid: false },
    { description: '1.15 (inexact in binary, two decimals as written)', data: (b) => { b.kravTilInnkreving![0].opprinneligBeloep!.beloep = 1.15; }, valid: true },
    { description: 'zero', data: (b) => { b.kravTilInnkreving![0].gjenstaaendeBeloep!.beloep = 0; }, valid: true },
  ],
  UGYLDIG_KID: [
    { description: 'a wrong check digit', data: (b) => { b.betalingsinformasjon!.norskKonto!.kidnummer = '2509937601'; }, valid: false, melding: 'Kidnummer 2509937601 er feil' },
    { description: 'a valid MOD10 KID (the seeds)', valid: true },
    { description: 'no KID', data: (b) => { delete b.betalingsinformasjon!.norskKonto!.kidnummer; }, valid: true },
  ],
  UGYLDIG_KONTONR: [
    { description: 'a wrong check digit', data: (b) => { b.betalingsinformasjon!.norskKonto!.kontonummer = '69930570045'; }, valid: false, melding: 'kontonummer 69930570045 er feil' },
    { description: 'a valid number (the seeds)', valid: true },
  ],
  UGYLDIG_ORGNR_PROSESSFULLMEKTIG: [
    { description: 'an organisation with a wrong check digit', data: (b) => { pf(b).prosessfullmektig = { virksomhet: { navn: 'ADVOKAT AS', identifikator: { verdi: '313182496' } } }; }, valid: false, melding: 'Prosessfullmektig ADVOKAT AS (313182496) må', sti: '/innsender/prosessfullmektig/prosessfullmektig/virksomhet/identifikator/verdi' },
    { description: 'a collection agency without orgnummer', data: (b) => { pf(b).prosessfullmektig = { virksomhet: { navn: 'INKASSO AS', virksomhetstype: 'inkassovirksomhet' } }; }, valid: false },
    { description: 'a law firm without orgnummer', data: (b) => { pf(b).prosessfullmektig = { virksomhet: { navn: 'ADVOKAT AS', virksomhetstype: 'advokatfirma' } }; }, valid: true },
    { description: 'a valid orgnummer', data: (b) => { pf(b).prosessfullmektig = { virksomhet: annenOrg }; }, valid: true },
    { description: "the seed's person prosessfullmektig", valid: true },
  ],
  UGYLDIG_RENTE: [
    { description: 'three decimals', data: (b) => { b.kravTilInnkreving![0].renteOpplysning!.avtaltRentesats = 21.999; }, valid: false, melding: 'Rente 21.999 er', sti: '/kravTilInnkreving/0/renteOpplysning/avtaltRentesats' },
    { description: 'negative', data: (b) => { b.kravTilInnkreving![0].renteOpplysning!.avtaltRentesats = -0.5; }, valid: false },
    { description: 'two decimals', valid: true },
  ],
  UGYLDIG_VEDLEGG_BETALINGSOPPFORDRING: [
    { description: 'a payment demand of type annet', data: (b) => { b.kravTilInnkreving![2].betalingsoppfordring![0].betalingsoppfordring!.type = 'annet'; }, valid: false, melding: 'filnavn betalingsoppfordring.pdf må', sti: '/kravTilInnkreving/2/betalingsoppfordring/0/betalingsoppfordring/type' },
    { description: 'the right type', valid: true },
  ],
  UGYLDIG_VEDLEGG_FULLMAKT: [
    { description: "a saksøker's power of attorney of type tvangsgrunnlag", data: (b) => { b.saksoeker[0].fullmakt = { type: 'tvangsgrunnlag', filnavn: 'fullmakt.pdf' }; }, valid: false, melding: 'filnavn fullmakt.pdf må' },
    { description: "the prosessfullmektig's power of attorney of type annet", data: (b) => { pf(b).fullmakt = { type: 'annet', filnavn: 'pf.pdf' }; }, valid: false, sti: '/innsender/prosessfullmektig/fullmakt/type' },
    { description: 'type fullmakt', data: (b) => { b.saksoeker[0].fullmakt = { type: 'fullmakt', filnavn: 'fullmakt.pdf' }; }, valid: true },
  ],
  'UGYLDIG_VEDLEGG_TRANSPORTERKLÆRING': [
    { description: 'type annet', data: (b) => { b.saksoeker[0].transporterklaering = { type: 'annet', filnavn: 'tr.pdf' }; }, valid: false, melding: 'filnavn tr.pdf må' },
    { description: 'type transporterklæring', data: (b) => { b.saksoeker[0].transporterklaering = { type: 'transporterklæring', filnavn: 'tr.pdf' }; }, valid: true },
  ],
  UGYLDIG_VEDLEGG_TVANGSGRUNNLAG: [
    { description: 'type annet', data: (b) => { tg(b).tvangsgrunnlag.type = 'annet'; }, valid: false, melding: 'betegnelse Kredittkort må', sti: '/begjaeringensTvangsgrunnlag/0/tvangsgrunnlag/type' },
    { description: 'type tvangsgrunnlag', valid: true },
  ],
  UGYLDIG_VEDLEGG_TVANGSKRAFTGRUNNLAG: [
    { description: 'type tvangsgrunnlag', data: (b) => { tg(b).varsel[0].tvangskraftgrunnlag.type = 'tvangsgrunnlag'; }, valid: false, melding: 'filnavn tvangskraftgrunnlag må', sti: '/begjaeringensTvangsgrunnlag/0/varsel/0/tvangskraftgrunnlag/type' },
    { description: 'type tvangskraftgrunnlag', valid: true },
  ],
  ULOVLIG_ENDRING_BEGJAERINGSDATO: [
    { description: 'another date than before', ktx: tidligere('registrert', (b) => { b.begjaeringsdato = '2025-01-09'; }), valid: false, sti: '/begjaeringsdato' },
    { description: 'the same date', ktx: tidligere('registrert'), valid: true },
  ],
  ULOVLIG_ENDRING_INNSENDER: [
    { description: 'another innsender name', ktx: tidligere('registrert', (b) => { b.innsender!.innsender!.virksomhet!.navn = 'Annet AS'; }), valid: false, sti: '/innsender/innsender' },
    { description: 'another innsender address', ktx: tidligere('registrert', (b) => { b.innsender!.innsender!.adresse = []; }), valid: false },
    { description: 'another prosessfullmektig is allowed', ktx: tidligere('registrert', (b) => { delete b.innsender!.prosessfullmektig; }), valid: true },
    { description: 'the same innsender, keys in another order', ktx: tidligere('registrert', (b) => { const v = b.innsender!.innsender!.virksomhet!; b.innsender!.innsender!.virksomhet = { virksomhetstype: v.virksomhetstype, identifikator: v.identifikator, navn: v.navn }; }), valid: true },
  ],
  ULOVLIG_ENDRING_UNDERSKRIFT: [
    { description: 'another signature', ktx: tidligere('registrert', (b) => { b.underskrift = 'Noen andre'; }), valid: false, sti: '/underskrift' },
    { description: 'the same signature', ktx: tidligere('registrert'), valid: true },
  ],
  VEDLEGG_SKAL_HA_REFERANSE_TIL_BEGJAERINGEN: [
    { description: 'uploaded for another petition', ktx: { hentVedlegg: vedlegg('konvertert', 'AnnenRef') }, valid: false, melding: "Vedlegg 'tvangsgrunnlag' er lagret med referanse til en annen begjæring og kan ikke benyttes i denne begjæringen. Last opp vedlegg pånytt med referanse til 'InnsenderRef123'" },
    { description: 'uploaded for this petition', ktx: { hentVedlegg: vedlegg('konvertert', 'InnsenderRef123') }, valid: true },
    { description: 'unbound', valid: true },
  ],
  VEDLEGG_SKAL_HA_UUID: [
    { description: 'no uuid', data: (b) => { delete tg(b).tvangsgrunnlag.uuid; }, valid: false, melding: "Vedlegg 'tvangsgrunnlag' mangler uuid", sti: '/begjaeringensTvangsgrunnlag/0/tvangsgrunnlag' },
    { description: 'every attachment has one', base: 'kompleks', valid: true },
  ],
  VEDLEGG_SKAL_IKKE_HA_FEILET: [
    { description: 'processing failed', ktx: { hentVedlegg: vedlegg('feilet') }, valid: false, melding: "Vedlegg 'tvangsgrunnlag' feilet ved forsøk på konvertering til gyldig pdf." },
    { description: 'converted', valid: true },
  ],
  VEDLEGG_SKAL_VAERE_TILGJENGELIG: [
    { description: 'unknown uuid', ktx: { hentVedlegg: () => undefined }, valid: false, melding: "Vedlegg 'tvangsgrunnlag' med id '1a107a2d-6398-4675-944c-59f44fbeee82' finnes ikke." },
    { description: 'deleted', ktx: { hentVedlegg: vedlegg('slettet') }, valid: false, melding: 'er slettet.' },
    { description: 'discarded', ktx: { hentVedlegg: vedlegg('kassert') }, valid: false, melding: 'er kassert.' },
    { description: 'virus', ktx: { hentVedlegg: vedlegg('virusFunnet') }, valid: false, melding: 'inneholder virus.' },
    { description: 'offline: no lookup, skipped', ktx: { hentVedlegg: undefined }, valid: true },
  ],
  VEDLEGG_SKAL_VAERE_VIRUSSJEKKET_VALIDERT_OG_KONVERTERT: [
    { description: 'just uploaded', ktx: { hentVedlegg: vedlegg('lastetOpp') }, valid: false, melding: 'er ikke virussjekket.' },
    { description: 'virus-checked only', ktx: { hentVedlegg: vedlegg('virussjekket') }, valid: false, melding: 'er ikke validert.' },
    { description: 'validated, not converted', ktx: { hentVedlegg: vedlegg('validert') }, valid: false, melding: 'er ikke konvertert til gyldig pdf.' },
    { description: 'converted', valid: true },
  ],
};

function finnes(data: unknown, peker: string): boolean {
  let node: any = data;
  for (const del of peker.split('/').slice(1)) {
    if (node === null || typeof node !== 'object') return false;
    node = node[del];
  }
  return node !== undefined;
}

test.describe('rules, one table per catalog code', () => {
  test('every catalog code has a table with valid and invalid rows', () => {
    expect(Object.keys(TABELL).sort()).toEqual([...regler.keys()].sort());
    for (const [kode, rader] of Object.entries(TABELL)) {
      expect(rader.some((r) => r.valid) && rader.some((r) => !r.valid), `${kode} has both kinds of rows`).toBe(true);
    }
  });

  for (const [kode, rader] of Object.entries(TABELL)) {
    for (const rad of rader) {
      test(`${kode}: ${rad.description} → ${rad.valid ? 'valid' : 'violation'}`, () => {
        const b = structuredClone(rad.base === 'kompleks' ? KOMPLEKS : ENKEL);
        rad.data?.(b);
        const brudd = regler.get(kode)!.sjekk(b, { ...KTX, ...rad.ktx });
        if (rad.valid) {
          expect(brudd).toEqual([]);
          return;
        }
        expect(brudd.length, 'at least one violation').toBeGreaterThan(0);
        for (const x of brudd) {
          expect(x.kode).toBe(kode);
          expect(x.melding, 'placeholders are filled').not.toContain('%');
          if (x.sti !== undefined) {
            expect(x.sti).toMatch(/^\//);
            expect(finnes(b, x.sti.replace(/\/[^/]*$/, '')) || x.sti.lastIndexOf('/') === 0, `the parent of ${x.sti} exists`).toBe(true);
          }
        }
        if (rad.melding) expect(brudd[0].melding).toContain(rad.melding);
        if (rad.sti) expect(brudd[0].sti).toBe(rad.sti);
      });
    }
  }
});

test.describe('evaluate()', () => {
  test('both seed examples pass every rule, online and offline', () => {
    for (const b of [ENKEL, KOMPLEKS]) {
      expect(evaluate(b, KTX)).toEqual([]);
      expect(evaluate(b, { modus: 'valider' })).toEqual([]);
      expect(evaluate(b, { ...KTX, modus: 'endre', tidligere: { begjaering: b, status: 'registrert' } })).toEqual([]);
    }
  });

  test('reports every broken rule in catalog order', () => {
    const b = structuredClone(ENKEL);
    b.betalingsinformasjon!.norskKonto!.kidnummer = '2509937601';
    b.saksoekt.push(structuredClone(b.saksoekt[0]));
    b.kravTilInnkreving![0].gjenstaaendeBeloep!.beloep = -5;
    const koder = evaluate(b, KTX).map((x) => x.kode);
    expect(koder).toEqual(['DUPLIKAT_SAKSOEKT', 'UGYLDIG_BELOEP', 'UGYLDIG_KID']);
  });

  test('changes-only rules run only in modus endre', () => {
    const ktx = tidligere('avsluttet', (b) => { b.underskrift = 'før'; });
    expect(evaluate(ENKEL, { ...KTX, ...ktx, modus: 'sendInn' })).toEqual([]);
    expect(evaluate(ENKEL, { ...KTX, ...ktx }).map((x) => x.kode)).toEqual(['UGYLDIG_STATUS', 'ULOVLIG_ENDRING_UNDERSKRIFT']);
  });
});

test.describe('registry', () => {
  const katalog = lastRegelkatalog(V);

  // The module list serves every catalog (v2 adds 23 codes, see rules-v2.spec.ts), so this catalog's
  // codes are a part of it, and each module's code is in some catalog.
  test('every catalog code has exactly one module, and every module a catalog code', () => {
    const koder = moduler.map((m) => m.kode).sort();
    expect(koder).toEqual(expect.arrayContaining(katalog.regler.map((r) => r.kode)));
    const alleKataloger = new Set(listVersions('utleggsbegjaering').flatMap((v) => [...lastRegelkatalog(v).byKode.keys()]));
    expect(koder).toEqual([...alleKataloger].sort());
    expect(new Set(koder).size).toBe(koder.length);
    expect([...regler.keys()]).toEqual(katalog.regler.map((r) => r.kode));
  });

  test('each file in the folder is a registered module named after its code', () => {
    const folder = join(import.meta.dirname, '../../sandbox/rules/utleggsbegjaering');
    const filer = readdirSync(folder).filter((f) => f.endsWith('.ts') && f !== 'index.ts').sort();
    const ascii = (kode: string) => kode.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa').replace(/_/g, '-');
    expect(moduler.map((m) => `${ascii(m.kode)}.ts`).sort()).toEqual(filer);
    for (const m of moduler) expect(m.fil.endsWith(`${ascii(m.kode)}.ts`), m.fil).toBe(true);
  });

  test('kode, scope and message come from the catalog', () => {
    for (const rad of katalog.regler) {
      const r = regler.get(rad.kode)!;
      expect(r.gjelderKunEndringer).toBe(rad.gjelderKunEndringer);
    }
  });

  test('a module whose code is in no catalog fails loudly, naming file and code', () => {
    const fremmed = regel('file:///x/sandbox/rules/utleggsbegjaering/ukjent-kode.ts', 'UKJENT_KODE', () => {});
    expect(() => bindRegler([...moduler, fremmed])).toThrow(/ukjent-kode\.ts: rule code "UKJENT_KODE" is in no rule catalog/);
  });

  test('a catalog code without module fails loudly, naming catalog and code', () => {
    expect(() => bindRegler(moduler.filter((m) => m.kode !== 'MANGLER_KRAV'), V)).toThrow(/utleggsbegjaering-v1\.json: rule code "MANGLER_KRAV" has no module/);
  });

  test('two modules for one code fail loudly', () => {
    expect(() => bindRegler([...moduler, moduler[0]])).toThrow(/already implemented by/);
  });
});

test.describe('helpers', () => {
  const tabell: { description: string; data: number; valid: boolean }[] = [
    { description: 'integer', data: 100, valid: true },
    { description: 'two decimals', data: 12469.14, valid: true },
    { description: '1.15', data: 1.15, valid: true },
    { description: '0.29', data: 0.29, valid: true },
    { description: 'three decimals', data: 0.125, valid: false },
    { description: '0.1 + 0.2', data: 0.1 + 0.2, valid: false },
    { description: 'exponent, large', data: 1e21, valid: true },
    { description: 'exponent, small', data: 1e-7, valid: false },
    { description: 'exponent with decimals, large', data: 1.5e21, valid: true },
    { description: 'exponent written out: 1.5e-2 is 0.015', data: 1.5e-2, valid: false },
  ];
  for (const t of tabell) {
    test(`harMaksToDesimaler: ${t.description}`, () => expect(harMaksToDesimaler(t.data)).toBe(t.valid));
  }

  test('templates: named and positional placeholders, non-ASCII names, unknown values', () => {
    expect(kompilerMal('Saksøker %saksøker sin adresse')({ 'saksøker': 'A AS' })).toBe('Saksøker A AS sin adresse');
    expect(kompilerMal("Vedlegg '%s' med id '%s' finnes ikke.")(['a.pdf', 'u-1'])).toBe("Vedlegg 'a.pdf' med id 'u-1' finnes ikke.");
    expect(kompilerMal('avviker fra %påloggetOrgnr.')({})).toBe(`avviker fra ${UKJENT}.`);
    expect(kompilerMal('Krav mangler')()).toBe('Krav mangler');
  });
});

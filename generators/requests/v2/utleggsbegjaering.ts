import type { Faker } from '@faker-js/faker';
import type { Krav, Prosessfullmektig, Utleggsbegjaering } from '../../../src/model/utleggsbegjaering-v2.ts';
import { generateKid, generateKontonummer } from '../../identifiers/index.ts';
import { identifierOf, type Organisasjon, type PartyRegistry } from '../../parties/index.ts';
import { dag, dato, heltall, siffer, sjanse, velg } from '../kalender.ts';
import { erInkasso, innsenderOrganisasjon, STANDARD_INNSENDER } from '../innsender.ts';
import { BEGRUNNELSE_NAMSMANNSDISTRIKT, NAMSMANNSDISTRIKT } from '../tekster.ts';
import { aktoer, partsidentifikator } from './aktoer.ts';
import { byggTvangsgrunnlag, PRIORITET_I_SAK, vedlegg } from './krav.ts';
import { innsenderSomSaksoeker, trekk, utvalgFor, type Rolle, type Utvalg } from './parter.ts';
import { BANKNAVN, BEGRUNNELSE_MOETE, BEGRUNNELSE_UNNLATT_FORELEGGELSE, SPESIELL_UTLEGGSGJENSTAND } from './tekster.ts';

export interface Utleggsbegjaering21Options {
  /** Where the parties come from: sandkasseregister(), so that the sandbox's register knows every saksøkt. */
  registry: PartyRegistry;
  innsender?: string;
  kompleksitet?: 'enkel' | 'kompleks' | 'tilfeldig';
}

// The same fixed window as the 0.9 petitions: output never depends on today's date, and every payment
// (dated before begjæringsdato) lies in the past.
const FOERSTE_BEGJAERINGSDAG = dag('2024-09-01');
const SISTE_BEGJAERINGSDAG = dag('2025-06-30');
const PRIORITET = ['a', 'b', 'c', 'd', 'e'] as const;

const navnAv = (r: Rolle) => (r.part.type === 'person' ? `${r.part.fornavn} ${r.part.etternavn}` : r.part.navn);

function personnavn(faker: Faker, u: Utvalg): Navn {
  const p = velg(faker, u.personer);
  return { fornavn: p.fornavn, etternavn: p.etternavn };
}

type Navn = { fornavn: string; etternavn: string };

/** The agency as prosessfullmektig: its licence holder by name, and now and then a written authority. */
function prosessfullmektig(faker: Faker, agency: Organisasjon, navn: Navn, fraDag: number, medFullmakt: boolean): Prosessfullmektig {
  const pf: Prosessfullmektig = { prosessfullmektig: aktoer(agency), bevillingshaver: { navn: { fornavn: navn.fornavn, etternavn: navn.etternavn } } };
  if (medFullmakt) pf.fullmakt = { fraDato: dato(fraDag), fullmakt: vedlegg(faker, 'fullmakt', 'prosessfullmakt.pdf') };
  return pf;
}

const kontakt = (faker: Faker, navn: string) => ({
  epostAdresse: `${navn.toLowerCase().replace(/[^a-z]+/g, '.').replace(/^\.|\.$/g, '') || 'post'}@example.no`,
  telefonnummer: `9${siffer(faker, 7)}`,
});

/**
 * One valid 2.1 petition: passes the v2 request schema and breaks no v2 rule, given that its attachments
 * exist (SANDBOX_VEDLEGG_POOL), that it is not a duplicate, and that the party register is the registry
 * it was drawn from.
 */
export function generateUtleggsbegjaering21(faker: Faker, options: Utleggsbegjaering21Options): Utleggsbegjaering {
  const { registry } = options;
  const u = utvalgFor(registry);
  const innsenderOrgnr = options.innsender ?? STANDARD_INNSENDER;
  const innsender = innsenderOrganisasjon(registry, innsenderOrgnr);
  const valg = options.kompleksitet ?? 'tilfeldig';
  const kompleks = valg === 'kompleks' || (valg === 'tilfeldig' && sjanse(faker, 0.5));
  const agency = erInkasso(innsender);
  const bevillingshaver = agency ? (innsender.inkassobevilling?.bevillingshaver ?? personnavn(faker, u)) : undefined;

  const brukt = new Set<string>([innsenderOrgnr]);
  const saksoekere: Rolle[] = [];
  if (!agency) {
    const selv = innsenderSomSaksoeker(registry, innsender);
    for (const p of [selv.part, ...(selv.foretak ?? [])]) brukt.add(identifierOf(p));
    saksoekere.push(selv);
  }
  const antallSaksoekere = kompleks ? heltall(faker, 1, 3) : 1;
  while (saksoekere.length < antallSaksoekere) saksoekere.push(trekk(faker, u, 0.15, brukt, kompleks));
  const saksoekte: Rolle[] = [];
  const antallSaksoekte = kompleks ? heltall(faker, 1, 3) : 1;
  while (saksoekte.length < antallSaksoekte) saksoekte.push(trekk(faker, u, kompleks ? 0.8 : 1, brukt, kompleks));

  const begjaeringsdag = heltall(faker, FOERSTE_BEGJAERINGSDAG, SISTE_BEGJAERINGSDAG);
  const kombinert = kompleks && sjanse(faker, 0.25);
  const medPrioritet = sjanse(faker, 0.5);
  const prioritetDekningsloven = velg(faker, PRIORITET);
  const skyldner = saksoekte.map((r) => identifierOf(r.part));
  const kreditor = saksoekere.map((r) => identifierOf(r.part));

  const antallGrunnlag = kompleks ? heltall(faker, 2, 4) : 1;
  const begjaeringensTvangsgrunnlag = [];
  const kravTilInnkreving: Krav[] = [];
  for (let i = 0; i < antallGrunnlag; i++) {
    const t = byggTvangsgrunnlag(faker, { begjaeringsdag, indeks: i, kompleks, skyldner, kreditor, prioritetDekningsloven, medPrioritet, kombinert });
    begjaeringensTvangsgrunnlag.push(t.tvangsgrunnlag);
    for (const k of t.krav) kravTilInnkreving.push(k);
  }

  const b: Utleggsbegjaering = {
    // Random enough that two petitions never share one, whatever their seeds.
    innsenderReferanse: `${innsenderOrgnr}-${dato(begjaeringsdag).slice(0, 4)}-${siffer(faker, 12)}`,
    tvangsfullbyrdelsestype: kombinert ? 'utleggOgForliksklageKombinert' : 'utlegg',
    begjaeringsdato: dato(begjaeringsdag),
    underskrift: '',
    saksoeker: saksoekere.map((r) => {
      const s: Utleggsbegjaering['saksoeker'][number] = {
        saksoeker: aktoer(r.part, { foretak: r.foretak, postboks: kompleks && sjanse(faker, 0.3) ? heltall(faker, 1, 9999) : undefined }),
      };
      if (kompleks && sjanse(faker, 0.4)) s.saksoekerKontaktinformasjon = kontakt(faker, navnAv(r));
      // An agency that sues for a creditor is its prosessfullmektig as well as the innsender.
      if (bevillingshaver) s.saksoekersProsessfullmektig = prosessfullmektig(faker, innsender, bevillingshaver, begjaeringsdag - heltall(faker, 30, 700), kompleks && sjanse(faker, 0.4));
      return s;
    }),
    saksoekt: saksoekte.map((r) => ({ saksoekt: aktoer(r.part, { foretak: r.foretak }) })),
    innsender: { innsender: aktoer(innsender) },
    begjaeringensTvangsgrunnlag,
    kravTilInnkreving,
  };

  const kreverErstattet = sjanse(faker, 0.8);
  const rettsgebyr: NonNullable<Utleggsbegjaering['kreverRettsgebyrErstattet']> = { kreverRettsgebyrErstattet: kreverErstattet };
  if (kreverErstattet) {
    if (kompleks && sjanse(faker, 0.5)) rettsgebyr.kreverRenterAvRettsgebyr = true;
    if (medPrioritet) {
      rettsgebyr.prioritetISakRettsgebyr = PRIORITET_I_SAK.rettsgebyr;
      if (rettsgebyr.kreverRenterAvRettsgebyr) rettsgebyr.prioritetISakFremtidigRentekrav = PRIORITET_I_SAK.fremtidigRente;
    }
  }
  b.kreverRettsgebyrErstattet = rettsgebyr;

  const mottaker = agency ? innsenderOrgnr : kreditor[0];
  b.betalingsinformasjon = {
    norskKonto: true,
    kontoinformasjon: { kontonummer: generateKontonummer(faker), landkodeBank: 'NO', kontovaluta: 'NOK' },
    betalingsmottaker: partsidentifikator(mottaker),
  };
  if (sjanse(faker, 0.85)) b.betalingsinformasjon.kidnummer = generateKid(faker, { algorithm: sjanse(faker, 0.8) ? 'MOD10' : 'MOD11' });
  if (sjanse(faker, 0.5)) b.betalingsinformasjon.kontoinformasjon!.bankNavn = velg(faker, BANKNAVN);

  if (kompleks && sjanse(faker, 0.5)) {
    b.valgtNamsmannsdistrikt = { namsmannsdistrikt: velg(faker, NAMSMANNSDISTRIKT), begrunnelse: velg(faker, BEGRUNNELSE_NAMSMANNSDISTRIKT) };
  }
  if (kompleks && sjanse(faker, 0.1)) b.berOmInnkallingTilMoeteMedBegrunnelse = velg(faker, BEGRUNNELSE_MOETE);
  if (kompleks && sjanse(faker, 0.05)) b.berOmUnnlattForeleggelseMedBegrunnelse = velg(faker, BEGRUNNELSE_UNNLATT_FORELEGGELSE);
  if (kompleks && sjanse(faker, 0.1)) b.spesiellUtleggsgjenstand = [velg(faker, SPESIELL_UTLEGGSGJENSTAND)];
  if (kompleks && sjanse(faker, 0.2)) b.vedlegg = [vedlegg(faker, 'annet', 'erkjennelse-av-kravet.pdf')];

  if (bevillingshaver) {
    b.innsender!.innsendersProsessfullmektig = prosessfullmektig(faker, innsender, bevillingshaver, begjaeringsdag, false);
    b.underskrift = `${bevillingshaver.fornavn} ${bevillingshaver.etternavn}`;
  } else {
    // Underskrift names the person responsible, here the creditor's own case handler.
    const n = personnavn(faker, u);
    b.underskrift = `${n.fornavn} ${n.etternavn}`;
    b.innsender!.saksbehandler = b.underskrift;
  }
  if (kompleks && sjanse(faker, 0.3)) b.innsender!.saksbehandlersKontaktinformasjon = kontakt(faker, b.underskrift);
  return b;
}

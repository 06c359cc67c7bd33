import type { Beslutningsart, Saksstatus } from '../../../src/spec/status-paa-sak.ts';
import { norskDato } from '../../rules/utleggsbegjaering/felles/dato.ts';
import { erObjekt, idVerdi, type Krav } from '../../rules/utleggsbegjaering/felles/modell.ts';
import { liste, utfylt } from '../../rules/utleggsbegjaering/felles/tekst.ts';
import type { LagretInnsending } from '../../state/innsendinger.ts';
import type { SaksnummerRegister } from '../../state/statuspaasak.ts';
import type { TrekkpaaleggFeed } from '../../state/trekkpaalegg.ts';
import { partsvalg } from './parter.ts';

/**
 * The life of a sandbox case: the one place its state and its decisions are worked out. Status på sak
 * tells it, and Innsyn i ett trekk asks it whether a case's claims are in a trekk, so the two services
 * never disagree. Nothing is processed in the sandbox, so the state is a function of the sandbox's
 * clock: one step along the case's path every TRINN_MS after it was received, then it stays in the last
 * state. Markers in innsenderReferanse pick the path and the pace (sandbox/README.md, "Status på sak").
 */
export const TRINN_MS = 60_000;
/** With RASKT in the reference: one step a second, so a supplier's polling can be tested in seconds. */
export const RASKT_TRINN_MS = 1_000;

export const MARKOERER = {
  raskt: '__raskt__',
  /** Decided at once, and it stays decided: for testing what follows a decision without waiting. */
  besluttet: '__besluttet__',
  nektet: '__nektet__',
  hevet: '__hevet__',
  intetTilUtlegg: '__intet-til-utlegg__',
  inntreden: '__inntreden__',
  // The submission markers of Utleggsbegjæring (sandbox/state/innsendinger.ts), read the same way here.
  uavklart: '__uavklart__',
  avsluttet: '__avsluttet__',
} as const;

const VANLIG: readonly Saksstatus[] = ['sakOpprettet', 'sakUnderBehandling', 'sakForelagt', 'sakBesluttet', 'sakAvsluttet'];

/** The states a case with this innsenderReferanse passes through, in order. */
export function forloep(referanse: string | undefined): readonly Saksstatus[] {
  const r = referanse ?? '';
  // A submission not yet cleared (UAVKLART_STATUS) is never taken further; one stored as closed is closed.
  if (r.includes(MARKOERER.uavklart)) return ['sakOpprettet'];
  if (r.includes(MARKOERER.avsluttet)) return ['sakAvsluttet'];
  if (r.includes(MARKOERER.nektet)) return ['sakOpprettet', 'sakNektetFremmet'];
  if (r.includes(MARKOERER.hevet)) return ['sakOpprettet', 'sakUnderBehandling', 'sakHevet'];
  if (r.includes(MARKOERER.besluttet)) return ['sakBesluttet'];
  return VANLIG;
}

export interface Tilstand {
  saksstatus: Saksstatus;
  /** When the case entered this state: the answer's meldingsdato. */
  siden: Date;
  /** When it was decided, for a decided or closed case; undefined before. */
  besluttet?: Date;
  /** When the next state comes; undefined in the last one (a poller may stop then). */
  nesteEndring?: Date;
}

/** Where a case received at `mottatt` is at `naa`. A clock set back before `mottatt` shows the first state. */
export function tilstand(mottatt: Date, naa: Date, referanse: string | undefined): Tilstand {
  const sti = forloep(referanse);
  const trinn = (referanse ?? '').includes(MARKOERER.raskt) ? RASKT_TRINN_MS : TRINN_MS;
  const start = mottatt.getTime();
  const i = Math.max(0, Math.min(sti.length - 1, Math.floor((naa.getTime() - start) / trinn)));
  const saksstatus = sti[i];
  const out: Tilstand = { saksstatus, siden: new Date(start + i * trinn) };
  if (i < sti.length - 1) out.nesteEndring = new Date(start + (i + 1) * trinn);
  if (saksstatus === 'sakBesluttet' || saksstatus === 'sakAvsluttet') {
    const b = sti.indexOf('sakBesluttet');
    out.besluttet = new Date(start + Math.max(0, b) * trinn);
  }
  return out;
}

/** The measures that withhold from pay: a case decided with one of them has its claims in a trekk. */
export const TREKKARTER: ReadonlySet<Beslutningsart> = new Set(['besluttetUtleggstrekk', 'besluttetInntredenIUtleggstrekk']);

/** Whether the debtor (a Norwegian number) is withheld from by an order in force on `dag` (YYYY-MM-DD). */
export type TrekkIKraft = (skyldner: string, dag: string) => boolean;

/** The Trekkpålegg feed's answer: an active order (its newest version) with a period covering the day. */
export function trekkIKraftIFeed(feed: TrekkpaaleggFeed): TrekkIKraft {
  return (skyldner, dag) => feed.trekkpliktige().some((orgnr) => feed.liste(orgnr).some((t) =>
    t.skyldner === skyldner && t.trekkstatus === 'aktiv'
    && t.trekkstoerrelseForPeriode.some((p) => p.startdato <= dag && (p.sluttdato === undefined || p.sluttdato >= dag))));
}

export interface Sakskilder {
  register: SaksnummerRegister;
  naa: Date;
  /** The trekk already running against a debtor; without it no debtor has one. */
  trekkIKraft?: TrekkIKraft;
}

/** One decided measure for one saksøkt, covering every claim of the case. */
export interface Vedtak {
  /** The saksøkt's place in Saksliv.saksoekte. */
  saksoekt: number;
  art: Beslutningsart;
  tiltaksidentifikator: string;
  kravgrunnlagsidentifikator: string[];
  tidspunkt: Date;
}

export interface Saksliv {
  tilstand: Tilstand;
  /** The year the case was received, in Norway: the year in the namsmann's numbers. */
  aar: string;
  /** The petition's claims (the objects, in order), each with the namsmann's identifier once it has one. */
  krav: Array<{ krav: Krav; kravgrunnlagsidentifikator?: string }>;
  /** The petition's saksøkt entries that name a party, in order; a decision points at one by place. */
  saksoekte: Record<string, unknown>[];
  /** One per saksøkt once the case is decided (and still when it is closed); empty before. */
  vedtak: Vedtak[];
}

/** The namsmann's identifier a claim already had (begjært før), as 2.1 writes it: a string or a partsidentifikator. */
function tidligereKravgrunnlag(k: Krav): string | undefined {
  const v = typeof k.kravgrunnlagsidentifikator === 'string' ? k.kravgrunnlagsidentifikator : idVerdi(k.kravgrunnlagsidentifikator);
  return utfylt(v) && v.length <= 50 ? v : undefined;
}

/** A saksøkt's Norwegian person number, the key the Trekkpålegg feed knows a debtor by. */
export function personnummer(saksoekt: unknown): string | undefined {
  const person = erObjekt(saksoekt) && erObjekt(saksoekt.person) ? saksoekt.person : undefined;
  if (!person || !erObjekt(person.identifikator)) return undefined;
  const land = person.identifikator.landkodeIdentifikator ?? person.identifikator.landkode ?? 'NO';
  const nr = idVerdi(person.identifikator);
  return String(land).toUpperCase() === 'NO' && utfylt(nr) ? nr.trim() : undefined;
}

/**
 * Which measure is decided for one saksøkt (sandbox/README.md): the markers first; an organisation's
 * assets are pledged, as it has no pay to withhold from; a person already withheld from (an order in force
 * on the day of the decision) has the case join that trekk; anyone else gets a new utleggstrekk.
 */
function tiltaksart(referanse: string, saksoekt: unknown, dag: string, trekkIKraft?: TrekkIKraft): Beslutningsart {
  if (referanse.includes(MARKOERER.intetTilUtlegg)) return 'besluttetIntetTilUtlegg';
  if (!('person' in (partsvalg(saksoekt) ?? {}))) return 'besluttetUtleggspant';
  if (referanse.includes(MARKOERER.inntreden)) return 'besluttetInntredenIUtleggstrekk';
  const nr = personnummer(saksoekt);
  return nr && trekkIKraft?.(nr, dag) ? 'besluttetInntredenIUtleggstrekk' : 'besluttetUtleggstrekk';
}

/**
 * A stored case's life at `k.naa`: its state, its claims with the namsmann's identifiers and, once
 * decided, one decision per saksøkt covering all the claims. The identifiers are given here, the first
 * time either service sees the case decided, and kept (`k.register`).
 */
/** Where a submission's case is at `naa`, by its receipt time and the markers in its innsenderReferanse. */
export function tilstandFor(s: LagretInnsending, naa: Date): Tilstand {
  return tilstand(new Date(s.mottatt), naa, innsenderReferanse(s));
}

function innsenderReferanse(s: LagretInnsending): string {
  const referanse = (s.begjaering as unknown as Record<string, unknown>).innsenderReferanse;
  return typeof referanse === 'string' ? referanse : '';
}

export function saksliv(s: LagretInnsending, k: Sakskilder): Saksliv {
  const b = s.begjaering as unknown as Record<string, unknown>;
  const referanse = innsenderReferanse(s);
  const mottatt = new Date(s.mottatt);
  const aar = norskDato(mottatt).slice(0, 4);
  const t = tilstand(mottatt, k.naa, referanse);
  const besluttet = t.besluttet;

  const krav = liste(b.kravTilInnkreving as Krav[]).filter(erObjekt).map((x, i) => {
    const kgi = tidligereKravgrunnlag(x) ?? (besluttet ? k.register.kravgrunnlagsidentifikator(s.begjaeringId, i, aar) : undefined);
    return kgi ? { krav: x, kravgrunnlagsidentifikator: kgi } : { krav: x };
  });
  // A party the petition does not identify by any entity is left out; the rules (MANGLER_OPPLYSNINGER_OM_…) keep such petitions out.
  const saksoekte = liste(b.saksoekt as unknown[] | undefined).filter((e): e is Record<string, unknown> => erObjekt(e) && partsvalg(e.saksoekt) !== undefined);

  const kravgrunnlag = krav.map((x) => x.kravgrunnlagsidentifikator).filter((x): x is string => x !== undefined);
  const vedtak: Vedtak[] = [];
  if (besluttet && kravgrunnlag.length > 0) {
    const dag = norskDato(besluttet);
    saksoekte.forEach((e, i) => {
      const art = tiltaksart(referanse, e.saksoekt, dag, k.trekkIKraft);
      vedtak.push({
        saksoekt: i, art, tidspunkt: besluttet, kravgrunnlagsidentifikator: kravgrunnlag,
        tiltaksidentifikator: k.register.tiltaksidentifikator(s.begjaeringId, `${i}:${art}`, aar),
      });
    });
  }
  return { tilstand: t, aar, krav, saksoekte, vedtak };
}

/**
 * The decisions that hold the case's claims in an established trekk that is not finished
 * (utleggsbegjaering-innsyn-2026-05.md): utleggstrekk or inntreden while the case is sakBesluttet. Before
 * the decision, after it is closed, and for intet til utlegg or utleggspant there are none.
 */
export function iEtablertTrekk(liv: Saksliv): Vedtak[] {
  return liv.tilstand.saksstatus === 'sakBesluttet' ? liv.vedtak.filter((v) => TREKKARTER.has(v.art)) : [];
}

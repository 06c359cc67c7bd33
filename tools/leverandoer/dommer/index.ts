import { personnummerart } from '../../../src/data/syntetisk.ts';
import { mediaType } from '../../../src/http/media-type.ts';
import { redactHeaders, redactText } from '../../../src/redact.ts';
import { norskDato } from '../../../sandbox/rules/utleggsbegjaering/felles/dato.ts';
import type { Begjaering, RegelKontekst } from '../../../sandbox/rules/types.ts';
import { duplikatnoekkel, statusForReferanse } from '../../../sandbox/state/innsendinger.ts';
import { begjaeringsfakta, grantfakta, kortHash, tokenfakta } from '../fakta.ts';
import type { Fakta, Funn, Kroppspost, Modus, Utvekslingspost, Valg } from '../post.ts';
import type { Kroppskopi, RaaUtveksling } from '../raa.ts';
import { finnOperasjon, type Ruting } from '../rute.ts';
import { doemKontrakt, doemRegler, doemSyntetisk, SKRIVEOPERASJONER, tolkJson, type Foresporsel, type Tolket } from './foresporsel.ts';
import { Oektsdommer } from './oekt.ts';
import { doemSvar } from './svar.ts';

export { Oektsdommer } from './oekt.ts';

export interface DommerValg {
  modus: Modus;
  valg: Valg;
  /** The sandbox's Maskinporten issuer, which grants must name as their audience. */
  utsteder?: string;
}

export interface Dommer {
  /** Judges one exchange (in the order they ended) and returns its record, redacted and masked. */
  doem(raa: RaaUtveksling): Utvekslingspost;
  /** What only the end of the session shows. */
  avslutt(): Funn[];
}

/** Replaces every real-looking fødselsnummer or D-nummer by eleven zeros, which no register issues. */
function masker(tekst: string): { tekst: string; maskert: boolean } {
  let maskert = false;
  const ut = tekst.replace(/(?<!\d)\d{11}(?!\d)/g, (m) => {
    if (personnummerart(m) !== 'ekte') return m;
    maskert = true;
    return '00000000000';
  });
  return { tekst: ut, maskert };
}

function kroppspost(k: Kroppskopi, contentType: string | undefined): Kroppspost | undefined {
  if (k.bytes === 0) return undefined;
  const post: Kroppspost = { bytes: k.bytes, sha256: k.sha256, ...(contentType ? { innholdstype: contentType } : {}) };
  if (k.avkortet) post.avkortet = true;
  if (k.data) {
    const m = masker(redactText(k.data.toString('utf8')));
    post.tekst = m.tekst;
    if (m.maskert) post.maskert = true;
  }
  return post;
}

function json(k: Kroppskopi | undefined, contentType: string | undefined): unknown {
  if (!k?.data || !/json/i.test(mediaType(contentType))) return undefined;
  try {
    return JSON.parse(k.data.toString('utf8'));
  } catch {
    return undefined;
  }
}

const heltall = (v: string | null) => (v !== null && /^\d+$/.test(v) ? Number(v) : undefined);

/** What the petitions the environment accepted were, so the duplicate and change rules judge as the server does. */
class Regelminne {
  private readonly noekler = new Map<string, string>();
  private readonly lagret = new Map<string, { begjaering: Begjaering; noekkel?: string }>();

  private noekkelFor(b: Begjaering): string | undefined {
    const f = begjaeringsfakta(b);
    const dato = (b as { begjaeringsdato?: unknown }).begjaeringsdato;
    return f?.innsenderOrgnr && f.innsenderReferanse && typeof dato === 'string' ? duplikatnoekkel(f.innsenderOrgnr, dato, f.innsenderReferanse) : undefined;
  }

  kontekst(fakta: Fakta, endrer?: string): Omit<RegelKontekst, 'modus'> {
    const tidligere = endrer ? this.lagret.get(endrer) : undefined;
    const ktx: Omit<RegelKontekst, 'modus'> = {
      paaloggetOrgnr: fakta.token?.org,
      erDuplikat: (o, d, r) => {
        const holder = this.noekler.get(duplikatnoekkel(o, d, r));
        return holder !== undefined && holder !== endrer;
      },
      idag: fakta.dag,
    };
    if (tidligere) {
      const ref = (tidligere.begjaering as { innsenderReferanse?: string }).innsenderReferanse;
      ktx.tidligere = { begjaering: tidligere.begjaering, status: statusForReferanse(ref) };
    }
    return ktx;
  }

  husk(id: string, b: Begjaering): void {
    const gammel = this.lagret.get(id);
    if (gammel?.noekkel) this.noekler.delete(gammel.noekkel);
    const noekkel = this.noekkelFor(b);
    if (noekkel) this.noekler.set(noekkel, id);
    this.lagret.set(id, { begjaering: b, noekkel });
  }
}

function infrastruktur(modus: Modus, sti: string): Utvekslingspost['infrastruktur'] {
  if (modus !== 'sandkasse') return undefined;
  if (sti.startsWith('/maskinporten/')) return 'maskinporten';
  if (sti.startsWith('/tenor/') || sti.startsWith('/sandbox/')) return 'sandkasse';
  return undefined;
}

function samleFakta(raa: RaaUtveksling, rute: Ruting | undefined, tolket: Tolket, query: URLSearchParams, infra: Utvekslingspost['infrastruktur'], sti: string): Fakta {
  const h = raa.foresporselHeaders;
  const fakta: Fakta = { dag: norskDato(new Date(raa.start)) };
  if (h.korrelasjonsid !== undefined) fakta.korrelasjonsid = h.korrelasjonsid;
  const svarJson = json(raa.svar?.kropp, raa.svar?.headers['content-type']);
  if (infra === 'maskinporten') {
    if (sti === '/maskinporten/token') fakta.grant = grantfakta(raa.inn.data?.toString('utf8'), svarJson);
    return fakta;
  }
  const token = tokenfakta(h.authorization);
  if (token) fakta.token = token;
  if (rute?.type !== 'operasjon') return fakta;
  const { op, params } = rute;
  const status = raa.svar?.status;
  if (op.api === 'utleggsbegjaering' && SKRIVEOPERASJONER[op.operationId] && tolket?.ok) {
    const b = begjaeringsfakta(tolket.verdi);
    if (b) fakta.begjaering = b;
  }
  if (params.begjaeringId !== undefined) fakta.begjaeringId = params.begjaeringId;
  if (op.operationId === 'sendInnUtleggsbegjaering' && status === 201) {
    const id = (svarJson as { begjaeringId?: unknown } | undefined)?.begjaeringId;
    if (typeof id === 'string') fakta.begjaeringId = id;
  }
  if (op.operationId === 'lastOppVedlegg' && status === 201) {
    const uuid = (svarJson as { uuid?: unknown } | undefined)?.uuid;
    if (typeof uuid === 'string') fakta.vedlegg = { uuid, ...(query.get('innsenderReferanse') !== null ? { innsenderReferanse: query.get('innsenderReferanse')! } : {}) };
  }
  if (op.operationId === 'hentTrekkpaalegg' && status === 200 && Array.isArray(svarJson)) {
    const sekvens = svarJson.map((o) => (o as { sekvensnummer?: unknown })?.sekvensnummer).filter((s): s is number => typeof s === 'number');
    fakta.trekkside = { fra: heltall(query.get('fraSekvensnummer')), maks: heltall(query.get('maksAntall')), sekvens };
  }
  if (op.api === 'statuspaasak') {
    const ref = Object.values(params)[0];
    if (ref !== undefined) fakta.statusreferanse = ref;
  }
  if (op.api === 'betjeningskartet' && status === 200) {
    const ider = op.operationId === 'slaaOppRegelverk' && tolket?.ok
      ? (((tolket.verdi as { identifikatorer?: unknown })?.identifikatorer ?? []) as unknown[])
      : Object.values(params);
    fakta.regelverk = (Array.isArray(ider) ? ider : []).filter((x): x is string => typeof x === 'string').map((x) => kortHash(x.trim()));
  }
  if (status === 422) {
    const utslag = (svarJson as { kontrollutslag?: unknown } | undefined)?.kontrollutslag;
    if (Array.isArray(utslag)) fakta.regelkoder = [...new Set(utslag.map((u) => (u as { kode?: unknown })?.kode).filter((k): k is string => typeof k === 'string'))];
  }
  return fakta;
}

/**
 * The recorder's judge: per exchange the request against its document, the rule catalog and the
 * synthetic-data check (and in proxy mode the answer against the document), then the session judges.
 */
export function createDommer(options: DommerValg): Dommer {
  const oekt = new Oektsdommer(options.valg, options.utsteder);
  const minne = new Regelminne();
  let nr = 0;

  return {
    doem(raa) {
      nr++;
      const q = raa.url.indexOf('?');
      const sti = q < 0 ? raa.url : raa.url.slice(0, q);
      const query = new URLSearchParams(q < 0 ? '' : raa.url.slice(q + 1));
      const infra = infrastruktur(options.modus, sti);
      const rute = infra ? undefined : finnOperasjon(raa.metode, sti);
      const f: Foresporsel = { nr, metode: raa.metode, sti, query, headers: raa.foresporselHeaders, data: raa.inn.data, bytes: raa.inn.bytes, avkortet: raa.inn.avkortet };
      const tolket = rute ? tolkJson(f) : undefined;
      const fakta = samleFakta(raa, rute, tolket, query, infra, sti);
      const funn: Funn[] = [];
      if (rute) {
        funn.push(...doemKontrakt(f, rute, tolket));
        const endrer = rute.type === 'operasjon' && rute.op.operationId === 'endreUtleggsbegjaering' ? fakta.begjaeringId : undefined;
        funn.push(...doemRegler(nr, rute, tolket, minne.kontekst(fakta, endrer)));
        funn.push(...doemSyntetisk(f, rute, tolket));
        if (options.modus === 'proxy' && raa.svar) {
          const k = raa.svar.kropp;
          const ct = raa.svar.headers['content-type'];
          const kropp = /json/i.test(mediaType(ct)) ? json(k, ct) ?? k.data?.toString('utf8') : k.data?.toString('utf8');
          funn.push(...doemSvar(nr, rute, { status: raa.svar.status, headers: raa.svar.headers, kropp: k.bytes === 0 ? undefined : kropp, ulest: k.bytes > 0 && !k.data }, raa.foresporselHeaders.korrelasjonsid));
        }
        if (rute.type === 'operasjon' && tolket?.ok) {
          const status = raa.svar?.status;
          if (rute.op.operationId === 'sendInnUtleggsbegjaering' && status === 201 && fakta.begjaeringId) minne.husk(fakta.begjaeringId, tolket.verdi as Begjaering);
          if (rute.op.operationId === 'endreUtleggsbegjaering' && status === 200 && fakta.begjaeringId) minne.husk(fakta.begjaeringId, tolket.verdi as Begjaering);
        }
      }
      const operasjon = rute?.type === 'operasjon' ? { api: rute.spec.api, versjon: rute.spec.version, operationId: rute.op.operationId } : null;
      const url = masker(redactText(`${raa.origin}${raa.url}`)).tekst;
      const post: Utvekslingspost = {
        type: 'utveksling', nr, tid: new Date(raa.start).toISOString(), varighetMs: Math.max(0, raa.slutt - raa.start), operasjon,
        ...(infra ? { infrastruktur: infra } : {}),
        foresporsel: { metode: raa.metode, url, headers: redactHeaders(raa.foresporselHeaders), ...kropp('kropp', kroppspost(raa.inn, raa.foresporselHeaders['content-type'])) },
        svar: raa.svar ? { status: raa.svar.status, headers: redactHeaders(raa.svar.headers), ...kropp('kropp', kroppspost(raa.svar.kropp, raa.svar.headers['content-type'])) } : null,
        ...(raa.avbrudd ? { avbrudd: raa.avbrudd } : {}),
        fakta,
        funn,
      };
      post.funn.push(...oekt.observer(post));
      return post;
    },
    avslutt: () => oekt.avslutt(),
  };
}

function kropp(navn: 'kropp', k: Kroppspost | undefined): { kropp?: Kroppspost } {
  return k ? { [navn]: k } : {};
}

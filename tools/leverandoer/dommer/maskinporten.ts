import { loadSpec } from '../../../src/spec/document.ts';
import type { Funn, Utvekslingspost, Valg } from '../post.ts';
import { SKRIVEOPERASJONER } from './foresporsel.ts';

/** Maskinporten's own ceiling on a grant's lifetime (exp − iat). */
export const MAKS_GRANT_LEVETID = 120;
const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

interface Token {
  fp: string;
  exp?: number;
  /** The exchange that brought it: the grant's, or the first call that used it. */
  nr: number;
  brukt: number;
}

/** A token renewed: before the old one ran out, or after a 401 for an expired one. */
export interface Fornyelse {
  nr: number;
  /** iTide: the old token was not sent after it ran out; etter401: it was, and was refused. */
  maate: 'iTide' | 'etter401';
  /** The new token's fingerprint. */
  fp: string;
  /** The first call with the new token that the API accepted. */
  vellykket?: number;
}

const utenSkraastrek = (s: string) => s.replace(/\/+$/, '');
const sekunder = (p: Utvekslingspost) => Date.parse(p.tid) / 1000;

/**
 * The supplier's Maskinporten use: each grant it sent to the sandbox's issuer (RS256, exp − iat ≤ 120 s,
 * a fresh jti, the issuer as audience, a scope, a well-formed systembruker request), and each token it
 * sent to an API (present, the API's scope, not expired, a systembruker token when it acts for a
 * customer, reused within its lifetime rather than a grant per call). Judged from the recorded facts alone.
 */
export class Maskinportendommer {
  private readonly jtier = new Map<string, number>();
  private readonly sisteForNoekkel = new Map<string, Token>();
  private readonly kjente = new Map<string, Token>();
  /** fp of an expired token → the exchange whose 401 refused it. */
  private readonly avvistUtloept = new Map<string, { nr: number; noekkel: string }>();
  readonly fornyelser: Fornyelse[] = [];
  /** 401s for an expired token after which no new token of the same kind was accepted. */
  private readonly ventende = new Map<string, { nr: number; fornyelse?: Fornyelse }>();

  constructor(private readonly valg: Valg, private readonly utsteder: string | undefined) {}

  observer(p: Utvekslingspost): Funn[] {
    if (p.infrastruktur === 'maskinporten' && p.fakta.grant) return this.grant(p);
    if (p.operasjon) return this.bruk(p);
    return [];
  }

  /** 401s for an expired token never followed by a call the API accepted with a new token. */
  utenFornyelse(): number[] {
    return [...this.ventende.values()].filter((v) => v.fornyelse?.vellykket === undefined).map((v) => v.nr);
  }

  private grant(p: Utvekslingspost): Funn[] {
    const g = p.fakta.grant!;
    const ut: Funn[] = [];
    const legg = (sjekk: string, melding: string, alvor: Funn['alvor'] = 'feil', se?: number[]) =>
      ut.push({ sjekk, kategori: 'maskinporten', alvor, nr: p.nr, melding, ...(se ? { se } : {}), omfang: 'oekt' });
    if (g.grantType !== JWT_BEARER) legg('maskinporten.grant.grantType', `grant_type must be ${JWT_BEARER}, got ${JSON.stringify(g.grantType ?? null)}`);
    if (!g.jwt) {
      legg('maskinporten.grant.ikkeJwt', 'the assertion is missing or is not a signed JWT');
      return ut;
    }
    if (g.alg !== 'RS256') legg('maskinporten.grant.alg', `the assertion must be signed with RS256, it says ${JSON.stringify(g.alg ?? null)}`);
    if (g.iat === undefined || g.exp === undefined) legg('maskinporten.grant.levetid', 'the assertion needs both iat and exp');
    else if (g.exp - g.iat > MAKS_GRANT_LEVETID) legg('maskinporten.grant.levetid', `exp − iat is ${g.exp - g.iat} s; Maskinporten allows at most ${MAKS_GRANT_LEVETID} s`);
    if (this.utsteder) {
      const ok = (v: unknown) => typeof v === 'string' && utenSkraastrek(v) === utenSkraastrek(this.utsteder!);
      if (!(Array.isArray(g.aud) ? g.aud.length === 1 && ok(g.aud[0]) : ok(g.aud))) legg('maskinporten.grant.aud', `aud must be the issuer ${this.utsteder}, got ${JSON.stringify(g.aud ?? null)}`);
    }
    if (!g.scope || g.scope.trim() === '') legg('maskinporten.grant.scope', 'the assertion asks for no scope');
    if (g.systembrukerOrg === null) legg('maskinporten.grant.systembruker', 'authorization_details must be one urn:altinn:systemuser entry with systemuser_org { authority: iso6523-actorid-upis, ID: 0192:<orgnr> }');
    if (!g.jti) legg('maskinporten.grant.jti', 'the assertion has no jti; every grant needs a fresh one');
    else {
      const noekkel = `${g.iss ?? ''}|${g.jti}`;
      const tidligere = this.jtier.get(noekkel);
      if (tidligere !== undefined) legg('maskinporten.grant.jti', `jti already used in exchange #${tidligere}; every grant needs a fresh one`, 'feil', [tidligere]);
      else this.jtier.set(noekkel, p.nr);
    }
    const u = g.utstedt;
    if (p.svar?.status === 200 && u) {
      const noekkel = `${g.iss ?? ''}|${[...new Set((u.scope ?? '').split(/\s+/))].sort().join(' ')}|${u.org ?? ''}|${u.systembruker}`;
      ut.push(...this.nyttToken(p, noekkel, { fp: u.fp, exp: u.exp, nr: p.nr, brukt: 0 }));
    }
    return ut;
  }

  /** A token of a (client, scope, organisation) seen for the first time: wasted when the previous one had long to live. */
  private nyttToken(p: Utvekslingspost, noekkel: string, t: Token): Funn[] {
    const ut: Funn[] = [];
    const forrige = this.sisteForNoekkel.get(noekkel);
    const naa = sekunder(p);
    if (forrige && forrige.exp !== undefined) {
      const igjen = Math.round(forrige.exp - naa);
      if (igjen > this.valg.tokenmarginSekunder) {
        ut.push({
          sjekk: 'maskinporten.gjenbruk', kategori: 'maskinporten', alvor: 'advarsel', nr: p.nr, se: [forrige.nr], omfang: 'oekt',
          melding: `a new token while the one from exchange #${forrige.nr} was valid ${igjen} s more; reuse a token for its lifetime instead of a grant per call`,
        });
      } else if (forrige.brukt > 0 && !this.ventende.has(noekkel)) {
        this.fornyelser.push({ nr: p.nr, maate: 'iTide', fp: t.fp });
      }
    }
    const ventende = this.ventende.get(noekkel);
    if (ventende && !ventende.fornyelse) {
      ventende.fornyelse = { nr: p.nr, maate: 'etter401', fp: t.fp };
      this.fornyelser.push(ventende.fornyelse);
    }
    this.sisteForNoekkel.set(noekkel, t);
    this.kjente.set(t.fp, t);
    return ut;
  }

  private bruk(p: Utvekslingspost): Funn[] {
    const ut: Funn[] = [];
    const legg = (sjekk: string, melding: string, alvor: Funn['alvor'] = 'feil', se?: number[]) =>
      ut.push({ sjekk, kategori: 'maskinporten', alvor, nr: p.nr, melding, ...(se ? { se } : {}), omfang: 'oekt' });
    const tok = p.fakta.token;
    if (!tok) {
      legg('maskinporten.manglerToken', 'no Authorization header; every operation needs a Maskinporten access token');
      return ut;
    }
    if (!tok.jwt) {
      legg('maskinporten.ugyldigToken', 'the Authorization value is not a Maskinporten access token (a JWT)');
      return ut;
    }
    const op = p.operasjon!;
    const scope = loadSpec(op.api, op.versjon).scope;
    if (!(tok.scope ?? '').split(/\s+/).includes(scope)) legg('maskinporten.scope', `the token's scope ${JSON.stringify(tok.scope ?? '')} lacks ${scope}, which ${op.operationId} needs`);
    const noekkel = `${tok.iss ?? ''}|${[...new Set((tok.scope ?? '').split(/\s+/))].sort().join(' ')}|${tok.org ?? ''}|${tok.systembruker}`;
    const naa = sekunder(p);
    let kjent = this.kjente.get(tok.fp);
    if (!kjent) {
      ut.push(...this.nyttToken(p, noekkel, { fp: tok.fp, exp: tok.exp, nr: p.nr, brukt: 0 }));
      kjent = this.kjente.get(tok.fp)!;
    }
    kjent.brukt++;
    const status = p.svar?.status;
    if (tok.exp !== undefined && tok.exp <= naa) {
      const avvist = this.avvistUtloept.get(tok.fp);
      if (avvist) legg('maskinporten.utloeptIgjen', `the expired token refused in exchange #${avvist.nr} was sent again; get a new token after a 401`, 'feil', [avvist.nr]);
      else legg('maskinporten.utloeptToken', `the token expired ${Math.round(naa - tok.exp)} s before it was sent; renew it before exp`, 'advarsel');
      if (status === 401 && !avvist) {
        this.avvistUtloept.set(tok.fp, { nr: p.nr, noekkel });
        if (!this.ventende.has(noekkel)) this.ventende.set(noekkel, { nr: p.nr });
      }
    } else if (status !== undefined && status < 400) {
      for (const f of this.fornyelser) if (f.vellykket === undefined && f.fp === tok.fp) f.vellykket = p.nr;
      if (this.ventende.get(noekkel)?.fornyelse?.vellykket !== undefined) this.ventende.delete(noekkel);
    }
    const innsender = p.fakta.begjaering?.innsenderOrgnr;
    if (SKRIVEOPERASJONER[op.operationId] && innsender && tok.org && innsender !== tok.org) {
      legg('maskinporten.systembruker', tok.systembruker
        ? `the token acts as systembruker for ${tok.org}, but the petition's innsender is ${innsender}`
        : `the petition's innsender is ${innsender}, but the token is the client's own (organisation ${tok.org}); acting for a customer takes a systembruker token (authorization_details) for ${innsender}`);
    }
    return ut;
  }
}

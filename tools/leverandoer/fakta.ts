import { createHash } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { actingOrg, type MaskinportenClaims } from '../../src/auth/verifier.ts';
import { besoekAktoerer, innsenderOrgnr, partsIdentifikator } from '../../sandbox/rules/utleggsbegjaering/felles/aktoer.ts';
import { besoekVedlegg } from '../../sandbox/rules/utleggsbegjaering/felles/vedlegg.ts';
import type { Begjaering } from '../../sandbox/rules/types.ts';
import type { Begjaeringsfakta, Grantfakta, Tokenfakta } from './post.ts';

/** sha256, cut to 16 hex digits: enough to tell tokens and identifiers apart, useless to anyone else. */
export function kortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** JSON with sorted keys, so two bodies that differ only in key order or spacing hash the same. */
export function kanonisk(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(kanonisk).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${kanonisk((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

const tall = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const tekst = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** The facts of a Bearer token, read without verifying it: what it claims is what the supplier sent. */
export function tokenfakta(authorization: string | undefined): Tokenfakta | undefined {
  if (authorization === undefined) return undefined;
  const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1] ?? authorization.trim();
  const fp = kortHash(token);
  let claims: MaskinportenClaims;
  try {
    claims = decodeJwt(token) as MaskinportenClaims;
  } catch {
    return { fp, jwt: false, systembruker: false };
  }
  const acting = actingOrg(claims);
  return {
    fp, jwt: true, iss: tekst(claims.iss), klient: tekst(claims.client_id), scope: tekst(claims.scope),
    org: acting?.orgnr, systembruker: acting?.systembruker ?? false, iat: tall(claims.iat), exp: tall(claims.exp),
  };
}

function systembrukerOrg(details: unknown): string | null | undefined {
  if (details === undefined) return undefined;
  if (!Array.isArray(details) || details.length !== 1) return null;
  const d = details[0];
  if (!d || d.type !== 'urn:altinn:systemuser' || d.systemuser_org?.authority !== 'iso6523-actorid-upis') return null;
  // Altinn's documents write `id`, Skatteetaten's example `ID`: both are accepted.
  const id = d.systemuser_org.ID ?? d.systemuser_org.id;
  return typeof id === 'string' && /^0192:\d{9}$/.test(id) ? id.slice(5) : null;
}

/** A grant's form and the token endpoint's answer: the assertion decoded, the issued token by fingerprint. */
export function grantfakta(form: string | undefined, svar: unknown): Grantfakta {
  const params = new URLSearchParams(form ?? '');
  const assertion = params.get('assertion') ?? undefined;
  const ut: Grantfakta = { grantType: params.get('grant_type') ?? undefined, jwt: false, x5c: false };
  if (assertion) {
    try {
      const header = decodeProtectedHeader(assertion);
      const c = decodeJwt(assertion) as Record<string, unknown>;
      Object.assign(ut, {
        jwt: true, alg: tekst(header.alg), kid: tekst(header.kid), x5c: Array.isArray(header.x5c), iss: tekst(c.iss), aud: c.aud,
        scope: tekst(c.scope), iat: tall(c.iat), exp: tall(c.exp), jti: tekst(c.jti), systembrukerOrg: systembrukerOrg(c.authorization_details),
      });
    } catch {
      // Not a JWT: judged as such.
    }
  }
  const access = tekst((svar as { access_token?: unknown } | undefined)?.access_token);
  if (access) {
    const t = tokenfakta(`Bearer ${access}`)!;
    ut.utstedt = { fp: t.fp, scope: t.scope, org: t.org, systembruker: t.systembruker, exp: t.exp };
  }
  return ut;
}

/** What the session judges need of a petition, in either data model, read with the rules' own accessors. */
export function begjaeringsfakta(body: unknown): Begjaeringsfakta | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const b = body as Begjaering;
  const vedlegg = new Set<string>();
  const saksoekte: string[] = [];
  try {
    besoekVedlegg(b, (v) => {
      const uuid = (v as { uuid?: unknown }).uuid;
      if (typeof uuid === 'string' && uuid !== '') vedlegg.add(uuid);
    });
    besoekAktoerer(b, (a, sted) => {
      if (sted !== 'saksoekt') return;
      const id = partsIdentifikator(a);
      saksoekte.push(kortHash(typeof id === 'string' ? id.trim() : `uten-id-${saksoekte.length}`));
    });
  } catch {
    // A body of the wrong shape (arrays where objects belong): the facts are what could be read.
  }
  const liste = (v: unknown) => (Array.isArray(v) ? v.length : 0);
  const ref = (b as { innsenderReferanse?: unknown }).innsenderReferanse;
  let innsender: string | undefined;
  try {
    innsender = innsenderOrgnr(b);
  } catch {
    innsender = undefined;
  }
  return {
    hash: kortHash(kanonisk(body)),
    innsenderReferanse: typeof ref === 'string' ? ref : undefined,
    innsenderOrgnr: typeof innsender === 'string' ? innsender : undefined,
    vedlegg: [...vedlegg],
    saksoekte,
    antallSaksoekte: liste((b as { saksoekt?: unknown }).saksoekt),
    antallTvangsgrunnlag: liste((b as { begjaeringensTvangsgrunnlag?: unknown }).begjaeringensTvangsgrunnlag),
    antallKrav: liste((b as { kravTilInnkreving?: unknown }).kravTilInnkreving),
  };
}

import { TEST_ENVIRONMENT, type Environment } from '../../src/config/environment.ts';
import { toCurl } from '../../src/http/curl.ts';
import type { Oekthode, Utvekslingspost } from '../leverandoer/post.ts';

/** Headers curl writes itself, or that only made sense on the recorded connection. */
const UTELATT = new Set(['host', 'content-length', 'connection', 'keep-alive', 'transfer-encoding', 'accept-encoding', 'te', 'upgrade']);

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

/**
 * Stands in for the recorded token when the curl line is made: carries only what the token claimed
 * (scope, the organisation it acted for), so `npm run -s token` gets one that acts the same way. It is
 * not signed, never written anywhere, and was never the supplier's token.
 */
function stedfortreder(p: Utvekslingspost): string | undefined {
  const t = p.fakta.token;
  if (!t?.org) return undefined;
  const claims: Record<string, unknown> = { scope: t.scope, consumer: { authority: 'iso6523-actorid-upis', ID: `0192:${t.org}` } };
  if (t.systembruker) claims.authorization_details = [{ type: 'urn:altinn:systemuser', systemuser_org: { authority: 'iso6523-actorid-upis', ID: `0192:${t.org}` } }];
  return `${b64({ alg: 'none' })}.${b64(claims)}.stedfortreder`;
}

function miljoe(hode: Oekthode): Environment {
  const test = hode.maal === TEST_ENVIRONMENT.baseUrl;
  return {
    kind: test ? 'test' : 'custom', name: test ? 'Skatteetatens testmiljø' : hode.maal, baseUrl: hode.maal, isSandbox: hode.modus === 'sandkasse',
    maskinporten: { clientId: '', privateKey: '', keyFormat: 'jwk', wellKnownUrl: test ? TEST_ENVIRONMENT.wellKnownUrl : `${hode.maal}/maskinporten/.well-known/oauth-authorization-server` },
  };
}

/**
 * A curl line that sends the recorded request again to where it went, with a fresh token from `npm run
 * -s token` for the same scope and organisation; null for a grant (it is your Maskinporten client's to
 * make). A masked or unkept body is said in a comment rather than guessed.
 */
export function curlFor(hode: Oekthode, p: Utvekslingspost): string | null {
  if (p.infrastruktur) return null;
  const headers: Record<string, string> = {};
  for (const [navn, verdi] of Object.entries(p.foresporsel.headers)) {
    if (UTELATT.has(navn)) continue;
    if (navn === 'authorization') {
      const s = stedfortreder(p);
      if (s) headers.Authorization = `Bearer ${s}`;
      continue;
    }
    headers[navn] = verdi;
  }
  const k = p.foresporsel.kropp;
  const request = {
    method: p.foresporsel.metode, url: p.foresporsel.url, headers,
    ...(k?.tekst !== undefined && !k.avkortet ? { body: k.tekst } : k ? { bodyBytes: k.bytes } : {}),
  };
  const merknader: string[] = [];
  if (k?.maskert) merknader.push('# A real-looking fødselsnummer or D-nummer in the body was masked as 00000000000 in the recording: put a synthetic one in its place.');
  if (p.foresporsel.headers.authorization && !headers.Authorization) merknader.push('# The recorded Authorization value was not a Maskinporten token: get one with npm run -s token -- --scope <scope>.');
  const linje = toCurl({ request, response: { operationId: p.operasjon?.operationId ?? '', status: p.svar?.status ?? 0, headers: {}, contentType: '', body: undefined, text: '' }, durationMs: p.varighetMs }, undefined, miljoe(hode));
  return `${merknader.map((m) => `${m}\n`).join('')}${linje}`;
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import { TENOR_KILDER, TENOR_SCOPE, type PartyRegistry, type TenorKilde } from '../../generators/parties/index.ts';
import type { Autentisering } from '../http/mount.ts';
import { dokumenterFor } from './dokumenter.ts';
import { KqlError, lesSoek, soek, SoekFeil } from './soek.ts';

// A local Tenor testdatasøk over the sandbox's party register, so the fetch command (npm run tenor) is
// tested end to end without Skatteetaten: GET <MOUNT>/soek/freg and /soek/brreg-er-fr, tokens from the
// sandbox's Maskinporten with Tenor's scope. Tenor's own paths sit under /api/testnorge/v2 on its host;
// here they get a /tenor prefix so they cannot collide with the APIs' paths.

export const MOUNT = '/tenor/';
export const BASE_PATH = '/tenor/api/testnorge/v2';

/**
 * Errors as Spring Boot writes them ({status, error, message, path}): a guess, since Tenor's OpenAPI
 * document is not public; readers should rely on the status.
 */
function feil(res: ServerResponse, status: number, error: string, message: string, path: string, headers: Record<string, string> = {}): void {
  send(res, status, { status, error, message, path }, headers);
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)), 'cache-control': 'no-store', ...headers });
  res.end(text);
}

/** Serves a request under /tenor/; the register is the sandbox's, read on every request (it never changes). */
export async function handleTenor(req: IncomingMessage, res: ServerResponse, path: string, query: string, register: PartyRegistry, auth: Autentisering): Promise<void> {
  req.resume(); // a GET carries no body worth reading
  const prefix = `${BASE_PATH}/soek/`;
  const kilde = path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
  if (kilde === undefined || !(TENOR_KILDER as readonly string[]).includes(kilde)) {
    return feil(res, 404, 'Not Found', `no such Tenor path: ${path}; the sandbox serves ${TENOR_KILDER.map((k) => `${prefix}${k}`).join(' and ')}`, path);
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return feil(res, 405, 'Method Not Allowed', `${req.method} is not allowed here; use GET`, path, { allow: 'GET, HEAD' });
  }
  const token = await auth.verify(req.headers.authorization, TENOR_SCOPE);
  if (!token.ok) {
    const headers: Record<string, string> = token.status === 401 ? { 'www-authenticate': 'Bearer' } : {};
    return feil(res, token.status, token.status === 401 ? 'Unauthorized' : 'Forbidden', token.reason, path, headers);
  }
  try {
    send(res, 200, soek(dokumenterFor(register)[kilde as TenorKilde], lesSoek(query)));
  } catch (err) {
    if (err instanceof KqlError) return feil(res, 400, 'Bad Request', `kql: ${err.message}`, path);
    if (err instanceof SoekFeil) return feil(res, 400, 'Bad Request', err.message, path);
    throw err;
  }
}

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTokenVerifier } from '../src/auth/verifier.ts';
import type { Party } from '../generators/parties/index.ts';
import { API_NAMES, runVersions, type ApiName } from '../src/spec/versions.ts';
import { createMaskinporten, MOUNT as MASKINPORTEN } from './maskinporten/index.ts';
import { handleTenor, MOUNT as TENOR } from './tenor/index.ts';
import { cachedVerifier } from './http/auth.ts';
import { BodyTooLargeError, discardBody, mediaType, readBody } from './http/body.ts';
import { feilkoderFor } from './http/codes.ts';
import { createExchange, sendEmpty, sendFeil, type Exchange } from './http/exchange.ts';
import { createMount, type Mount } from './http/mount.ts';
import { createState, type SandboxState } from './state/index.ts';
import { handlersFor } from './handlers/index.ts';

export interface SandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** Seed of the generated data (trekkpålegg, krav); default 1. */
  seed?: number;
  /**
   * Version per API, e.g. { utleggsbegjaering: 'v1' }: only that one is served. Default: the run's choice
   * (CONFORMANCE_<API>_VERSION) when set, else every version in specs/versions.json, each under its base path.
   */
  versions?: Partial<Record<ApiName, string>>;
  /** Parties added to the sandbox's register (e.g. from loadPartiesFile / --parties), beside the generated ones. */
  parties?: readonly Party[];
  /** Overrides both body limits (default 5 MiB for JSON, 20 MiB for attachments). */
  bodyLimitBytes?: number;
  /** Clock for receipts and timestamps. */
  now?: () => Date;
  /** Clock of the local Maskinporten in ms (tests move it back to get tokens that are already expired). */
  tokenClock?: () => number;
  /**
   * Called with every request before the sandbox reads it (bin/sandbox.ts --record keeps and judges each
   * exchange: tools/leverandoer/sandkasse.ts). It must not throw, pause the request or answer it.
   */
  onExchange?: (req: IncomingMessage, res: ServerResponse) => void;
}

export interface Sandbox {
  url: string;
  port: number;
  /** Restores the seeded state: submissions and uploads are forgotten, feeds start over. */
  reset(): void;
  close(): Promise<void>;
}

export const RESET_PATH = '/sandbox/reset';
const MIB = 1024 * 1024;
const BINARY_TYPES = new Set(['application/pdf', 'image/jpeg', 'image/png', 'application/octet-stream']);

function isJson(type: string): boolean {
  return type === 'application/json' || type.endsWith('+json');
}

function hasBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  return (length !== undefined && length !== '0') || req.headers['transfer-encoding'] !== undefined;
}

function originFor(host: string, port: number): string {
  const reachable = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`;
}

function listen(server: ReturnType<typeof createServer>, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error) => reject(err);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export async function createSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const host = options.host ?? '127.0.0.1';
  const seed = options.seed ?? 1;
  const now = options.now ?? (() => new Date());
  const jsonLimit = options.bodyLimitBytes ?? 5 * MIB;
  const vedleggLimit = options.bodyLimitBytes ?? 20 * MIB;
  const generelleKoder = feilkoderFor('utleggsbegjaering');

  let ready: Promise<Handler> | undefined;
  // Once built, requests go straight to the handler, not through a promise each.
  let handler: Handler | undefined;
  const server = createServer((req, res) => {
    if (handler) void handler(req, res);
    else void ready!.then((h) => h(req, res), () => res.destroy());
  });
  server.keepAliveTimeout = 10_000;
  const port = await listen(server, options.port ?? 0, host);
  const url = originFor(host, port);

  type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  let state: SandboxState;

  async function build(): Promise<Handler> {
    const maskinporten = await createMaskinporten({ issuer: `${url}${MASKINPORTEN}`, now: options.tokenClock });
    const auth = cachedVerifier(createTokenVerifier({ issuer: maskinporten.issuer, jwks: maskinporten.jwks }));
    state = createState({ seed, kravVersion: options.versions?.kravogbetalinger, parties: options.parties });
    const served = (api: ApiName): string[] => {
      const chosen = options.versions?.[api];
      return chosen ? [chosen] : runVersions(api, true);
    };
    const mounts: Mount[] = [];
    for (const api of API_NAMES) {
      for (const version of served(api)) {
        let mount: Mount | undefined;
        mount = await createMount(api, version, handlersFor(api, { state: () => state, mount: () => mount!, version, now }), auth);
        mounts.push(mount);
      }
    }
    // Longest base path first, so a nested base path would win over its parent.
    const ordered = [...mounts].sort((a, b) => b.basePath.length - a.basePath.length);

    /** The API a path belongs to: under its base path, or under its family (base path without /vN). */
    function mountFor(path: string): { mount: Mount; exact: boolean } | undefined {
      for (const mount of ordered) if (path === mount.basePath || path.startsWith(`${mount.basePath}/`)) return { mount, exact: true };
      for (const mount of ordered) {
        const family = mount.basePath.replace(/\/v\d+$/, '');
        if (path === family || path.startsWith(`${family}/`)) return { mount, exact: false };
      }
      return undefined;
    }

    function unknownPath(ex: Exchange, mount: Mount | undefined, path: string): void {
      if (hasBody(ex.req)) void discardBody(ex.req, jsonLimit);
      if (mount) return mount.feil(ex, 'ukjentSti', `no such path: ${path}`);
      const { kode, status } = generelleKoder.ukjentSti;
      sendFeil(ex, status, kode, `no such path: ${path}`);
    }

    async function api(ex: Exchange, mount: Mount, path: string, query: string): Promise<void> {
      let body: unknown;
      // GET and DELETE document no body: one sent anyway is ignored, not refused with an undocumented 413.
      if (hasBody(ex.req) && (ex.req.method === 'GET' || ex.req.method === 'HEAD' || ex.req.method === 'DELETE')) {
        if (!(await discardBody(ex.req, jsonLimit))) return;
      } else if (hasBody(ex.req)) {
        const limit = BINARY_TYPES.has(ex.contentType) ? vedleggLimit : jsonLimit;
        try {
          ex.raw = await readBody(ex.req, limit);
        } catch (err) {
          if (!(err instanceof BodyTooLargeError)) throw err;
          // The rest of the body is thrown away unread, up to a cap, and the answer waits for its end.
          if (await discardBody(ex.req, limit * 4)) {
            mount.feil(ex, 'forStor', `the request body is larger than ${limit} bytes`, [{ felt: '', melding: `at most ${limit} bytes` }], { connection: 'close' });
          }
          return;
        }
        if (isJson(ex.contentType)) {
          try {
            body = JSON.parse(ex.raw.toString('utf8'));
          } catch (err) {
            ex.jsonError = ex.raw.length === 0 ? 'the body is empty' : (err as Error).message;
          }
        }
      }
      await mount.handle(ex, path, query, body);
    }

    return async (req, res) => {
      options.onExchange?.(req, res);
      const ex = createExchange(req, res, mediaType(req.headers['content-type']));
      res.setHeader('korrelasjonsid', ex.korrelasjonsid);
      let owner: Mount | undefined;
      try {
        const raw = req.url ?? '/';
        const q = raw.indexOf('?');
        const path = q < 0 ? raw : raw.slice(0, q);
        const query = q < 0 ? '' : raw.slice(q + 1);
        if (path.startsWith(MASKINPORTEN)) {
          await maskinporten.handle(req, res, path);
          return;
        }
        if (path.startsWith(TENOR)) return await handleTenor(req, res, path, query, state.parter, auth);
        if (path === RESET_PATH) {
          if (hasBody(req)) void discardBody(req, jsonLimit);
          if (req.method !== 'POST') {
            const { status } = generelleKoder.metodeIkkeTillatt;
            return sendFeil(ex, status, generelleKoder.metodeIkkeTillatt.kode, `${req.method} is not allowed here; use POST`, undefined, { allow: 'POST' });
          }
          state.reset();
          return sendEmpty(ex, 204);
        }
        const found = mountFor(path);
        owner = found?.mount;
        if (!found?.exact) return unknownPath(ex, owner, path);
        await api(ex, found.mount, path, query);
      } catch (err) {
        // A path whose percent-encoding does not decode (a lone surrogate, a stray %) is bad input.
        if (err instanceof URIError && owner && !res.headersSent) {
          owner.feil(ex, 'ugyldig', 'the path is not valid percent-encoded UTF-8', [{ felt: 'path', melding: 'must be valid percent-encoded UTF-8' }]);
          return;
        }
        // Whatever happened, the client gets the API's general 500 body and nothing from inside.
        if (!res.headersSent) {
          const { kode, status } = (owner?.koder ?? generelleKoder).intern;
          sendFeil(ex, status, kode, 'unexpected error in the sandbox');
        } else res.destroy();
        return;
      }
      if (!res.headersSent && !res.writableEnded) {
        const { kode, status } = (owner?.koder ?? generelleKoder).intern;
        sendFeil(ex, status, kode, 'the sandbox produced no answer');
      }
    };
  }

  ready = build();
  try {
    handler = await ready;
  } catch (err) {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    throw err;
  }

  return {
    url,
    port,
    reset: () => state.reset(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

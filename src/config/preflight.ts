import type { Environment } from './environment.ts';

/**
 * Before any test: can the run reach its target and the target's Maskinporten? A closed port, a wrong
 * host or a Maskinporten address that is not one otherwise shows up as hundreds of failed tests after
 * minutes; here it is one line naming the address and the cause.
 */

const TIMEOUT_MS = 5_000;

/** Why a fetch failed, in the words of the layer that knows: ECONNREFUSED, ENOTFOUND, a TLS error, a timeout. */
export function causeOf(err: unknown): string {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return `no answer within ${TIMEOUT_MS / 1000} s`;
  const cause = e?.cause;
  if (cause?.code && cause.message) return cause.message.includes(cause.code) ? cause.message : `${cause.code}: ${cause.message}`;
  return cause?.message ?? e?.message ?? String(err);
}

function targetName(env: Environment): string {
  if (env.kind === 'custom') return 'CONFORMANCE_BASE_URL';
  if (env.kind === 'local') return 'the embedded sandbox';
  return "Skatteetaten's test environment";
}

async function get(url: string): Promise<Response> {
  return fetch(url, { headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'manual' });
}

/** The one problem that stops the run, or undefined when both answer. */
export async function preflight(env: Environment): Promise<string | undefined> {
  // Any HTTP answer will do: the origin's root need not exist, only answer.
  try {
    const res = await get(new URL('/', env.baseUrl).href);
    await res.body?.cancel();
  } catch (err) {
    return `Cannot reach ${targetName(env)} at ${env.baseUrl}: ${causeOf(err)}`;
  }
  const url = env.maskinporten.wellKnownUrl;
  const setting = process.env.MASKINPORTEN_WELL_KNOWN_URL ? 'MASKINPORTEN_WELL_KNOWN_URL' : env.kind === 'custom' ? 'CONFORMANCE_BASE_URL (its /maskinporten/), or set MASKINPORTEN_WELL_KNOWN_URL' : 'MASKINPORTEN_WELL_KNOWN_URL';
  let res: Response;
  try {
    res = await get(url);
  } catch (err) {
    return `Cannot reach Maskinporten at ${url}: ${causeOf(err)} (check ${setting})`;
  }
  let metadata: { token_endpoint?: unknown } | undefined;
  try {
    metadata = res.ok ? await res.json() : undefined;
  } catch {
    metadata = undefined;
  }
  if (!res.ok) return `Maskinporten at ${url} answered ${res.status} instead of its metadata (check ${setting})`;
  if (typeof metadata?.token_endpoint !== 'string') return `Maskinporten at ${url} answered, but not with metadata naming a token_endpoint (check ${setting})`;
  return undefined;
}

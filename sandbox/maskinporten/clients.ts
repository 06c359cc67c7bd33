import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { importJWK, type JWK } from 'jose';

/** One registered key of a client; `key` is the imported public key used to verify its grants. */
export interface RegisteredKey {
  kid: string;
  publicJwk: JWK;
  key: CryptoKey;
}

export interface RegisteredClient {
  client_id: string;
  orgnr: string;
  keys: RegisteredKey[];
  scopes: string[];
  /** Organisation numbers the client may act for as systembruker, or '*' for any. */
  systembrukerOrgs: string[];
}

export const DEFAULT_CLIENTS_FILE = fileURLToPath(new URL('../config/clients.json', import.meta.url));

/** Thrown for a clients file that cannot be used; the message names the file, entry and field. */
export class ClientsFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ClientsFileError';
  }
}

const ORGNR = /^\d{9}$/;
const MOD11_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

/** Organisation numbers carry a MOD11 check digit; a typo in the registry should fail at load, not at grant time. */
export function isValidOrgnr(orgnr: string): boolean {
  if (!ORGNR.test(orgnr)) return false;
  const sum = MOD11_WEIGHTS.reduce((acc, w, i) => acc + w * Number(orgnr[i]), 0);
  const rest = sum % 11;
  const check = rest === 0 ? 0 : 11 - rest;
  return check !== 10 && check === Number(orgnr[8]);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string' && v.length > 0);
}

export async function loadClients(file: string = DEFAULT_CLIENTS_FILE): Promise<Map<string, RegisteredClient>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new ClientsFileError(`clients file ${file}: cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ClientsFileError(`clients file ${file}: not valid JSON (${(err as Error).message})`);
  }
  return parseClients(data, file);
}

export async function parseClients(data: unknown, file: string): Promise<Map<string, RegisteredClient>> {
  if (!Array.isArray(data)) throw new ClientsFileError(`clients file ${file}: must be a JSON array of clients`);
  const clients = new Map<string, RegisteredClient>();
  for (const [index, entry] of data.entries()) {
    const fail = (field: string, problem: string): never => {
      throw new ClientsFileError(`clients file ${file}: entry ${index}: ${field} ${problem}`);
    };
    if (!isObject(entry)) fail('(entry)', 'must be an object');
    const e = entry as Record<string, unknown>;
    if (typeof e.client_id !== 'string' || e.client_id.trim() === '') fail('client_id', 'must be a non-empty string');
    const clientId = e.client_id as string;
    if (clients.has(clientId)) fail('client_id', `"${clientId}" is registered twice`);
    if (typeof e.orgnr !== 'string' || !isValidOrgnr(e.orgnr)) {
      fail('orgnr', 'must be a 9-digit organisation number with a valid check digit');
    }
    if (!isStringArray(e.scopes) || e.scopes.length === 0) fail('scopes', 'must be a non-empty array of scope strings');
    if (!isStringArray(e.systembrukerOrgs)) fail('systembrukerOrgs', "must be an array of organisation numbers or '*'");
    for (const [i, org] of (e.systembrukerOrgs as string[]).entries()) {
      if (org !== '*' && !isValidOrgnr(org)) fail(`systembrukerOrgs[${i}]`, "must be a valid organisation number or '*'");
    }
    if (!Array.isArray(e.keys) || e.keys.length === 0) fail('keys', 'must be a non-empty array');
    const keys: RegisteredKey[] = [];
    for (const [k, rawKey] of (e.keys as unknown[]).entries()) {
      if (!isObject(rawKey)) fail(`keys[${k}]`, 'must be an object { kid, publicJwk }');
      const { kid, publicJwk } = rawKey as Record<string, unknown>;
      if (typeof kid !== 'string' || kid === '') fail(`keys[${k}].kid`, 'must be a non-empty string');
      if (keys.some((existing) => existing.kid === kid)) fail(`keys[${k}].kid`, `"${kid}" is used twice`);
      if (!isObject(publicJwk) || publicJwk.kty !== 'RSA' || typeof publicJwk.n !== 'string' || typeof publicJwk.e !== 'string') {
        fail(`keys[${k}].publicJwk`, 'must be an RSA public JWK (kty "RSA" with n and e)');
      }
      const jwk = publicJwk as JWK;
      // A private part here would mean someone pasted the wrong half of the pair into a committed file.
      if ('d' in jwk) fail(`keys[${k}].publicJwk`, 'contains a private key (d); register the public part only');
      let key: CryptoKey;
      try {
        key = (await importJWK({ kty: 'RSA', n: jwk.n, e: jwk.e }, 'RS256')) as CryptoKey;
      } catch (err) {
        return fail(`keys[${k}].publicJwk`, `cannot be imported as an RS256 key (${(err as Error).message})`);
      }
      keys.push({ kid: kid as string, publicJwk: jwk, key });
    }
    clients.set(clientId, {
      client_id: clientId,
      orgnr: e.orgnr as string,
      keys,
      scopes: e.scopes as string[],
      systembrukerOrgs: e.systembrukerOrgs as string[],
    });
  }
  return clients;
}

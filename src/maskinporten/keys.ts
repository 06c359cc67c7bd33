import { createPrivateKey, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { importJWK, type JWK } from 'jose';

export interface ClientKey {
  key: CryptoKey | KeyObject;
  kid: string | undefined;
}

/** A key that will not sign is a configuration error: name the source, never echo the key. */
export class ClientKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ClientKeyError';
  }
}

/** Imports a private RSA JWK; `kid` comes from the JWK itself unless given. */
export async function importClientJwk(jwk: JWK, source = 'JWK', kid?: string): Promise<ClientKey> {
  if (typeof jwk !== 'object' || jwk === null || jwk.kty !== 'RSA') {
    throw new ClientKeyError(`${source}: must be an RSA JWK (kty "RSA")`);
  }
  if (typeof jwk.d !== 'string') throw new ClientKeyError(`${source}: is a public key; the private JWK (with d) is needed to sign grants`);
  try {
    const key = (await importJWK(jwk, 'RS256')) as CryptoKey;
    return { key, kid: kid ?? (typeof jwk.kid === 'string' ? jwk.kid : undefined) };
  } catch {
    throw new ClientKeyError(`${source}: cannot be imported as an RS256 private key`);
  }
}

/** From a JWK JSON string, typically the MASKINPORTEN_CLIENT_JWK environment variable. */
export async function loadClientKeyFromJwk(json: string, source = 'MASKINPORTEN_CLIENT_JWK', kid?: string): Promise<ClientKey> {
  let jwk: unknown;
  try {
    jwk = JSON.parse(json);
  } catch {
    throw new ClientKeyError(`${source}: is not valid JSON`);
  }
  return importClientJwk(jwk as JWK, source, kid);
}

/** From a PEM file (PKCS#8 or PKCS#1) plus the kid the key is registered under. */
export async function loadClientKeyFromPemFile(file: string, kid: string | undefined): Promise<ClientKey> {
  let pem: string;
  try {
    pem = await readFile(file, 'utf8');
  } catch (err) {
    throw new ClientKeyError(`${file}: cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch {
    throw new ClientKeyError(`${file}: is not a PEM private key`);
  }
  if (key.asymmetricKeyType !== 'rsa') throw new ClientKeyError(`${file}: must be an RSA key, got ${key.asymmetricKeyType}`);
  return { key, kid };
}

export type ClientKeySource = { jwk: string; source?: string; kid?: string } | { pemFile: string; kid?: string };

export function loadClientKey(from: ClientKeySource): Promise<ClientKey> {
  return 'jwk' in from ? loadClientKeyFromJwk(from.jwk, from.source, from.kid) : loadClientKeyFromPemFile(from.pemFile, from.kid);
}

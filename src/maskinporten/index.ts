export { MaskinportenClient, JWT_BEARER_GRANT, SYSTEMUSER_TYPE } from './client.ts';
export type { MaskinportenClientOptions, TokenRequest } from './client.ts';
export { MaskinportenError, withoutTokens } from './errors.ts';
export {
  ClientKeyError,
  importClientJwk,
  loadClientKey,
  loadClientKeyFromJwk,
  loadClientKeyFromPemFile,
} from './keys.ts';
export type { ClientKey, ClientKeySource } from './keys.ts';

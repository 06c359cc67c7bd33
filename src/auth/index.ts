export { actingOrg, createTokenVerifier } from './verifier.ts';
export type { MaskinportenClaims, TokenVerifier, TokenVerifierOptions, VerifyResult } from './verifier.ts';

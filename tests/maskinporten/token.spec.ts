import { decodeJwt } from 'jose';
import { actingOrg, type MaskinportenClaims } from '../../src/auth/verifier.ts';
import { API_NAMES, apiVersion } from '../../src/spec/versions.ts';
import { expect, test } from '../fixtures/index.ts';

// Skatteetaten's checklist, section 2: "test getting a token with the right organisation number through
// Maskinporten". Each distinct scope the suite uses, from the environment's own Maskinporten.
const scopes = [...new Set(API_NAMES.map((api) => apiVersion(api).scope))];

test.describe('Maskinporten', () => {
  for (const scope of scopes) {
    test(`a token for ${scope} comes from the environment's Maskinporten and acts for the supplier's organisation`, { tag: ['@maskinporten', '@smoke'] }, async ({ environment, token }) => {
      const metadata = (await (await fetch(environment.maskinporten.wellKnownUrl)).json()) as { issuer?: string };
      const claims = decodeJwt(await token(scope)) as MaskinportenClaims & { iss?: string; exp?: number };
      expect(claims.iss, 'issued by the Maskinporten the environment names').toBe(metadata.issuer);
      expect(String(claims.scope ?? '').split(' '), 'for the scope asked for').toContain(scope);
      expect(claims.exp, 'not yet expired').toBeGreaterThan(Date.now() / 1000);
      const acting = actingOrg(claims);
      test.info().annotations.push({ type: 'organisasjon', description: acting ? `${acting.orgnr}${acting.systembruker ? ' (systembruker)' : ''}` : 'ingen' });
      // CONFORMANCE_SUPPLIER_ORG (or MASKINPORTEN_SYSTEMBRUKER_ORG) says which organisation it must be.
      expect(acting?.orgnr, 'acts for the supplier\'s organisation').toBe(environment.supplierOrg);
      expect(acting?.systembruker, 'as a systembruker exactly when MASKINPORTEN_SYSTEMBRUKER_ORG is set').toBe(!!environment.maskinporten.systembrukerOrg);
    });
  }
});

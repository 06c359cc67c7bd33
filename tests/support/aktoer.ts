import type { Environment } from '../../src/config/environment.ts';

/** The organisation the suite's tokens act for: the systembruker's customer if one is set, else the supplier. */
export function aktoerOrg(environment: Environment): string | undefined {
  return environment.maskinporten.systembrukerOrg ?? environment.supplierOrg;
}

import { BetjeningskartetClient } from '../../src/clients/betjeningskartet.ts';
import { defineAuthTests } from '../support/auth.ts';
import { laastePersoner } from '../support/betjeningskartet.ts';

const [laast] = laastePersoner();

defineAuthTests({
  api: 'betjeningskartet',
  client: (http, token) => new BetjeningskartetClient('betjeningskartet', http, token),
  operations: [
    {
      operationId: 'slaaOppRegelverk',
      linje: 'POST /api/utleggsbegjaering-betjeningskartet/v1/regelverk',
      call: (c, extra) => (c as BetjeningskartetClient).slaaOpp([laast], extra),
    },
    {
      operationId: 'hentRegelverk',
      linje: 'GET /api/utleggsbegjaering-betjeningskartet/v1/regelverk/{identifikator}',
      call: (c, extra) => (c as BetjeningskartetClient).hent(laast, extra),
    },
  ],
});

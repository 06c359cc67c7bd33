// The ceiling for the sandbox benchmark: node:http reading the body, JSON.parse and the same ajv
// request schema, nothing else (no auth, no rules, no routing). Prints "listening on URL".
// The Utleggsbegjæring version is the first argument (default: the manifest default).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rawRequestValidator } from './raw-ajv.ts';

const validate = rawRequestValidator('validerUtleggsbegjaering', process.argv[2]);

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    let body: unknown;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      res.writeHead(400, { 'content-type': 'application/json' }).end('{"kode":"UGYLDIG_JSON"}');
      return;
    }
    if (validate(body)) res.writeHead(204).end();
    else res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ kode: 'UGYLDIG', detaljer: validate.errors }));
  });
});
server.keepAliveTimeout = 10_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));

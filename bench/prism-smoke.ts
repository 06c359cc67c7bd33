// npm run -s smoke:prism [-- specs/x.yaml ...]
// Prism (@stoplight/prism-cli), started as a mock on each document of specs/versions.json, must answer every
// operation called with the document's own examples with a documented status and a body the document
// allows; asked for each documented status (Prefer: code=…) and each named example (Prefer: example=…),
// it must give exactly that. It also fails when Prism finds the request built from the examples invalid
// (it names the violations of the request or of its own answer in sl-violations, or answers with its own
// error). Not part of npm test:
// starting Prism takes a few seconds per document (the run prints its time).
import { resolve as resolvePath } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { dokumenter, eksemplerAv, fraEksempler, operasjoner, send, udokumentert, type Dokument } from '../tests/unit/openapi-support.ts';
import { freePort, waitForHttp } from './lib/ports.ts';
import { startServer } from './lib/process.ts';

const PRISM = 'node_modules/@stoplight/prism-cli/dist/index.js';
const AUTH = { authorization: 'Bearer prism-smoke' };

/** Prism's own answers (a request it finds invalid, a route it has not got) carry a problem type of its own. */
function prismError(body: unknown): string | undefined {
  const type = (body as { type?: unknown } | undefined)?.type;
  return typeof type === 'string' && type.includes('stoplight.io/prism/errors') ? `${type} ${JSON.stringify((body as any).validation ?? (body as any).detail ?? '')}` : undefined;
}

async function smoke(d: Dokument): Promise<{ checks: number; problems: string[] }> {
  const port = await freePort();
  const prism = await startServer(process.execPath, [PRISM, 'mock', d.spec.file, '-p', String(port), '-h', '127.0.0.1', '--errors', '-v', 'silent'], null);
  const origin = `http://127.0.0.1:${port}`;
  const problems: string[] = [];
  let checks = 0;
  try {
    await waitForHttp(origin, 60_000);
    for (const op of operasjoner(d)) {
      const where = `${d.spec.file}${op.peker} (${op.operationId})`;
      const { req, mangler } = fraEksempler(d, op);
      if (mangler.length > 0) {
        problems.push(...mangler.map((m) => `${where}: not called: ${m}`));
        continue;
      }
      // Prism serves the document's paths without the server's base path.
      const plain = await send(origin, d, op, req, AUTH, '');
      checks++;
      const violations = plain.headers.get('sl-violations');
      if (violations) problems.push(`${where}: Prism reports violations (sl-violations): ${violations}`);
      const own = prismError(plain.body);
      if (own) problems.push(`${where}: Prism answered with its own error ${plain.status}: ${own}`);
      else {
        const wrong = udokumentert(d, op, plain);
        if (wrong) problems.push(`${where}: ${wrong}`);
      }
      for (const [status, response] of Object.entries(op.responses)) {
        // Per media type (asked for with Accept), each named example, or just the status when none is named.
        const asks: Array<{ accept?: string; prefer: string; value?: unknown }> = [];
        for (const [type, media] of Object.entries<Record<string, any>>(response.content ?? {})) {
          const named = eksemplerAv(d, media).filter((e) => e.navn !== 'example');
          if (named.length === 0) asks.push({ accept: type, prefer: `code=${status}` });
          for (const e of named) asks.push({ accept: type, prefer: `code=${status}, example=${e.navn}`, value: e.value });
        }
        if (asks.length === 0) asks.push({ prefer: `code=${status}` });
        for (const ask of asks) {
          const svar = await send(origin, d, op, req, { ...AUTH, prefer: ask.prefer, ...(ask.accept ? { accept: ask.accept } : {}) }, '');
          checks++;
          const at = `${where} ${ask.accept ? `Accept: ${ask.accept}, ` : ''}Prefer: ${ask.prefer}`;
          if (String(svar.status) !== status) problems.push(`${at}: answered ${svar.status} ${svar.text.slice(0, 160)}`);
          else if (udokumentert(d, op, svar)) problems.push(`${at}: ${udokumentert(d, op, svar)}`);
          else if (ask.value !== undefined && /json/.test(svar.contentType) && !isDeepStrictEqual(svar.body, ask.value)) problems.push(`${at}: the body is not the example`);
        }
      }
    }
  } finally {
    await prism.stop();
  }
  return { checks, problems };
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).map((f) => resolvePath(f));
  const all = dokumenter().filter((d) => wanted.length === 0 || wanted.includes(resolvePath(d.spec.file)));
  if (all.length === 0) throw new Error(`no document of specs/versions.json matches ${process.argv.slice(2).join(' ')}`);
  const started = performance.now();
  let failed = 0;
  for (const d of all) {
    const t = performance.now();
    const { checks, problems } = await smoke(d);
    const seconds = ((performance.now() - t) / 1000).toFixed(1);
    process.stdout.write(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${d.spec.file}: ${checks} request(s), ${problems.length} problem(s), ${seconds} s\n`);
    for (const p of problems) process.stdout.write(`     ${p}\n`);
    if (problems.length > 0) failed++;
  }
  process.stdout.write(`smoke:prism: ${all.length - failed}/${all.length} document(s) clean in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  if (failed > 0) process.exitCode = 1;
}

main().catch((err) => {
  process.stderr.write(`smoke:prism: ${(err as Error).message}\n`);
  process.exitCode = 2;
});

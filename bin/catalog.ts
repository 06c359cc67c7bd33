// Rule catalogs across versions: `npm run -s catalog -- diff v1 v2 [--json]`.
import { runCatalog } from '../tools/catalog/run.ts';

try {
  process.exitCode = runCatalog(process.argv.slice(2), (t) => process.stdout.write(t), (t) => process.stderr.write(t));
} catch (err) {
  // Only the project's own data can fail here (a manifest or catalog that does not load); name it, no stack.
  process.stderr.write(`catalog: ${(err as Error).message}\n`);
  process.exitCode = 2;
}

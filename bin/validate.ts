// Offline validator for Utleggsbegjæring payload files: `npm run -s validate -- <file-or-folder>... [--json]`.
import { runValidate, streamOutput } from '../tools/validate/run.ts';

try {
  process.exitCode = await runValidate(process.argv.slice(2), streamOutput(process.stdout), streamOutput(process.stderr));
} catch (err) {
  // Only the project's own data can fail here (a spec or catalog that does not load); name it, no stack.
  process.stderr.write(`validate: ${(err as Error).message}\n`);
  process.exitCode = 2;
}

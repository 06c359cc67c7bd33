// Offline validator for Utleggsbegjæring payload files: `npm run -s validate -- [--version V] <file-or-folder>... [--json]`.
try {
  // Imported here, not above: loading the rule registry binds the version the environment names, and an
  // unknown one must end as the one-line error below, not as a stack trace at import.
  const { runValidate, streamOutput } = await import('../tools/validate/run.ts');
  process.exitCode = await runValidate(process.argv.slice(2), streamOutput(process.stdout), streamOutput(process.stderr));
} catch (err) {
  // Only the project's own data can fail here (a spec, catalog, migration map or rule registry that does not
  // load); name it, no stack.
  process.stderr.write(`validate: ${(err as Error).message}\n`);
  process.exitCode = 2;
}

// Lints every OpenAPI document named by specs/versions.json with Redocly CLI (settings and the rules we
// relax: redocly.yaml) and prints one line per problem: file:line:column, JSON pointer, rule, message.
//
//   npm run -s lint:specs                 every document of specs/versions.json
//   npm run -s lint:specs -- specs/x.yaml  just these files
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentFiles } from '../src/spec/versions.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Problem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location: Array<{ source: { ref: string }; pointer?: string; start?: { line: number; col: number } }>;
}


function redocly(files: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const cli = join(dirname(createRequire(import.meta.url).resolve('@redocly/cli/package.json')), 'bin/cli.js');
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, 'lint', ...files, '--config', join(ROOT, 'redocly.yaml'), '--format=json'], {
      cwd: ROOT,
      // The settings file turns usage data off as well; this covers a run with another --config.
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.once('error', fail);
    child.once('close', (code) => done({ code: code ?? 1, stdout, stderr }));
  });
}

/** Redocly writes one JSON report per document, back to back: split them at the top-level braces. */
function reports(text: string): Array<{ problems?: Problem[] }> {
  const out: Array<{ problems?: Problem[] }> = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' && depth++ === 0) start = i;
    else if (c === '}' && --depth === 0) out.push(JSON.parse(text.slice(start, i + 1)));
  }
  if (out.length === 0 || depth !== 0) throw new SyntaxError('not a Redocly JSON report');
  return out;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write('usage: npm run -s lint:specs [-- FILE...]\n\nLints every OpenAPI document of specs/versions.json (or the files named) with Redocly CLI, settings in redocly.yaml; one line per problem: file:line:column, JSON pointer, rule, message. Exit 1 when there are errors.\n');
    process.exit(0);
  }
  const unknown = args.find((a) => a.startsWith('-'));
  if (unknown) {
    process.stderr.write(`lint:specs: unknown option ${unknown}\nusage: npm run -s lint:specs [-- FILE...]\n`);
    process.exit(2);
  }
  const files = args.length > 0 ? args.map((f) => resolve(f)) : documentFiles();
  const { code, stdout, stderr } = await redocly(files.map((f) => relative(ROOT, f)));
  let problems: Problem[];
  try {
    problems = reports(stdout).flatMap((r) => r.problems ?? []);
  } catch {
    // Not a lint result (a bad settings file, a file that is not YAML): Redocly's own words, minus its banners.
    process.stderr.write(`lint:specs: Redocly gave no result (exit ${code}):\n${stderr.split('\n').filter((l) => !/[║╔╚]/.test(l)).join('\n').trim()}\n`);
    process.exitCode = 2;
    return;
  }
  for (const p of problems) {
    const at = p.location[0];
    const where = at ? `${at.source.ref}${at.start ? `:${at.start.line}:${at.start.col}` : ''} ${at.pointer ?? ''}` : '(no location)';
    process.stdout.write(`${where}  ${p.severity} ${p.ruleId}: ${p.message}\n`);
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  process.stdout.write(`lint:specs: ${files.length} document(s), ${errors} error(s), ${warnings} warning(s)\n`);
  if (errors > 0 || code !== 0) process.exitCode = 1;
}

try {
  await main();
} catch (err) {
  // Bad input (no Redocly installed, an unreadable versions.json) is one line, never a stack trace.
  process.stderr.write(`lint:specs: ${(err as Error).message}\n`);
  process.exitCode = 2;
}

import { loadRegelkatalog } from '../../src/spec/catalog.ts';
import { listVersions } from '../../src/spec/versions.ts';
import { diffKataloger } from './diff.ts';
import { diffTekst } from './report.ts';

export const USAGE = 'usage: catalog diff <from-version> <to-version> [--json]';
const HELP = `${USAGE}

Compares two versions of the Utleggsbegjæring rule catalog (specs/catalogs/, as specs/versions.json
lists them): codes added, codes removed, and codes whose tittel, beskrivelse, avvikstekst or
gjelderKunEndringer changed, each with old → new. --json prints the same as one JSON object.
`;

class UsageError extends Error {}

function parse(argv: string[]): { fra: string; til: string; json: boolean } {
  const json = argv.includes('--json');
  const rest = argv.filter((a) => a !== '--json');
  const unknown = rest.find((a) => a.startsWith('-'));
  if (unknown) throw new UsageError(`unknown option ${unknown}; ${USAGE}`);
  const [sub, ...versions] = rest;
  if (sub === undefined) throw new UsageError(`no subcommand given; ${USAGE}`);
  if (sub !== 'diff') throw new UsageError(`unknown subcommand "${sub}"; ${USAGE}`);
  if (versions.length !== 2) throw new UsageError(`diff needs two versions, e.g. diff v1 v2; ${USAGE}`);
  const known = listVersions('utleggsbegjaering');
  for (const v of versions) if (!known.includes(v)) throw new UsageError(`unknown version "${v}" (known: ${known.join(', ')})`);
  return { fra: versions[0], til: versions[1], json };
}

/** The catalog tool as a function: writes to `out`/`err` and returns the exit code (2 for bad usage). */
export function runCatalog(argv: string[], out: (text: string) => void, err: (text: string) => void): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    out(HELP);
    return 0;
  }
  let args;
  try {
    args = parse(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err(`catalog: ${e.message}\n`);
    return 2;
  }
  const diff = diffKataloger(loadRegelkatalog(args.fra), loadRegelkatalog(args.til));
  out(args.json ? `${JSON.stringify(diff, null, 2)}\n` : diffTekst(diff));
  return 0;
}

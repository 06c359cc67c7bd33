#!/usr/bin/env -S npx tsx
// npm run -s generate -- <kind> --count N --seed S [--invalid CODE] [--parties FILE] [--innsender ORGNR]
//   [--version V] [--kompleksitet enkel|kompleks|tilfeldig]
// Prints a JSON array on stdout and nothing else. Bad input: one line on stderr, exit code 2.
// --count is at most MAX_COUNT: a complex petition is about 17 kB of JSON, so a million was 17 GB.
import { parseArgs } from 'node:util';
import { generateInnbetalinger, generateKrav, generateTrekkpaalegg } from '../generators/feeds/index.ts';
import { checkOrganisasjonsnummer } from '../generators/identifiers/index.ts';
import {
  createPartyRegistry, generateOrganisasjon, generatePerson, loadParties, parterFraMiljoe, PartiesFileError, type Party, type PartyRegistry,
} from '../generators/parties/index.ts';
import { createRandom, type Faker } from '../generators/random.ts';
import { petisjonsmodell, STANDARD_INNSENDER, type Kompleksitet, type Petisjonsmodell } from '../generators/requests/index.ts';
import { displayPath } from '../src/spec/files.ts';
import { apiVersion, defaultVersion, listVersions } from '../src/spec/versions.ts';

const KINDS = ['utleggsbegjaering', 'trekkpaalegg', 'krav', 'innbetalinger', 'parties', 'scenario'] as const;
type Kind = (typeof KINDS)[number];

const KOMPLEKSITETER: readonly Kompleksitet[] = ['enkel', 'kompleks', 'tilfeldig'];

const USAGE = `usage: generate <${KINDS.join('|')}> [--count N] [--seed S] [--invalid CODE|schema:KIND] [--parties FILE] [--innsender ORGNR] [--version V] [--kompleksitet ${KOMPLEKSITETER.join('|')}]`;
/** Documented in the README and in --help; about 170 MB of complex petitions. More: another run with another --seed. */
const MAX_COUNT = 10_000;

const HELP = `${USAGE}

Writes synthetic data as one JSON array on stdout (same --seed, same data):
  utleggsbegjaering  petitions in the data model of --version (default the manifest's); --kompleksitet,
                     --invalid CODE (breaks one rule) or --invalid schema:KIND, --innsender ORGNR
  scenario           the ordered requests that break a rule needing server state (--invalid CODE)
  trekkpaalegg, krav, innbetalinger, parties   feeds and parties (--innsender names whose feed)
  --parties FILE|DIR the supplier's own parties, used beside the generated register: our format, or
                     Tenor's downloads and search answers (npm run tenor); default $CONFORMANCE_PARTIES
--count is 0 to ${MAX_COUNT.toLocaleString('en')} (default 1); for more, run again with another --seed.
--seed is any whole number (default 1).
Exit codes: 0 written, 1 an unexpected failure, 2 bad input (one line on stderr).
`;

/** Bad input from the user: reported as one line, exit code 2. */
class UsageError extends Error {}

interface Args {
  kind: Kind;
  count: number;
  seed: number;
  invalid?: string;
  parties?: string;
  innsender?: string;
  /** The Utleggsbegjæring version whose data model and catalog to use; the manifest default when left out. */
  version: string;
  kompleksitet?: Kompleksitet;
}

function integer(option: string, text: string, min: number, max: number, why = ''): number {
  if (!/^-?[0-9]+$/.test(text)) throw new UsageError(`--${option} must be a whole number, got ${JSON.stringify(text)}`);
  const n = Number(text);
  if (Number.isSafeInteger(n) && n < min && min === 0) throw new UsageError(`--${option} must be 0 or more, got ${text}`);
  if (Number.isSafeInteger(n) && n > max && why) throw new UsageError(`--${option} must be at most ${max}${why}, got ${text}`);
  if (!Number.isSafeInteger(n) || n < min || n > max) throw new UsageError(`--${option} must be between ${min} and ${max}, got ${text}`);
  return n;
}

/** Options that take a value, so `--count -5` reads as a value to check instead of node's "argument is ambiguous". */
const VALUED = ['--count', '--seed', '--invalid', '--parties', '--innsender', '--version', '--kompleksitet'];

function joinNegativeValues(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (VALUED.includes(argv[i]) && /^-\d/.test(argv[i + 1] ?? '')) out.push(`${argv[i]}=${argv[++i]}`);
    else out.push(argv[i]);
  }
  return out;
}

function parse(argv: string[]): Args | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: joinNegativeValues(argv),
      allowPositionals: true,
      strict: true,
      options: {
        count: { type: 'string' },
        seed: { type: 'string' },
        invalid: { type: 'string' },
        parties: { type: 'string' },
        innsender: { type: 'string' },
        version: { type: 'string' },
        kompleksitet: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // node's messages name the option; keep their first sentence only.
    throw new UsageError(String((error as Error).message).split('. ')[0].split('\n')[0]);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length === 0) throw new UsageError(`missing kind; ${USAGE}`);
  if (positionals.length > 1) throw new UsageError(`one kind expected, got ${positionals.map((p) => JSON.stringify(p)).join(' ')}`);
  const kind = positionals[0] as Kind;
  if (!KINDS.includes(kind)) throw new UsageError(`unknown kind ${JSON.stringify(positionals[0])}; kinds: ${KINDS.join(', ')}`);
  const args: Args = {
    kind,
    count: values.count === undefined ? 1 : integer('count', values.count, 0, MAX_COUNT, ' (the limit per run; for more, run again with another --seed)'),
    seed: values.seed === undefined ? 1 : integer('seed', values.seed, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER),
    invalid: values.invalid,
    parties: values.parties,
    innsender: values.innsender,
    version: values.version ?? defaultVersion('utleggsbegjaering'),
  };
  if (values.version !== undefined && kind !== 'utleggsbegjaering' && kind !== 'scenario') {
    throw new UsageError(`--version applies to utleggsbegjaering and scenario, not ${kind}`);
  }
  const versions = listVersions('utleggsbegjaering');
  if (!versions.includes(args.version)) {
    throw new UsageError(`unknown version ${JSON.stringify(args.version)} for --version; known: ${versions.join(', ')}`);
  }
  if (values.kompleksitet !== undefined) {
    if (kind !== 'utleggsbegjaering' && kind !== 'scenario') throw new UsageError(`--kompleksitet applies to utleggsbegjaering and scenario, not ${kind}`);
    if (!(KOMPLEKSITETER as readonly string[]).includes(values.kompleksitet)) {
      throw new UsageError(`unknown kompleksitet ${JSON.stringify(values.kompleksitet)}; one of ${KOMPLEKSITETER.join(', ')}`);
    }
    args.kompleksitet = values.kompleksitet as Kompleksitet;
  }
  if (args.innsender !== undefined) {
    const check = checkOrganisasjonsnummer(args.innsender);
    if (!check.valid) throw new UsageError(`--innsender ${JSON.stringify(args.innsender)} is not an organisasjonsnummer: ${check.reason}`);
  }
  if (args.invalid !== undefined && kind !== 'utleggsbegjaering' && kind !== 'scenario') {
    throw new UsageError(`--invalid applies to utleggsbegjaering and scenario, not ${kind}`);
  }
  if (kind === 'scenario' && args.invalid === undefined) throw new UsageError('kind scenario needs --invalid CODE');
  return args;
}

/** --parties, else CONFORMANCE_PARTIES (as the suite reads it); what could not be mapped is said on stderr. */
function extraParties(args: Args): Party[] | undefined {
  const lest = args.parties !== undefined ? loadParties(args.parties) : parterFraMiljoe();
  for (const w of lest?.warnings ?? []) process.stderr.write(`generate: --parties ${w}\n`);
  return lest?.parties;
}

/** Petitions come from their version's data model, which also says where their parties come from. */
function modellFor(args: Args): Petisjonsmodell {
  try {
    return petisjonsmodell(args.version);
  } catch (error) {
    throw new UsageError(`--version ${args.version}: ${(error as Error).message}`);
  }
}

/** Lazily: a large --count streams out instead of building one huge array and string. */
function* times<T>(count: number, make: (i: number) => T): Generator<T> {
  for (let i = 0; i < count; i++) yield make(i);
}

/** Parties that are new in every seed: generated ones, avoiding numbers the registry (and --parties) already use. */
function parties(faker: Faker, args: Args, registry: PartyRegistry): Iterable<Party> {
  const taken = new Set(registry.all().map((p) => (p.type === 'person' ? p.identifikator : p.organisasjonsnummer)));
  return times(args.count, () => {
    const p: Party = faker.number.int(2) === 0 ? generateOrganisasjon(faker, { taken }) : generatePerson(faker, { taken });
    taken.add(p.type === 'person' ? p.identifikator : p.organisasjonsnummer);
    return p;
  });
}

function unknownCode(code: string, version: string): UsageError {
  const catalog = apiVersion('utleggsbegjaering', version).catalog;
  return new UsageError(`unknown rule code ${JSON.stringify(code)} for --invalid; see the "kode" values in ${catalog ? displayPath(catalog) : 'the rule catalog'} (version ${version})`);
}

/** A base petition of the version's model; complex unless asked otherwise, since they carry every part a mutation may need to break. */
function bases(faker: Faker, args: Args, modell: Petisjonsmodell, registry: PartyRegistry): () => unknown {
  const innsender = args.innsender ?? STANDARD_INNSENDER;
  return () => modell.bygg(faker, { registry, innsender, kompleksitet: args.kompleksitet ?? 'kompleks' });
}

/** N petitions that each break the rule `code` (or, with schema:<kind>, the request schema). */
async function invalidPetitions(faker: Faker, args: Args, modell: Petisjonsmodell, registry: PartyRegistry, code: string): Promise<Iterable<unknown>> {
  const invalid = await import('../generators/invalid/index.ts');
  const base = bases(faker, args, modell, registry);
  if (code.startsWith('schema:')) {
    const kind = code.slice('schema:'.length);
    if (!(invalid.SCHEMA_INVALID_KINDS as readonly string[]).includes(kind)) {
      throw new UsageError(`unknown schema-invalid kind ${JSON.stringify(kind)} for --invalid; kinds: ${invalid.SCHEMA_INVALID_KINDS.join(', ')}`);
    }
    return times(args.count, () => invalid.schemaInvalid(kind, base() as Record<string, unknown>).body);
  }
  if (invalid.scenarioCodes(args.version).includes(code)) {
    throw new UsageError(`--invalid ${code} needs server state (earlier submissions or attachments); use kind scenario`);
  }
  if (!invalid.mutationCodes(args.version).includes(code)) throw unknownCode(code, args.version);
  return times(args.count, () => invalid.mutate(code, base(), faker, args.version));
}

/** N scenarios: the ordered requests that lead to a violation of a rule needing server state. */
async function scenarios(faker: Faker, args: Args, modell: Petisjonsmodell, registry: PartyRegistry, code: string): Promise<Iterable<unknown>> {
  const invalid = await import('../generators/invalid/index.ts');
  if (invalid.mutationCodes(args.version).includes(code)) {
    throw new UsageError(`--invalid ${code} is broken by a single request; use kind utleggsbegjaering`);
  }
  if (!invalid.scenarioCodes(args.version).includes(code)) throw unknownCode(code, args.version);
  const base = bases(faker, args, modell, registry);
  return times(args.count, () => invalid.scenario(code, base(), faker, args.version));
}

async function generate(args: Args): Promise<Iterable<unknown>> {
  const extra = extraParties(args);
  const faker = createRandom(args.seed);
  if (args.kind === 'utleggsbegjaering' || args.kind === 'scenario') {
    const modell = modellFor(args);
    const registry = modell.registry(args.seed, extra);
    if (args.kind === 'scenario') return scenarios(faker, args, modell, registry, args.invalid!);
    if (args.invalid !== undefined) return invalidPetitions(faker, args, modell, registry, args.invalid);
    return times(args.count, () => modell.bygg(faker, { registry, innsender: args.innsender, kompleksitet: args.kompleksitet }));
  }
  const registry = createPartyRegistry({ seed: args.seed, extra });
  switch (args.kind) {
    case 'trekkpaalegg':
      // --innsender names the trekkpliktig whose feed this is; default a Tenor test organisation.
      return generateTrekkpaalegg(faker, { trekkpliktig: args.innsender ?? '310478717', count: args.count, registry });
    case 'krav':
      return generateKrav(faker, { partIdentifikator: args.innsender ?? '212201782', count: args.count });
    case 'innbetalinger':
      return generateInnbetalinger(faker, { partIdentifikator: args.innsender ?? '212201782', count: args.count });
    case 'parties':
      return parties(faker, args, registry);
  }
}

function oneLine(error: unknown): string {
  if (error instanceof PartiesFileError) {
    const [first, ...rest] = error.problems;
    const where = `${error.file}${first.row >= 0 ? ` row ${first.row}` : ''}${first.field ? ` field ${first.field}` : ''}`;
    return `--parties ${where}: ${first.message}${rest.length ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : ''}`;
  }
  return String((error as Error)?.message ?? error).split('\n')[0];
}

function write(text: string): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(text, (error) => (error ? reject(error) : resolve())));
}

/**
 * Writes the same bytes as JSON.stringify(array, null, 2) + newline, element by element. The first
 * element is built before anything is written, so a failure there still leaves stdout empty.
 */
async function writeJsonArray(items: Iterable<unknown>): Promise<void> {
  const it = items[Symbol.iterator]();
  let next = it.next();
  if (next.done) return write('[]\n');
  let buffer = '[\n';
  let first = true;
  while (!next.done) {
    buffer += `${first ? '' : ',\n'}  ${JSON.stringify(next.value, null, 2).replaceAll('\n', '\n  ')}`;
    first = false;
    if (buffer.length > 1 << 16) {
      await write(buffer);
      buffer = '';
    }
    next = it.next();
  }
  await write(`${buffer}\n]\n`);
}

async function main(): Promise<void> {
  // A reader that stops early (| head) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  try {
    const args = parse(process.argv.slice(2));
    if (args === 'help') await write(HELP);
    else await writeJsonArray(await generate(args));
  } catch (error) {
    const usage = error instanceof UsageError || error instanceof PartiesFileError || error instanceof RangeError;
    process.stderr.write(`generate: ${oneLine(error)}\n`);
    process.exitCode = usage ? 2 : 1;
  }
}

await main();

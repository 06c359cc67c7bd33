#!/usr/bin/env -S npx tsx
/**
 * Fetches synthetic parties from Tenor testdatasøk and prints the search answer (Tenor's own envelope,
 * every document with its kildedata), ready for --parties / CONFORMANCE_PARTIES.
 *
 *   npm run -s tenor -- --kilde freg|brreg-er-fr --kql 'KQL' --antall N [--seed S] [--url URL] > parties.json
 *
 * Goes where the suite's settings point (src/config): CONFORMANCE_ENV=test is Skatteetaten's Tenor with
 * the configured Maskinporten client; the default is the local sandbox's Tenor (start it with
 * `npm run sandbox`). stdout carries the JSON and nothing else; warnings, progress and a closing summary
 * go to stderr. Bad input, a refused scope or query, no network: one line on stderr, exit 2.
 */
import { parseArgs } from 'node:util';
import { TENOR_KILDER, TENOR_SCOPE, type TenorKilde } from '../generators/parties/index.ts';
import { ConfigError } from '../src/config/environment.ts';
import { ClientKeyError, MaskinportenError } from '../src/maskinporten/index.ts';
import { fraMaskinporten, TenorFeil } from '../tools/tenor/feil.ts';
import { hentFraTenor } from '../tools/tenor/hent.ts';
import { tenorOppsett } from '../tools/tenor/oppsett.ts';

const MAX_ANTALL = 10_000;
const USAGE = `usage: tenor --kilde ${TENOR_KILDER.join('|')} --kql 'KQL' --antall N [--seed S] [--url TENOR_API_ROOT]`;
const HELP = `${USAGE}

Fetches N documents from Tenor testdatasøk (${TENOR_KILDER.join(' or ')}) matching the KQL query and
prints them as one Tenor search answer on stdout, for --parties or CONFORMANCE_PARTIES.

  --kilde   freg (Folkeregisteret: persons) or brreg-er-fr (Enhets-/Foretaksregisteret: organisations)
  --kql     Kibana Query Language, e.g. 'personstatus:bosatt and foedselsdato:[1970 to 1990]'; empty for all
  --antall  how many documents, 1 to ${MAX_ANTALL}; past Tenor's 200 per query the next seeds are asked
  --seed    the first seed (default 1); the same seed gives the same documents
  --url     Tenor's API root (default: the configured environment's; the local sandbox's /tenor/api/testnorge/v2)

Token: Maskinporten JWT-bearer grant with the configured client, scope ${TENOR_SCOPE}.`;

class UsageError extends Error {}

function heltall(navn: string, raw: string, min: number, max: number): number {
  if (!/^-?\d+$/.test(raw)) throw new UsageError(`--${navn} must be a whole number, got ${JSON.stringify(raw)}`);
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < min || n > max) throw new UsageError(`--${navn} must be from ${min} to ${max}, got ${raw}`);
  return n;
}

function parse(argv: string[]) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        kilde: { type: 'string' }, kql: { type: 'string' }, antall: { type: 'string' }, seed: { type: 'string' }, url: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    throw new UsageError(`${(err as Error).message.split('\n')[0].split('. ')[0]} (${USAGE})`);
  }
  if (values.help) return undefined;
  if (values.kilde === undefined) throw new UsageError(`--kilde is required (${USAGE})`);
  if (!(TENOR_KILDER as readonly string[]).includes(values.kilde)) throw new UsageError(`--kilde must be ${TENOR_KILDER.join(' or ')}, got ${JSON.stringify(values.kilde)}`);
  if (values.antall === undefined) throw new UsageError(`--antall is required (${USAGE})`);
  if (values.url !== undefined) {
    try {
      const u = new URL(values.url);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error();
    } catch {
      throw new UsageError(`--url must be an http(s) URL, got ${JSON.stringify(values.url)}`);
    }
  }
  return {
    kilde: values.kilde as TenorKilde,
    kql: values.kql ?? '',
    antall: heltall('antall', values.antall, 1, MAX_ANTALL),
    seed: values.seed === undefined ? 1 : heltall('seed', values.seed, 0, 2 ** 31 - 1),
    url: values.url,
  };
}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, '; ').trim();

async function main(): Promise<number> {
  const valg = parse(process.argv.slice(2));
  if (!valg) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const oppsett = tenorOppsett(process.env, valg.url);
  const tty = process.stderr.isTTY === true;
  let viste = false;
  const hentet = await hentFraTenor({
    ...valg,
    baseUrl: oppsett.baseUrl,
    token: () => oppsett.klient.getToken({ scope: TENOR_SCOPE }).catch((err) => {
      throw err instanceof MaskinportenError ? fraMaskinporten(err, oppsett.klientId) : err;
    }),
    advar: (linje) => {
      if (viste && tty) process.stderr.write('\n');
      viste = false;
      process.stderr.write(`tenor: ${oneLine(linje)}\n`);
    },
    fremdrift: ({ hentet: n, antall, seed, side, treff }) => {
      // A long fetch says how far it has come: one line rewritten on a terminal, a line per page elsewhere.
      if (antall <= 100 && !viste) return;
      const linje = `tenor: ${n}/${antall} documents (seed ${seed}, page ${side}, ${treff} match)`;
      process.stderr.write(tty ? `\r${linje}` : `${linje}\n`);
      viste = true;
    },
  });
  if (viste && tty) process.stderr.write('\n');
  const envelope = {
    treff: hentet.treff,
    rader: hentet.dokumentListe.length,
    offset: 0,
    nesteSide: null,
    seed: hentet.seeds[0],
    dokumentListe: hentet.dokumentListe,
    fasetter: {},
    // Not Tenor's: how this file was fetched, so a run's summary can say where its parties came from.
    hentet: { kilde: valg.kilde, kql: valg.kql, seeds: hentet.seeds, url: oppsett.baseUrl },
  };
  await new Promise<void>((resolve, reject) => process.stdout.write(`${JSON.stringify(envelope, null, 2)}\n`, (e) => (e ? reject(e) : resolve())));
  const kort = hentet.dokumentListe.length < valg.antall ? `; the query gives only ${hentet.dokumentListe.length} usable of the ${valg.antall} asked` : '';
  process.stderr.write(`tenor: wrote ${hentet.dokumentListe.length} ${valg.kilde} documents (${hentet.treff} match, seeds ${hentet.seeds[0]}–${hentet.seeds.at(-1)}, ${hentet.sider} page${hentet.sider === 1 ? '' : 's'})${kort}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof ConfigError) {
      process.stderr.write(`tenor: ${oneLine(err.problems.join('; '))}\n`);
      process.exit(2);
    }
    if (err instanceof UsageError || err instanceof TenorFeil || err instanceof ClientKeyError) {
      process.stderr.write(`tenor: ${oneLine(err.message)}\n`);
      process.exit(2);
    }
    if (err instanceof MaskinportenError) {
      process.stderr.write(`tenor: ${oneLine(fraMaskinporten(err, '').message)}\n`);
      process.exit(2);
    }
    process.stderr.write(`tenor: unexpected failure: ${oneLine(err instanceof Error ? err.message : String(err))}\n`);
    process.exit(1);
  },
);

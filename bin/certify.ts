#!/usr/bin/env -S npx tsx
/**
 * Turns a recording of a supplier's system (npm run sandbox -- --record DIR, npm run proxy) into the
 * certification summary's section "Leverandørsystemets kjøring": DIR/leverandoer-summary.{json,md,html}.
 *
 *   npm run -s certify -- DIR [--out DIR2] [--valider-foer-innsending] [--statusintervall SECONDS]
 *
 * The two options judge the recording again as if the recorder had been given them (the session judges
 * run from the recorded facts).
 *
 * Prints where it wrote and one line per scenario. Exit codes: 0 written and no error found in the
 * supplier's requests or flow, 1 written with errors found, 2 bad options or an unreadable recording.
 */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { OpptaksfilError } from '../tools/leverandoer/les.ts';
import { sertifiser } from '../tools/certify/run.ts';
import { SCENARIO_TEKST } from '../tools/certify/tekster.ts';
import { SpecError } from '../src/spec/errors.ts';

const USAGE = 'usage: certify DIR [--out DIR] [--valider-foer-innsending] [--statusintervall SECONDS]';

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({ args: process.argv.slice(2), options: { out: { type: 'string' }, 'valider-foer-innsending': { type: 'boolean' }, statusintervall: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (err) {
    process.stderr.write(`certify: ${(err as Error).message.split('\n')[0]} (${USAGE})\n`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n\nSummarises the recording in DIR (its oekt-*.jsonl files) into DIR/leverandoer-summary.{json,md,html}, or into --out.\n`);
    return 0;
  }
  if (parsed.positionals.length !== 1) {
    process.stderr.write(`certify: give exactly one recording folder (${USAGE})\n`);
    return 2;
  }
  const overstyr: { validerFoerInnsending?: boolean; statusintervallSekunder?: number } = {};
  if (parsed.values['valider-foer-innsending']) overstyr.validerFoerInnsending = true;
  if (parsed.values.statusintervall !== undefined) {
    const s = Number(parsed.values.statusintervall);
    if (!(s >= 0) || !Number.isFinite(s)) {
      process.stderr.write(`certify: --statusintervall must be a number of seconds (0 or more), got "${parsed.values.statusintervall}"\n`);
      return 2;
    }
    overstyr.statusintervallSekunder = s;
  }
  let resultat;
  try {
    resultat = sertifiser(parsed.positionals[0], parsed.values.out, new Date(), overstyr);
  } catch (err) {
    if (err instanceof OpptaksfilError || err instanceof SpecError) {
      process.stderr.write(`certify: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  const { rapport: r, filer } = resultat;
  const vis = (f: string) => {
    const r = relative(process.cwd(), f);
    return r && !r.startsWith('..') ? r : f;
  };
  for (const a of r.advarsler) process.stderr.write(`certify: ${a}\n`);
  if (r.miljoe.merknad) process.stdout.write(`NB: ${r.miljoe.merknad}\n`);
  for (const s of r.scenarier) process.stdout.write(`${SCENARIO_TEKST[s.resultat].padEnd(13)} ${s.tittel}\n`);
  process.stdout.write(`${r.totalt.utvekslinger} exchanges, ${r.totalt.feil} errors, ${r.totalt.advarsler} warnings${r.totalt.miljoeavvik ? `, ${r.totalt.miljoeavvik} deviations in the environment's answers` : ''}.\n`);
  process.stdout.write(`Written: ${vis(filer.md)}, ${vis(filer.html)}, ${vis(filer.json)}\n`);
  return r.totalt.feil > 0 ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (err) {
  process.stderr.write(`certify: ${String((err as Error)?.message ?? err).split('\n')[0]}\n`);
  process.exitCode = 2;
}

#!/usr/bin/env -S npx tsx
/**
 * Turns a recording of a supplier's system (npm run sandbox -- --record DIR, npm run proxy) into the
 * certification summary with its section "Leverandørsystemets kjøring", written by the reporter's own
 * writers as DIR/summary.{json,md,html} (CONFORMANCE_SUMMARY_LANG=en for English).
 *
 *   npm run -s certify -- DIR [--out DIR2] [--valider-foer-innsending] [--statusintervall SECONDS]
 *
 * The two options judge the recording again as if the recorder had been given them (the session judges
 * run from the recorded facts).
 *
 * Prints where it wrote and one line per scenario. Exit codes: 0 written and no error found in the
 * supplier's requests or flow, 1 written with errors found, 2 bad options, an unreadable recording, or a
 * folder holding a suite run's summary (which it does not overwrite).
 */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { OpptaksfilError } from '../tools/leverandoer/les.ts';
import { OverskrivingError, sertifiser } from '../reporter/opptak.ts';
import { tekster } from '../reporter/tekster.ts';
import type { Spraak } from '../reporter/types.ts';
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
    process.stdout.write(`${USAGE}\n\nSummarises the recording in DIR (its oekt-*.jsonl files) into the certification summary DIR/summary.{json,md,html}, or into --out. CONFORMANCE_SUMMARY_LANG=en writes it in English.\n`);
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
  const lang = process.env.CONFORMANCE_SUMMARY_LANG ?? 'nb';
  if (lang !== 'nb' && lang !== 'en') {
    process.stderr.write(`certify: CONFORMANCE_SUMMARY_LANG must be nb or en, got "${lang}"\n`);
    return 2;
  }
  const spraak: Spraak = lang;
  let resultat;
  try {
    resultat = sertifiser(parsed.positionals[0], parsed.values.out, new Date(), overstyr, spraak);
  } catch (err) {
    if (err instanceof OpptaksfilError || err instanceof SpecError || err instanceof OverskrivingError) {
      process.stderr.write(`certify: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  const { leverandoer: r, filer } = resultat;
  const x = tekster(spraak).leverandoer;
  const vis = (f: string) => {
    const r = relative(process.cwd(), f);
    return r && !r.startsWith('..') ? r : f;
  };
  for (const a of r.advarsler) process.stderr.write(`certify: ${a}\n`);
  if (r.miljoe.merknad) process.stdout.write(`NB: ${r.miljoe.merknad}\n`);
  for (const s of r.scenarier) process.stdout.write(`${x.scenarioResultat[s.resultat].padEnd(13)} ${x.scenarioTittel[s.id] ?? s.tittel}\n`);
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

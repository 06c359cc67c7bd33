// Dev-time only: copies the official examples and the 422 rule table out of the seed pages into
// specs/, so nothing is retyped by hand. The written files are committed; tests never read ../shared.
//
//   npx tsx bin/extract-seed-examples.ts [referenceDir]   (default ../shared/reference)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: npx tsx bin/extract-seed-examples.ts [referenceDir]   (default ../shared/reference)';
if (process.argv[2] === '--help' || process.argv[2] === '-h') {
  process.stdout.write(`${USAGE}\n\nDev-time only: copies the official examples and rule tables out of the seed pages into specs/.\n`);
  process.exit(0);
}
const referenceDir = resolve(process.argv[2] ?? join(repoRoot, '..', 'shared', 'reference'));
const EXPECTED_RULES = 49;
const EXPECTED_RULES_V2 = 72;
const EXPECTED_GAMMELT_REGELVERK = 100;

class ExtractError extends Error {}

function readSeed(name: string): string {
  const file = join(referenceDir, name);
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new ExtractError(`cannot read seed file ${file}`);
  }
}

/** The body of the first ```json block after `marker` (a code-block title or a heading). */
function jsonBlockAfter(text: string, marker: string, file: string): string {
  const at = text.indexOf(marker);
  if (at < 0) throw new ExtractError(`${file}: marker ${JSON.stringify(marker)} not found`);
  // A title sits on the fence line itself (```json title="..."), so search from the marker's line start.
  const open = text.indexOf('```json', text.lastIndexOf('\n', at) + 1);
  if (open < 0) throw new ExtractError(`${file}: no json code block after ${JSON.stringify(marker)}`);
  const start = text.indexOf('\n', open) + 1;
  const end = text.indexOf('\n```', start);
  if (end < 0) throw new ExtractError(`${file}: unterminated code block after ${JSON.stringify(marker)}`);
  const body = text.slice(start, end + 1);
  try {
    JSON.parse(body);
  } catch (e) {
    throw new ExtractError(`${file}: block after ${JSON.stringify(marker)} is not JSON: ${(e as Error).message}`);
  }
  return body;
}

function writeOut(relative: string, content: string): void {
  const file = join(repoRoot, relative);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  console.log(`wrote ${relative}`);
}

interface Regel {
  kode: string;
  gjelderKunEndringer: boolean;
  tittel: string;
  beskrivelse: string;
  avvikstekst: string;
  avvikstekstFraTittel?: true;
  avvikstekstAlternativer?: string[];
  foersteKatalog?: number;
}

/** The numbers of one "Liste over syntetiske …" block of the test tab. */
function lockedList(text: string, summary: string, pattern: RegExp, file: string): string[] {
  const at = text.indexOf(summary);
  if (at < 0) throw new ExtractError(`${file}: ${JSON.stringify(summary)} not found`);
  const end = text.indexOf('</details>', at);
  const numbers = text.slice(at, end).split('\n').map((l) => l.replace(/^\|\s*/, '').trim()).filter((l) => pattern.test(l));
  if (numbers.length !== EXPECTED_GAMMELT_REGELVERK) {
    throw new ExtractError(`${file}: expected ${EXPECTED_GAMMELT_REGELVERK} numbers under ${JSON.stringify(summary)}, found ${numbers.length}`);
  }
  return numbers;
}

const cellText = (cell: string): string => cell.trim().replace(/<br\/>/g, '\n');

// Rows whose template reads "En av følgende:\n- a\n- b" stand for several alternative messages.
function alternatives(avvikstekst: string): string[] | undefined {
  const [head, ...rest] = avvikstekst.split('\n');
  if (!/^En av følgende:$/.test(head.trim()) || rest.length === 0) return undefined;
  return rest.map((line) => line.replace(/^-\s*/, '').trim());
}

/**
 * The 422 table. The history table (2026) has four leading columns: row number and whether the code was
 * in the 49-, 58- and 60-code tables; they become `foersteKatalog`, the size of the first table with it.
 */
function parseRuleTable(text: string, file: string, expected = EXPECTED_RULES): Regel[] {
  const lines = text.split('\n');
  const header = lines.findIndex((l) => /^\|.*\| Vilkårnavn \|/.test(l) || l.startsWith('| Vilkårnavn |'));
  if (header < 0) throw new ExtractError(`${file}: rule table header "| Vilkårnavn |" not found`);
  const history = !lines[header].startsWith('| Vilkårnavn |');
  const regler: Regel[] = [];
  for (let i = header + 2; i < lines.length && lines[i].startsWith('|'); i++) {
    let cells = lines[i].split('|').slice(1, -1);
    let foersteKatalog: number | undefined;
    if (history) {
      if (cells.length !== 9) throw new ExtractError(`${file}:${i + 1}: expected 9 cells, got ${cells.length}`);
      const [, i49, i58, i60] = cells.map((c) => c.trim() === 'x');
      foersteKatalog = i49 ? 49 : i58 ? 58 : i60 ? 60 : 72;
      cells = cells.slice(4);
    }
    if (cells.length !== 5) throw new ExtractError(`${file}:${i + 1}: expected 5 cells, got ${cells.length}`);
    const [kode, endring, tittel, beskrivelse, avvik] = cells.map(cellText);
    if (endring !== 'Ja' && endring !== 'Nei') {
      throw new ExtractError(`${file}:${i + 1}: "Gjelder kun endringer" is ${JSON.stringify(endring)}, expected Ja or Nei`);
    }
    const regel: Regel = { kode, gjelderKunEndringer: endring === 'Ja', tittel, beskrivelse, avvikstekst: avvik || tittel };
    if (!avvik) regel.avvikstekstFraTittel = true;
    const alt = alternatives(regel.avvikstekst);
    if (alt) regel.avvikstekstAlternativer = alt;
    if (foersteKatalog !== undefined) regel.foersteKatalog = foersteKatalog;
    regler.push(regel);
  }
  if (regler.length !== expected) {
    throw new ExtractError(`${file}: expected ${expected} rule rows, found ${regler.length}`);
  }
  const dup = regler.map((r) => r.kode).find((k, i, all) => all.indexOf(k) !== i);
  if (dup) throw new ExtractError(`${file}: rule code ${dup} appears twice`);
  return regler;
}

function main(): void {
  const ubFile = 'seed-utleggsbegjaering-api.mdx';
  const tpFile = 'seed-trekkpaalegg-api.mdx';
  const ub = readSeed(ubFile);
  const tp = readSeed(tpFile);

  writeOut('specs/examples/utleggsbegjaering/v1/enkel.json',
    jsonBlockAfter(ub, 'title="Enkelt eksempel på utleggsbegjæring"', ubFile));
  writeOut('specs/examples/utleggsbegjaering/v1/kompleks.json',
    jsonBlockAfter(ub, 'title="Mer komplekst eksempel på utleggsbegjæring"', ubFile));
  writeOut('specs/examples/kravogbetalinger/v1/aapnekrav.200.json',
    jsonBlockAfter(tp, '## Åpne krav', tpFile));
  writeOut('specs/examples/kravogbetalinger/v1/krav.200.json',
    jsonBlockAfter(tp, '## Krav\n', tpFile));
  // The 2026 page repeats the seed's two examples and adds two; a repeated one that drifted is reported, not overwritten.
  const kbFile = '2026/kravogbetalinger-2026-02.md';
  const kb = readSeed(kbFile);
  for (const marker of ['## Åpne krav', '## Krav\n']) {
    if (jsonBlockAfter(kb, marker, kbFile) !== jsonBlockAfter(tp, marker, tpFile)) {
      throw new ExtractError(`${kbFile}: the example under ${JSON.stringify(marker.trim())} differs from ${tpFile}'s; decide which one the examples follow`);
    }
  }
  writeOut('specs/examples/kravogbetalinger/v1/innbetalinger.200.json',
    jsonBlockAfter(kb, '## Innbetalinger', kbFile));
  writeOut('specs/examples/kravogbetalinger/v1/utbetalinger.200.json',
    jsonBlockAfter(kb, '## Utbetalinger', kbFile));

  const catalog = {
    api: 'utleggsbegjaering',
    versjon: 'v1',
    kilde: `${ubFile} (Skatteetaten, Utleggsbegjæring API, sist oppdatert 11. april 2025), fanen med feilkoder: ` +
      'valideringstabellen for 422. Trukket ut med bin/extract-seed-examples.ts.',
    regler: parseRuleTable(ub, ubFile),
  };
  writeOut('specs/catalogs/utleggsbegjaering-v1.json', JSON.stringify(catalog, null, 2) + '\n');

  const histFile = '2026/feilkoder-72-med-historikk.md';
  const testFile = '2026/utleggsbegjaering-innsending-2026-05.md';
  const v2 = {
    api: 'utleggsbegjaering',
    versjon: 'v2',
    datamodell: '2.1',
    kilde: `${histFile} (Skatteetatens 72-kodetabell fra 2026-03-04, med kolonner for hvilke tidligere tabeller ` +
      'koden sto i). foersteKatalog er størrelsen på den første tabellen koden sto i (49, 58, 60 eller 72). ' +
      'Trukket ut med bin/extract-seed-examples.ts.',
    regler: parseRuleTable(readSeed(histFile), histFile, EXPECTED_RULES_V2),
  };
  writeOut('specs/catalogs/utleggsbegjaering-v2.json', JSON.stringify(v2, null, 2) + '\n');

  const test = readSeed(testFile);
  const locked = {
    kilde: `${testFile}, fanen Test: syntetiske parter som Betjeningskartet låser til gammelt regelverk i testmiljøet ` +
      'i overgangsperioden 2026-01-01–2026-12-31. ELAN avviser en begjæring mot dem med SAKSOEKT_GAMMELT_REGELVERK.',
    overgangsperiode: { fraOgMed: '2026-01-01', tilOgMed: '2026-12-31' },
    personer: lockedList(test, 'Liste over syntetiske personer', /^\d{11}$/, testFile),
    organisasjoner: lockedList(test, 'Liste over syntetiske virksomheter', /^\d{9}$/, testFile),
  };
  writeOut('specs/data/gammelt-regelverk.json', JSON.stringify(locked, null, 2) + '\n');
}

try {
  main();
} catch (e) {
  if (e instanceof ExtractError) {
    console.error(`extract-seed-examples: ${e.message}`);
    process.exit(1);
  }
  throw e;
}

// Dev-time only: copies the official examples and the 422 rule table out of the seed pages into
// specs/, so nothing is retyped by hand. The written files are committed; tests never read ../shared.
//
//   npx tsx bin/extract-seed-examples.ts [referenceDir]   (default ../shared/reference)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const referenceDir = resolve(process.argv[2] ?? join(repoRoot, '..', 'shared', 'reference'));
const EXPECTED_RULES = 49;

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
}

const cellText = (cell: string): string => cell.trim().replace(/<br\/>/g, '\n');

// Rows whose template reads "En av følgende:\n- a\n- b" stand for several alternative messages.
function alternatives(avvikstekst: string): string[] | undefined {
  const [head, ...rest] = avvikstekst.split('\n');
  if (!/^En av følgende:$/.test(head.trim()) || rest.length === 0) return undefined;
  return rest.map((line) => line.replace(/^-\s*/, '').trim());
}

function parseRuleTable(text: string, file: string): Regel[] {
  const lines = text.split('\n');
  const header = lines.findIndex((l) => l.startsWith('| Vilkårnavn |'));
  if (header < 0) throw new ExtractError(`${file}: rule table header "| Vilkårnavn |" not found`);
  const regler: Regel[] = [];
  for (let i = header + 2; i < lines.length && lines[i].startsWith('|'); i++) {
    const cells = lines[i].split('|').slice(1, -1);
    if (cells.length !== 5) throw new ExtractError(`${file}:${i + 1}: expected 5 cells, got ${cells.length}`);
    const [kode, endring, tittel, beskrivelse, avvik] = cells.map(cellText);
    if (endring !== 'Ja' && endring !== 'Nei') {
      throw new ExtractError(`${file}:${i + 1}: "Gjelder kun endringer" is ${JSON.stringify(endring)}, expected Ja or Nei`);
    }
    const regel: Regel = { kode, gjelderKunEndringer: endring === 'Ja', tittel, beskrivelse, avvikstekst: avvik || tittel };
    if (!avvik) regel.avvikstekstFraTittel = true;
    const alt = alternatives(regel.avvikstekst);
    if (alt) regel.avvikstekstAlternativer = alt;
    regler.push(regel);
  }
  if (regler.length !== EXPECTED_RULES) {
    throw new ExtractError(`${file}: expected ${EXPECTED_RULES} rule rows, found ${regler.length}`);
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

  const catalog = {
    api: 'utleggsbegjaering',
    versjon: 'v1',
    kilde: `${ubFile} (Skatteetaten, Utleggsbegjæring API, sist oppdatert 11. april 2025), fanen med feilkoder: ` +
      'valideringstabellen for 422. Trukket ut med bin/extract-seed-examples.ts.',
    regler: parseRuleTable(ub, ubFile),
  };
  writeOut('specs/catalogs/utleggsbegjaering-v1.json', JSON.stringify(catalog, null, 2) + '\n');
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

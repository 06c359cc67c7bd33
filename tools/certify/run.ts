import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { lesOpptak } from '../leverandoer/les.ts';
import type { Valg } from '../leverandoer/post.ts';
import { byggRapport, type Leverandoerrapport } from './modell.ts';
import { toHtml } from './write-html.ts';
import { toJson } from './write-json.ts';
import { toMarkdown } from './write-markdown.ts';

export const FILNAVN = 'leverandoer-summary';

export interface Sertifisering {
  rapport: Leverandoerrapport;
  filer: { json: string; md: string; html: string };
}

/** Reads a recording (a folder of sessions, or one file), builds the summary and writes it in three forms. */
export function sertifiser(opptak: string, ut?: string, generert = new Date(), overstyr: Partial<Valg> = {}): Sertifisering {
  const oekter = lesOpptak(opptak);
  const rapport = byggRapport(oekter, generert, overstyr);
  const mappe = resolve(ut ?? (statSync(opptak).isDirectory() ? opptak : dirname(opptak)));
  mkdirSync(mappe, { recursive: true });
  const filer = { json: join(mappe, `${FILNAVN}.json`), md: join(mappe, `${FILNAVN}.md`), html: join(mappe, `${FILNAVN}.html`) };
  writeFileSync(filer.json, toJson(rapport));
  writeFileSync(filer.md, toMarkdown(rapport));
  writeFileSync(filer.html, toHtml(rapport));
  return { rapport, filer };
}

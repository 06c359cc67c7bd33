import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { FullConfig, FullResult, Reporter, Suite } from '@playwright/test/reporter';
import { evidencePaths, hashFiles, sha256 } from './bevis.ts';
import { collectTests } from './collect.ts';
import { runFilters, testArguments } from './filters.ts';
import { loadGrunnlag } from './grunnlag.ts';
import { buildModel } from './model.ts';
import { tekster } from './tekster.ts';
import type { Bevisfil, Sertifiseringsrapport, Spraak } from './types.ts';
import { toHtml } from './write-html.ts';
import { toJson } from './write-json.ts';
import { toMarkdown } from './write-markdown.ts';

export interface CertificationOptions {
  /** Where summary.{json,md,html} go, relative to the config file's folder. Default: reports. */
  outputDir?: string;
  /** The summary's language: `nb` (default) or `en`. Default: CONFORMANCE_SUMMARY_LANG. */
  language?: Spraak;
  /**
   * Files and folders the summary vouches for with their sha256, relative to the config file's folder.
   * Default: the HTML report's folder and the JUnit file as the config (or Playwright's variables) name them.
   */
  evidence?: string[];
}

const SPRAAK: readonly Spraak[] = ['nb', 'en'];

/**
 * Writes the certification summary (reports/summary.json, .md, .html) at the end of a run, or of
 * `npx playwright merge-reports` over sharded blob reports: the merge replays every shard's config
 * (with its metadata), tests, annotations and attachments into this reporter, so the summary is whole.
 * It never fails the run: a problem is printed as one line.
 */
export default class CertificationReporter implements Reporter {
  private config?: FullConfig;
  private root?: Suite;

  constructor(private readonly options: CertificationOptions = {}) {}

  printsToStdio(): boolean {
    return false;
  }

  onConfigure(config: FullConfig): void {
    this.config = config;
  }

  onBegin(config: FullConfig, suite: Suite): void {
    this.config ??= config;
    this.root = suite;
  }

  async onEnd(result: FullResult): Promise<void> {
    // `--list`, or a filter that matches nothing, executes no test: a summary of it would claim a result
    // the run never showed (and overwrite the last real one), so none is written.
    const tests = this.root?.allTests() ?? [];
    if (!tests.some((t) => t.results.length > 0)) {
      process.stderr.write('certification reporter: no test ran, so no summary was written (reports/summary.* are left as they were)\n');
      return;
    }
    try {
      const model = this.model(result);
      // The synthetic-data check stopped the run: say why where the user is looking, not only in the summary.
      for (const s of model.syntetiskeData.stopp) process.stderr.write(`the run was stopped by the synthetic-data check: ${s.tekst}\n`);
      const files = writeSummary(model, this.outputDir(), this.evidence());
      if (process.env.CONFORMANCE_REPORTER_VERBOSE) process.stdout.write(`certification summary: ${files.join(', ')}\n`);
    } catch (err) {
      process.stderr.write(`certification reporter: could not write the summary: ${(err as Error)?.message ?? err}\n`);
    }
  }

  private baseDir(): string {
    return this.config?.configFile ? dirname(this.config.configFile) : process.cwd();
  }

  private outputDir(): string {
    return resolve(this.baseDir(), this.options.outputDir ?? 'reports');
  }

  private spraak(): Spraak {
    const chosen = this.options.language ?? process.env.CONFORMANCE_SUMMARY_LANG;
    if (!chosen) return 'nb';
    if ((SPRAAK as readonly string[]).includes(chosen)) return chosen as Spraak;
    process.stderr.write(`certification reporter: language "${chosen}" is not one of ${SPRAAK.join(', ')}; the summary is in nb\n`);
    return 'nb';
  }

  private evidence(): string[] {
    if (this.options.evidence) return this.options.evidence.map((p) => resolve(this.baseDir(), p));
    return evidencePaths(this.config, this.baseDir(), this.outputDir());
  }

  private model(result: FullResult): Sertifiseringsrapport {
    if (!this.config || !this.root) throw new Error('the run ended before it began (no config or suite)');
    const metadata = { ...((this.config.metadata ?? {}) as Record<string, unknown>) };
    // A config that does not record the command line's filters (a supplier's own): read them here, in the runner.
    const args = testArguments();
    if (!Array.isArray(metadata.filtre) && args) metadata.filtre = runFilters(args);
    metadata.playwright ??= this.config.version;
    const spraak = this.spraak();
    const t = tekster(spraak);
    const advarsler: string[] = [];
    const grunnlag = loadGrunnlag(Array.isArray(metadata.spesifikasjoner) ? (metadata.spesifikasjoner as any) : [], advarsler, t);
    const regler = [...new Set(grunnlag.regelkataloger.flatMap((k) => k.regler.map((r) => r.kode)))];
    const tester = collectTests(this.root, this.baseDir(), { regler, feilkoder: grunnlag.feilkoder.map((k) => k.kode) }, t);
    const model = buildModel(
      { metadata, shard: this.config.shard, start: result.startTime, varighetMs: result.duration, status: result.status, tester, spraak },
      grunnlag,
    );
    model.advarsler.unshift(...advarsler);
    return model;
  }
}

/**
 * Writes the three forms; returns their paths. The evidence files are hashed first, then summary.md and
 * summary.html, so summary.json (written last) vouches for everything else.
 */
export function writeSummary(model: Sertifiseringsrapport, dir: string, evidence: string[] = []): string[] {
  mkdirSync(dir, { recursive: true });
  const summaries = new Set(['summary.json', 'summary.md', 'summary.html'].map((f) => join(dir, f)));
  model.bevis = hashFiles(dir, evidence).filter((b) => !summaries.has(join(dir, b.fil)));
  const written: Bevisfil[] = [];
  const files: string[] = [];
  for (const [name, body] of [['summary.md', toMarkdown(model)], ['summary.html', toHtml(model)]] as const) {
    const file = join(dir, name);
    writeFileSync(file, body);
    written.push({ fil: name, sha256: sha256(body), bytes: Buffer.byteLength(body) });
    files.push(file);
  }
  model.bevis = [...model.bevis, ...written];
  const json = join(dir, 'summary.json');
  writeFileSync(json, toJson(model));
  return [json, ...files];
}

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { FullConfig, FullResult, Reporter, Suite } from '@playwright/test/reporter';
import { collectTests } from './collect.ts';
import { loadGrunnlag } from './grunnlag.ts';
import { buildModel } from './model.ts';
import type { Sertifiseringsrapport } from './types.ts';
import { toHtml } from './write-html.ts';
import { toJson } from './write-json.ts';
import { toMarkdown } from './write-markdown.ts';

export interface CertificationOptions {
  /** Where summary.{json,md,html} go, relative to the config file's folder. Default: reports. */
  outputDir?: string;
}

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
    if (tests.length > 0 && !tests.some((t) => t.results.length > 0)) {
      process.stderr.write('certification reporter: no test ran, so no summary was written (reports/summary.* are left as they were)\n');
      return;
    }
    try {
      const files = writeSummary(this.model(result), this.outputDir());
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

  private model(result: FullResult): Sertifiseringsrapport {
    if (!this.config || !this.root) throw new Error('the run ended before it began (no config or suite)');
    const metadata = (this.config.metadata ?? {}) as Record<string, unknown>;
    const advarsler: string[] = [];
    const grunnlag = loadGrunnlag(Array.isArray(metadata.spesifikasjoner) ? (metadata.spesifikasjoner as any) : [], advarsler);
    const regler = [...new Set(grunnlag.regelkataloger.flatMap((k) => k.regler.map((r) => r.kode)))];
    const tester = collectTests(this.root, this.baseDir(), { regler, feilkoder: grunnlag.feilkoder.map((k) => k.kode) });
    const model = buildModel(
      { metadata, shard: this.config.shard, start: result.startTime, varighetMs: result.duration, status: result.status, tester },
      grunnlag,
    );
    model.advarsler.unshift(...advarsler);
    return model;
  }
}

/** Writes the three forms; returns their paths. */
export function writeSummary(model: Sertifiseringsrapport, dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const out: [string, string][] = [
    ['summary.json', toJson(model)],
    ['summary.md', toMarkdown(model)],
    ['summary.html', toHtml(model)],
  ];
  return out.map(([name, body]) => {
    const file = join(dir, name);
    writeFileSync(file, body);
    return file;
  });
}

import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Suite, TestCase, TestError, TestResult } from '@playwright/test/reporter';
import { redactText } from '../src/redact.ts';
import { tekster, type Tekster } from './tekster.ts';
import type { TestPost, TestUtfall } from './types.ts';

const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;
const MAX_MESSAGE = 4000;
// The request that failed is normally the last one; earlier ones (uploads, set-up) stay in reports/html.
const MAX_REPRODUCTIONS = 3;
const MAX_CURL = 6000;
// Rule codes carry Norwegian letters (SAKSØKTES_..., RELATERTE_KRAV_MÅ_FINNES), so \b will not do.
const CODE_CHAR = 'A-Za-z0-9_ÆØÅæøå-';

export interface KjenteKoder {
  regler: string[];
  feilkoder: string[];
}

function utfall(test: TestCase, last: TestResult | undefined): TestUtfall {
  if (!last || last.status === 'interrupted') return 'ikkeKjoert';
  switch (test.outcome()) {
    case 'expected':
      return 'bestaatt';
    case 'flaky':
      return 'ustabil';
    case 'skipped':
      return 'hoppetOver';
    default:
      return 'feilet';
  }
}

// The summary is read by a case officer: where in our source a failure happened is for the HTML report.
function message(error: TestError, t: Tekster): string {
  const raw = (error.message ?? error.value ?? t.feilmelding.ukjent).replace(ANSI, '');
  const text = raw.length > MAX_MESSAGE ? `${raw.slice(0, MAX_MESSAGE)}… ${t.feilmelding.forkortet}` : raw;
  // "fetch failed" says nothing without its cause (ECONNRESET, EPIPE, ...).
  let causes = '';
  for (let c = error.cause, depth = 0; c && depth < 3; c = c.cause, depth++) causes += `\n    ${t.feilmelding.aarsak}: ${(c.message ?? c.value ?? '').replace(ANSI, '').split('\n')[0]}`;
  return redactText(text + causes);
}

function attachmentText(a: TestResult['attachments'][number], t: Tekster): string {
  try {
    if (a.body) return a.body.toString('utf8');
    if (a.path) return readFileSync(a.path, 'utf8');
    return '';
  } catch (err) {
    return t.feilmelding.vedleggUlest((err as Error).message);
  }
}

/**
 * Codes a test refers to: its annotations of that type, or, when it has none (a test that was skipped
 * before it could record one), the catalog codes its title names.
 */
function codes(annotated: string[], title: string, known: string[]): string[] {
  if (annotated.length) return [...new Set(annotated)];
  return known.filter((kode) => new RegExp(`(?<![${CODE_CHAR}])${kode.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![${CODE_CHAR}])`).test(title));
}

/** One TestPost per test in the suite, redacted, in the order Playwright lists them. */
export function collectTests(root: Suite, rootDir: string, kjente: KjenteKoder, t: Tekster = tekster()): TestPost[] {
  return root.allTests().map((test) => {
    const last = test.results.at(-1);
    const annotations = [...(last?.annotations ?? []), ...test.annotations];
    const of = (type: string) => [...new Set(annotations.filter((a) => a.type === type && a.description).map((a) => a.description!.trim()))];
    const tittel = redactText(test.titlePath().slice(3).join(' › ') || test.title);
    const kontrakt = of('contract').flatMap((d) => {
      const [operationId, status, hvor] = d.split(/\s+/);
      if (!operationId || !status) return [];
      const [api, versjon] = (hvor ?? '').split('@');
      return [api && versjon ? { operationId, status, api, versjon } : { operationId, status }];
    });
    const curls = (last?.attachments ?? []).filter((a) => a.name.endsWith('.curl.sh'));
    return {
      tittel,
      fil: relative(rootDir, test.location.file).split('\\').join('/'),
      linje: test.location.line,
      prosjekt: test.parent.project()?.name ?? '',
      tags: [...test.tags],
      utfall: utfall(test, last),
      varighetMs: Math.round(test.results.reduce((sum, r) => sum + r.duration, 0)),
      kontrakt,
      regler: codes(of('regel'), tittel, kjente.regler),
      feilkoder: codes(of('feilkode'), tittel, kjente.feilkoder),
      skipGrunner: [...of('skip'), ...of('fixme')].map(redactText),
      feilmeldinger: (last?.errors ?? []).map((e) => message(e, t)),
      reproduksjon: curls.slice(-MAX_REPRODUCTIONS).map((a) => {
        const tekst = attachmentText(a, t);
        return { navn: redactText(a.name), tekst: redactText(tekst.length > MAX_CURL ? `${tekst.slice(0, MAX_CURL)}\n# … ${t.feilmelding.forkortet}\n` : tekst) };
      }),
      reproduksjonUtelatt: Math.max(0, curls.length - MAX_REPRODUCTIONS),
      syntetisk: {
        kontrollert: of('syntetisk-kontroll').reduce((sum, d) => sum + (Number.parseInt(d, 10) || 0), 0),
        advarsler: of('syntetisk-advarsel').map(redactText),
        stopp: of('syntetisk-stopp').map(redactText),
      },
      sjekkliste: of('sjekkliste'),
    };
  });
}

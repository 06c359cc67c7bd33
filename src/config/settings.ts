import { existsSync, statSync } from 'node:fs';
import { SpecError } from '../spec/errors.ts';
import { API_NAMES, apiVersion, versionVariable, type ApiName } from '../spec/versions.ts';
import { ConfigError, resolveEnvironment, type Environment } from './environment.ts';

/**
 * Every setting of a run, checked in one place before any test: a mistake in any of them is listed
 * with all the others, once, and the run stops with exit 2 (playwright.config.ts). Each setting with
 * its meaning and default:
 *
 * - CONFORMANCE_ENV, CONFORMANCE_BASE_URL, CONFORMANCE_SUPPLIER_ORG, CONFORMANCE_IS_SANDBOX,
 *   CONFORMANCE_ALLOW_PRODUCTION, MASKINPORTEN_*: the environment (src/config/environment.ts).
 * - CONFORMANCE_WORKERS: a whole number of workers (1 or more) or a share of the cores ("50%").
 *   Default: one per core.
 * - CONFORMANCE_SEED: the base seed of the generated data, a whole number 0–2147483647.
 *   Default: fixed (tests/support/seeds.ts), so runs are reproducible.
 * - CONFORMANCE_<API>_VERSION: one version of an API, by its name in specs/versions.json.
 * - CONFORMANCE_SUMMARY_LANG: the certification summary's language, `nb` (default) or `en`.
 * - CONFORMANCE_PARTIES: a parties file or folder the sandbox and the generators read (our format or Tenor's).
 * - CONFORMANCE_SPECS_DIR: another specs/ folder (tests use it; a supplier need not).
 * - CONFORMANCE_REPORTS_DIR: where the run writes its reports. Default: reports/.
 */
export interface Settings {
  /** Undefined when the environment was not asked for (a merge job needs none). */
  environment?: Environment;
  workers?: number | `${number}%`;
  /** CONFORMANCE_SEED as a number, when set. */
  seed?: number;
  summaryLanguage: SummaryLanguage;
  /** CONFORMANCE_PARTIES as given, when set. */
  parties?: string;
  /** The versions CONFORMANCE_<API>_VERSION names. */
  versions: Partial<Record<ApiName, string>>;
  reportsDir?: string;
}

export const SUMMARY_LANGUAGES = ['nb', 'en'] as const;
export type SummaryLanguage = (typeof SUMMARY_LANGUAGES)[number];

const MAX_SEED = 2 ** 31 - 1;

function workers(value: string | undefined, problems: string[]): Settings['workers'] {
  if (value === undefined) return undefined;
  const share = /^(\d{1,3})%$/.exec(value);
  if (share && Number(share[1]) >= 1 && Number(share[1]) <= 100) return `${Number(share[1])}%`;
  if (/^\d+$/.test(value) && Number(value) >= 1) return Number(value);
  problems.push(`CONFORMANCE_WORKERS must be a whole number of workers (1 or more) or a share of the cores such as "50%", got "${value}"`);
  return undefined;
}

function seed(value: string | undefined, problems: string[]): number | undefined {
  if (value === undefined) return undefined;
  if (/^\d+$/.test(value) && Number(value) <= MAX_SEED) return Number(value);
  problems.push(`CONFORMANCE_SEED must be a whole number from 0 to ${MAX_SEED}, got "${value}"`);
  return undefined;
}

function language(value: string | undefined, problems: string[]): SummaryLanguage {
  if (value === undefined) return 'nb';
  if ((SUMMARY_LANGUAGES as readonly string[]).includes(value)) return value as SummaryLanguage;
  problems.push(`CONFORMANCE_SUMMARY_LANG must be ${SUMMARY_LANGUAGES.map((l) => `"${l}"`).join(' or ')}, got "${value}"`);
  return 'nb';
}

function existing(name: string, value: string | undefined, kind: 'file or folder' | 'folder', problems: string[]): string | undefined {
  if (value === undefined) return undefined;
  if (!existsSync(value)) problems.push(`${name} points at "${value}", which does not exist`);
  else if (kind === 'folder' && !statSync(value).isDirectory()) problems.push(`${name} must be a folder, "${value}" is a file`);
  return value;
}

function versions(env: NodeJS.ProcessEnv, problems: string[]): Settings['versions'] {
  const chosen: Settings['versions'] = {};
  for (const api of API_NAMES) {
    const value = env[versionVariable(api)];
    if (value === undefined) continue;
    try {
      chosen[api] = apiVersion(api, value).version;
    } catch (err) {
      if (!(err instanceof SpecError)) throw err;
      problems.push(err.message);
    }
  }
  return chosen;
}

export interface ReadSettingsOptions {
  /** Resolve and check the environment too (default). A merge job reads its environment from the shards' metadata. */
  environment?: boolean;
}

/** Reads and checks every setting; throws one ConfigError listing every problem. */
export function readSettings(given: NodeJS.ProcessEnv = process.env, options: ReadSettingsOptions = {}): Settings {
  // CI systems often define variables as empty strings; an empty setting means "not set".
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined && v !== ''));
  const problems: string[] = [];
  let environment: Environment | undefined;
  if (options.environment !== false) {
    try {
      environment = resolveEnvironment(env);
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      problems.push(...err.problems);
    }
  }
  const specsDir = existing('CONFORMANCE_SPECS_DIR', env.CONFORMANCE_SPECS_DIR, 'folder', problems);
  const settings: Settings = {
    environment,
    workers: workers(env.CONFORMANCE_WORKERS, problems),
    seed: seed(env.CONFORMANCE_SEED, problems),
    summaryLanguage: language(env.CONFORMANCE_SUMMARY_LANG, problems),
    parties: existing('CONFORMANCE_PARTIES', env.CONFORMANCE_PARTIES, 'file or folder', problems),
    // A specs folder that is not there would only add one "versions.json cannot be read" per API.
    versions: specsDir === undefined || existsSync(specsDir) ? versions(env, problems) : {},
    reportsDir: env.CONFORMANCE_REPORTS_DIR,
  };
  if (problems.length) throw new ConfigError(problems);
  return settings;
}

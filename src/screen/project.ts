import type { DatasetParseResult } from '../ingest/parse-dataset.js';
import type { Language } from '../i18n/messages.js';
import type { DatasetView } from '../model/dataset.js';
import { compareSeverities, type Jurisdiction, type Severity } from '../model/enums.js';
import type { RulesConfig } from '../rules/config.js';
import { TABLES } from '../model/tables.js';
import type { AssessmentOptionsInput } from '../assess/assessment-rules.js';
import type { ConfigFile } from './config-file.js';
import { screen, type ArrangementConfigInput, type Screening, type ScreenedSource } from './screen.js';

/**
 * One way to screen a project (data plus its `labour-screen.config.json`), for the CLI, the
 * library and the browser playground alike: the settings are resolved the same way (the caller's
 * options over the configuration file over the defaults), and the exit code is decided the same
 * way, so an embedding program and `labour-screen check` never disagree on the same folder.
 * @module
 */

/** What a caller can set; each overrides the configuration file. */
export interface CheckOptions {
  readonly jurisdiction?: Jurisdiction;
  /** Reference date, in any form the data may use. */
  readonly on?: string;
  readonly failOn?: Severity;
  readonly lang?: Language;
  /** Exit 2 when any data warning occurs or any rule left input unmeasured (the recommended CI setting). */
  readonly strict?: boolean;
  /** Exit 2 when there are more data warnings than this (as ESLint's `--max-warnings`). */
  readonly maxWarnings?: number;
  readonly rules?: RulesConfig;
  readonly arrangements?: readonly ArrangementConfigInput[];
  readonly assessment?: AssessmentOptionsInput;
  /** Time budget for the screening, in milliseconds. */
  readonly timeoutMs?: number;
}

/** The settings a screening ran with, after the options, the configuration file and the defaults. */
export interface CheckSettings {
  readonly jurisdiction: Jurisdiction;
  readonly on: string | undefined;
  readonly failOn: Severity;
  readonly lang: Language;
  readonly strict: boolean;
  readonly maxWarnings: number | undefined;
}

/** What checking a project gives: the screening and the verdict an exit code carries. */
export interface CheckResult {
  readonly screening: Screening;
  readonly settings: CheckSettings;
  /** Data errors (rows or files rejected). */
  readonly errorCount: number;
  /** Data warnings: reading warnings and warnings about the screening (a reference date outside the data). */
  readonly warningCount: number;
  /** Inputs the rules could not judge, over all rules. */
  readonly unmeasured: number;
  /** Findings at or above `failOn`. */
  readonly failing: number;
  /** 0: nothing at or above `failOn`; 1: findings at or above it; 2: input errors, or `strict`/`maxWarnings` not met. */
  readonly exitCode: 0 | 1 | 2;
  /** Why the exit code is 2, in plain words (empty otherwise). */
  readonly exitReasons: readonly string[];
}

/** @summary The settings of a check: the options over the configuration file over the defaults. */
export function checkSettings(config: ConfigFile, options: CheckOptions = {}): CheckSettings {
  return {
    jurisdiction: options.jurisdiction ?? config.jurisdiction ?? 'NO',
    on: options.on ?? config.on,
    failOn: options.failOn ?? config.failOn ?? 'high',
    lang: options.lang ?? config.lang ?? 'en',
    strict: options.strict ?? config.strict ?? false,
    maxWarnings: options.maxWarnings ?? config.maxWarnings,
  };
}

/** @summary The files a dataset was read from, as the "what was screened" block lists them. */
export function sourcesOf(read: Pick<DatasetParseResult<DatasetView>, 'tables'>): ScreenedSource[] {
  return read.tables.map((result) => ({
    source: result.source,
    table: TABLES[result.table].fileName,
    rows: result.stats.accepted,
  }));
}

/**
 * @summary Screen data that was read, with its configuration, and decide the exit code as
 * `labour-screen check` does.
 * @throws TypeError for an invalid rule configuration or reference date, or data without dates
 * @example
 * const read = parseDatasetFiles(files)
 * const { screening, exitCode } = checkProject(read, parseConfigText(configText, 'labour-screen.config.json'), { strict: true })
 */
export function checkProject(
  read: DatasetParseResult<DatasetView>,
  config: ConfigFile = {},
  options: CheckOptions = {},
): CheckResult {
  const settings = checkSettings(config, options);
  const rules = options.rules ?? config.rules;
  const arrangements = options.arrangements ?? config.arrangements;
  const screening = screen(read.dataset, {
    jurisdiction: settings.jurisdiction,
    lang: settings.lang,
    ...(settings.on !== undefined ? { on: settings.on } : {}),
    ...(rules !== undefined ? { rules } : {}),
    ...(arrangements !== undefined ? { arrangements } : {}),
    ...(options.assessment !== undefined ? { assessment: options.assessment } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ingestIssues: read.issues,
    sources: sourcesOf(read),
  });
  return verdict(screening, settings, read.errorCount, read.warningCount);
}

/** @summary The exit code of a screening and why (see {@link CheckResult.exitCode}). */
export function verdict(screening: Screening, settings: CheckSettings, errorCount: number, readWarnings: number): CheckResult {
  const warningCount = readWarnings + screening.warnings.length;
  const unmeasured = screening.coverage.reduce((sum, c) => sum + c.unmeasured, 0);
  const failing = screening.findings.filter((finding) => compareSeverities(finding.severity, settings.failOn) >= 0).length;
  const exitReasons: string[] = [];
  const nb = settings.lang === 'nb';
  const rulesLeft = screening.coverage
    .filter((c) => c.unmeasured > 0)
    .map((c) => c.ruleId)
    .join(', ');
  if (errorCount > 0)
    exitReasons.push(
      nb ? `${errorCount} feil i dataene: rader eller filer ble avvist` : `${errorCount} input error(s): rows or files were rejected`,
    );
  if (settings.strict && warningCount > 0)
    exitReasons.push(nb ? `strict: ${warningCount} advarsel(er) i dataene` : `strict: ${warningCount} data warning(s)`);
  if (settings.strict && unmeasured > 0)
    exitReasons.push(
      nb
        ? `strict: ${unmeasured} inndata reglene ikke kunne vurdere (${rulesLeft})`
        : `strict: ${unmeasured} input(s) the rules could not judge (${rulesLeft})`,
    );
  if (settings.maxWarnings !== undefined && warningCount > settings.maxWarnings)
    exitReasons.push(
      nb
        ? `${warningCount} advarsel(er) i dataene, flere enn --max-warnings ${settings.maxWarnings}`
        : `${warningCount} data warning(s), more than --max-warnings ${settings.maxWarnings}`,
    );
  const exitCode = exitReasons.length > 0 ? 2 : failing > 0 ? 1 : 0;
  return { screening, settings, errorCount, warningCount, unmeasured, failing, exitCode, exitReasons };
}

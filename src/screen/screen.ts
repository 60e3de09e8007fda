import type { AssessmentOptionsInput } from '../assess/assessment-rules.js';
import { assess, type ChainLevel, type EmployerLevel, type WorkerLevel } from '../assess/levels.js';
import { JURISDICTION_PACKS, type JurisdictionPack } from '../jurisdictions/index.js';
import type { IngestIssue } from '../ingest/issue.js';
import type { Dataset, DatasetView } from '../model/dataset.js';
import { SEVERITIES, TIERS, compareSeverities, type Jurisdiction, type Severity, type Tier } from '../model/enums.js';
import { TABLES } from '../model/tables.js';
import { configureRules, type RulesConfig } from '../rules/config.js';
import { createRuleContext } from '../rules/context.js';
import { ArrangementConfigSchema, type ArrangementConfig } from '../rules/arrangements.js';
import * as z from 'zod';

/** An arrangement as `screen` takes it (see `ArrangementConfigSchema`). */
export type ArrangementConfigInput = z.input<typeof ArrangementConfigSchema>;
import type { Finding } from '../rules/finding.js';
import { completeFinding } from '../rules/complete-finding.js';
import { RULES } from '../rules/index.js';
import type { Rule } from '../rules/rule.js';
import { VERSION } from '../version.js';
import { deadline } from './deadline.js';
import { fieldReader, type RowsView } from '../store/row-store.js';
import { compareText } from '../collections/compare-text.js';
import { coverageRecorder, type RuleCoverage } from './coverage.js';
import { countRows } from '../model/dataset.js';
import { readDate } from '../ingest/values.js';
import type { Language } from '../i18n/messages.js';
import { formatMessage } from '../i18n/format-message.js';
import { SHARED_MESSAGES } from '../i18n/shared-messages.js';

/** Options of {@link screen}. */
export interface ScreenOptions {
  /** A built-in pack by code, or a pack of your own. Default `NO`. */
  readonly jurisdiction?: Jurisdiction | JurisdictionPack;
  /**
   * Reference date, in any form the data may use (`2025-06-30`, `30.06.2025`, `30/06/2025`);
   * default the latest activity date in the data (never the clock).
   */
  readonly on?: string;
  /** Rule levels and options, ESLint style. */
  readonly rules?: RulesConfig;
  /** Issues from reading the data, carried into the result. */
  readonly ingestIssues?: readonly IngestIssue[];
  /** The files the data was read from, for the report's "what was screened" block. */
  readonly sources?: readonly ScreenedSource[];
  /** The rules to run; default every built-in rule. */
  readonly ruleSet?: readonly Rule[];
  /**
   * Working-time arrangements (averaging agreements, approved rotas) for workers whose contracts
   * state none, by employer or worker: hours under one are judged over its period.
   */
  readonly arrangements?: readonly ArrangementConfigInput[];
  /** Thresholds for employer levels and systematic patterns (see `AssessmentOptionsSchema`). */
  readonly assessment?: AssessmentOptionsInput;
  /**
   * Time budget in milliseconds, checked before each rule and before the assessment; past it,
   * `screen` throws {@link TimeoutError} naming the step. Default: none.
   */
  readonly timeoutMs?: number;
  /** Clock for `timeoutMs` (milliseconds); default `performance.now`. For tests. */
  readonly now?: () => number;
  /**
   * Language of the texts the screening writes: finding messages (each also kept as its id and
   * data, so a report can render it in another language), the workers' reasons, the employers'
   * notes, coverage reasons and warnings. Default `en`.
   */
  readonly lang?: Language;
}

/** A rule that did not run, and why. */
export interface SkippedRule {
  readonly ruleId: string;
  readonly reason: string;
}

/** A file that was read, for the "what was screened" block. */
export interface ScreenedSource {
  readonly source: string;
  readonly table: string;
  readonly rows: number;
}

/** What was screened: the files, the rows per table, the period the data covers, the rules run. */
export interface ScreenedScope {
  /** The files read, when the caller gave them (`checkDirectory` and the CLI do). */
  readonly sources: readonly ScreenedSource[];
  /** Rows per provided table. */
  readonly tables: Readonly<Partial<Record<string, number>>>;
  /** The earliest and latest dates something happened in the data, if any. */
  readonly period: { readonly from: string; readonly to: string } | null;
  readonly rulesRun: number;
  readonly rulesSkipped: number;
  /** Rules that left at least as many inputs unjudged as they judged (and at least one). */
  readonly littleJudged: readonly string[];
}

/** Something about the screening itself a reader should know (a reference date outside the data). */
export interface ScreeningWarning {
  readonly code: 'reference-date-before-data' | 'data-after-reference-date';
  readonly message: string;
}

/** Counts for the report header. */
export interface ScreeningSummary {
  readonly workers: number;
  readonly employers: number;
  readonly findings: number;
  readonly byTier: Readonly<Record<Tier, number>>;
  readonly bySeverity: Readonly<Record<Severity, number>>;
}

/**
 * The result of a screening (the JSON report contract): the findings, the level of each worker,
 * employer and contracting chain, the rules skipped and the ingest issues.
 */
export interface Screening {
  readonly tool: { readonly name: 'labour-screen'; readonly version: string };
  /** The language the screening's texts are written in. */
  readonly lang: Language;
  readonly jurisdiction: Jurisdiction;
  readonly referenceDate: string;
  readonly summary: ScreeningSummary;
  readonly findings: readonly Finding[];
  readonly workers: readonly WorkerLevel[];
  readonly employers: readonly EmployerLevel[];
  readonly chains: readonly ChainLevel[];
  readonly skipped: readonly SkippedRule[];
  /** Per rule that ran: the inputs it judged and those it could not, with the reasons. */
  readonly coverage: readonly RuleCoverage[];
  /** What was screened (files, rows, period, rules). */
  readonly screened: ScreenedScope;
  /** Warnings about the screening itself (they count as data warnings for `--strict`). */
  readonly warnings: readonly ScreeningWarning[];
  readonly ingestIssues: readonly IngestIssue[];
}

/** Dates that record something happening (not validity dates such as a card's expiry). */
const ACTIVITY_DATES: readonly (readonly [keyof Dataset, string])[] = [
  ['payments', 'periodEnd'],
  ['payments', 'paidOn'],
  ['timeEntries', 'date'],
  ['observations', 'observedOn'],
  ['contracts', 'signedOn'],
  ['workers', 'startDate'],
];

/**
 * @summary The default reference date: the latest date something happened in the data (pay
 * period, time entry, observation, contract signed, employment start). Never the clock, so the
 * same data screens the same way on any day.
 */
export function latestDate(dataset: DatasetView): string | undefined {
  return activityPeriod(dataset)?.to;
}

/** @summary The earliest and latest dates something happened in the data (see {@link latestDate}). */
export function activityPeriod(dataset: DatasetView): { from: string; to: string } | null {
  let earliest: string | undefined;
  let latest: string | undefined;
  for (const [table, field] of ACTIVITY_DATES) {
    const rows = dataset[table] as RowsView<Record<string, unknown>> | undefined;
    if (rows === undefined) continue;
    const valueAt = fieldReader(rows, field); // one column, not whole rows, from a columnar table
    for (let index = 0; index < rows.length; index++) {
      const value = valueAt(index);
      if (typeof value !== 'string') continue;
      if (latest === undefined || value > latest) latest = value;
      if (earliest === undefined || value < earliest) earliest = value;
    }
  }
  return earliest === undefined || latest === undefined ? null : { from: earliest, to: latest };
}

/** @throws TypeError naming the arrangement and the problem */
function parseArrangements(input: readonly ArrangementConfigInput[] | undefined): ArrangementConfig[] {
  const parsed = z.array(ArrangementConfigSchema).safeParse(input ?? []);
  if (!parsed.success)
    throw new TypeError(
      `invalid arrangements: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(arrangements)'}: ${i.message}`).join('; ')}`,
    );
  return parsed.data;
}

/** Most severe first, then by rule, subject and period; the id breaks any tie. */
function compareFindings(a: Finding, b: Finding): number {
  return (
    -compareSeverities(a.severity, b.severity) ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.subject.kind, b.subject.kind) ||
    compareText(a.subject.id, b.subject.id) ||
    compareText(a.period?.from ?? '', b.period?.from ?? '') ||
    compareText(a.period?.to ?? '', b.period?.to ?? '') ||
    compareText(a.id, b.id)
  );
}

/**
 * @summary Screen a dataset: run every applicable rule and return the findings, deterministically.
 *
 * @description
 * Builds the indexed rule context once, runs each configured rule whose tables are present and
 * that applies to the jurisdiction (the others are listed in `skipped` with the reason), gives
 * each finding a stable id (a hash of rule, subject, period and evidence *values*, so reordering
 * rows changes nothing but line numbers) and sorts them. Pure: no I/O, and no clock unless a
 * `timeoutMs` is given (which can stop the run, never change its result).
 *
 * @throws TypeError for an invalid rules configuration (unknown ids list near matches) or when no
 * reference date can be found
 * @throws TimeoutError when `timeoutMs` runs out
 *
 * @example
 * const { dataset } = parseDataset({ workers: '...', payments: '...' })
 * screen(dataset, { jurisdiction: 'NO', rules: { 'no/working-time': 'off' } }).findings
 */
export function screen(dataset: DatasetView, options: ScreenOptions = {}): Screening {
  const pack = typeof options.jurisdiction === 'object' ? options.jurisdiction : JURISDICTION_PACKS[options.jurisdiction ?? 'NO'];
  const lang = options.lang ?? 'en';
  const period = activityPeriod(dataset);
  const referenceDate = options.on === undefined ? period?.to : referenceDateOf(options.on);
  if (referenceDate === undefined) throw new TypeError('the data has no dates: give the reference date (`on`)');
  const warnings: ScreeningWarning[] = [];
  if (period && referenceDate < period.from)
    warnings.push({
      code: 'reference-date-before-data',
      message:
        lang === 'nb'
          ? `referansedatoen ${referenceDate} er før den første datoen i dataene (${period.from}): ingenting i dem har skjedd da`
          : `the reference date ${referenceDate} is before the first date in the data (${period.from}): nothing in it has happened by then`,
    });
  else if (period && referenceDate < period.to)
    warnings.push({
      code: 'data-after-reference-date',
      message:
        lang === 'nb'
          ? `dataene går til ${period.to}, etter referansedatoen ${referenceDate}: det som faller etter den, leses som ikke forfalt ennå`
          : `the data runs to ${period.to}, after the reference date ${referenceDate}: what falls after it is read as not yet due`,
    });
  if (options.timeoutMs !== undefined && !(Number.isFinite(options.timeoutMs) && options.timeoutMs > 0))
    throw new TypeError('timeoutMs must be a positive number of milliseconds');
  const checkTime = deadline(options.timeoutMs, options.now);
  const configured = configureRules(options.ruleSet ?? RULES, options.rules);
  const context = createRuleContext(dataset, pack, referenceDate, { arrangements: parseArrangements(options.arrangements) });

  const findings: Finding[] = [];
  const skipped: SkippedRule[] = [];
  const coverage: RuleCoverage[] = [];
  for (const { rule, severity, options: ruleOptions } of configured) {
    const { meta } = rule;
    if (meta.jurisdictions && !meta.jurisdictions.includes(pack.code)) {
      skipped.push({
        ruleId: meta.id,
        reason:
          lang === 'nb'
            ? `gjelder ${meta.jurisdictions.join(', ')}, ikke ${pack.code}`
            : `applies to ${meta.jurisdictions.join(', ')}, not ${pack.code}`,
      });
      continue;
    }
    const missing = meta.needs.filter((table) => dataset[table] === undefined);
    if (missing.length > 0) {
      skipped.push({
        ruleId: meta.id,
        reason:
          lang === 'nb'
            ? `${missing.length > 1 ? 'tabellene' : 'tabellen'} ${missing.map((t) => TABLES[t].fileName).join(', ')} mangler`
            : `table${missing.length > 1 ? 's' : ''} ${missing.map((t) => TABLES[t].fileName).join(', ')} not provided`,
      });
      continue;
    }
    const reason = rule.skipReason?.(context);
    if (reason) {
      skipped.push({ ruleId: meta.id, reason: formatMessage(reason, lang, [meta.messages, SHARED_MESSAGES]) });
      continue;
    }
    checkTime(`running rule ${meta.id}`);
    const recorder = coverageRecorder(meta, lang);
    for (const draft of rule.check(context, ruleOptions, recorder)) findings.push(completeFinding(meta, draft, severity, lang));
    coverage.push(recorder.entry());
  }
  checkTime('assessing levels');
  const { findings: added, ...levels } = assess(context, findings, options.assessment, lang);
  for (const finding of added) findings.push(finding);
  findings.sort(compareFindings);

  const byTier = Object.fromEntries(TIERS.map((tier) => [tier, 0])) as Record<Tier, number>;
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const finding of findings) {
    byTier[finding.tier]++;
    bySeverity[finding.severity]++;
  }
  return {
    tool: { name: 'labour-screen', version: VERSION },
    lang,
    jurisdiction: pack.code,
    referenceDate,
    summary: {
      workers: dataset.workers.length,
      employers: new Set(dataset.workers.map((w) => w.employerId)).size,
      findings: findings.length,
      byTier,
      bySeverity,
    },
    findings,
    ...levels,
    skipped: skipped.sort((a, b) => compareText(a.ruleId, b.ruleId)),
    coverage: coverage.sort((a, b) => compareText(a.ruleId, b.ruleId)),
    screened: {
      sources: [...(options.sources ?? [])].sort((a, b) => compareText(a.source, b.source)),
      tables: countRows(dataset),
      period,
      rulesRun: coverage.length,
      rulesSkipped: skipped.length,
      littleJudged: coverage.filter((c) => c.unmeasured > 0 && c.unmeasured >= c.measured).map((c) => c.ruleId),
    },
    warnings,
    ingestIssues: [...(options.ingestIssues ?? [])],
  };
}

/**
 * @summary A reference date as given, in any form the data may use, as `YYYY-MM-DD`.
 * @throws TypeError naming the value and the forms accepted, for text that is not an existing date
 * @example
 * referenceDateOf('30.06.2025') //=> '2025-06-30'
 */
export function referenceDateOf(text: string): string {
  const date = readDate(text);
  if (date === undefined)
    throw new TypeError(
      `the reference date must be an existing date such as 2025-06-30 or 30.06.2025; ${JSON.stringify(text)} is not one`,
    );
  return date;
}

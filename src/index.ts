/**
 * labour-screen: screen payroll, timesheet, contract and inspection data for signs of social
 * dumping, work crime and forced labour. This entry is platform-neutral (browser, worker, node);
 * file-system helpers are in `labour-screen/node`.
 *
 * The output of the library is an indicative screening to prioritise attention, never a legal
 * determination.
 * @module
 */
export * from './model/index.js';
export * from './ids/index.js';
export * from './ingest/index.js';
export { money, parseMajorToMinor, formatMinorAsMajor, CURRENCY_MINOR_DIGITS, type Money } from './money/money.js';
export {
  isIsoDate,
  isClockTime,
  clockTimeToMinutes,
  isoDateToDayNumber,
  dayNumberToIsoDate,
  addMonthsToIsoDate,
} from './dates/iso-date.js';
export { datasetJsonSchema, tableJsonSchema } from './model/json-schema.js';
export { summariseDataset, type DatasetSummary } from './summary/summarise-dataset.js';
export { VERSION } from './version.js';
export {
  screen,
  latestDate,
  type Screening,
  type ScreenOptions,
  type ScreeningSummary,
  type SkippedRule,
} from './screen/screen.js';
export { RULES } from './rules/index.js';
export {
  assessLevels,
  WorkerLevelSchema,
  EmployerLevelSchema,
  ChainLevelSchema,
  type WorkerLevel,
  type EmployerLevel,
  type ChainLevel,
} from './assessment/levels.js';
export { defineRule, type Rule, type RuleMeta, type DraftFinding, type LocalText } from './rules/rule.js';
export { createRuleContext, evidenceOf, type RuleContext, type Rows } from './rules/context.js';
export { configureRules, nearMatches, RulesConfigSchema, type RulesConfig, type ConfiguredRule } from './rules/config.js';
export {
  FindingSchema,
  EvidenceSchema,
  SubjectSchema,
  PeriodSchema,
  type Finding,
  type Evidence,
  type Subject,
  type Period,
} from './rules/finding.js';
export { stableHash } from './rules/hash.js';
export * from './jurisdictions/index.js';
export * from './report/index.js';
export { LANGUAGES, MESSAGES, t, tierName, severityName, levelName, type Language, type MessageKey } from './i18n/messages.js';

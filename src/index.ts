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
export { TimeoutError, deadline } from './screen/deadline.js';
export {
  checkProject,
  checkSettings,
  verdict,
  sourcesOf,
  type CheckOptions,
  type CheckResult,
  type CheckSettings,
} from './screen/project.js';
export { parseConfigText, ConfigFileSchema, ConfigFileError, type ConfigFile } from './screen/config-file.js';
export { RuleCoverageSchema, CoverageReasonSchema, type RuleCoverage, type CoverageReason } from './screen/coverage.js';
export {
  screen,
  latestDate,
  activityPeriod,
  referenceDateOf,
  type ScreenedScope,
  type ScreenedSource,
  type ScreeningWarning,
  type ArrangementConfigInput,
  type Screening,
  type ScreenOptions,
  type ScreeningSummary,
  type SkippedRule,
} from './screen/screen.js';
export { RULES } from './rules/index.js';
export {
  assess,
  findingLevel,
  isChildWorker,
  WorkerLevelSchema,
  EmployerLevelSchema,
  ChainLevelSchema,
  type Assessment,
  type WorkerLevel,
  type EmployerLevel,
  type ChainLevel,
} from './assess/levels.js';
export {
  assessWorkerIlo,
  findingStanding,
  NOT_COUNTED_REASONS,
  NotCountedSchema,
  type NotCounted,
  type NotCountedReason,
  WorkerIloSchema,
  DimensionStateSchema,
  IndicatorHitSchema,
  IclsSignalSchema,
  type WorkerIlo,
  type DimensionState,
  type IndicatorHit,
  type IclsSignal,
  type IloConclusion,
} from './assess/worker-ilo.js';
export {
  ILO_TABLE_STATUS,
  ILO_TABLE_VERIFIED,
  ILO_TABLE_SOURCES,
  INDICATOR_PROFILES,
  ICLS_ELEMENTS,
  WORST_FORMS_FOR_CHILDREN,
  STRONGER_FOR_CHILDREN,
  RECRUITMENT_VULNERABILITIES,
  DEFINITIONS,
  NATIONAL_TRAFFICKING,
  DimensionContributionSchema,
  dimensionPositive,
  traffickingCombination,
  norwegianTrafficking,
  definitionsHolding,
  standingOf,
  decisiveObservation,
  type DefinitionId,
  type DefinitionInput,
  type Standing,
  type StandingInput,
  type DimensionContribution,
  type IclsElement,
  type IndicatorProfile,
  type StrengthCounts,
} from './assess/ilo-table.js';
export {
  ASSESSMENT_RULES,
  AssessmentOptionsSchema,
  type AssessmentOptions,
  type AssessmentOptionsInput,
} from './assess/assessment-rules.js';
export { LEVEL_GUIDANCE, type LevelGuidance } from './assess/guidance.js';
export { ageOn, birthDateOf, firstWorkDate, type BirthDate } from './rules/age.js';
export {
  defineRule,
  type Rule,
  type RuleMeta,
  type RuleCoverageMeta,
  type CoverageReport,
  type CoverageRow,
  type RuleExample,
  type DraftFinding,
  type LocalText,
  type Documented,
} from './rules/rule.js';
export {
  anyRow,
  createRuleContext,
  evidenceOf,
  entriesBetween,
  groupsByKey,
  type RuleContext,
  type ContextOptions,
  type Rows,
} from './rules/context.js';
export { ArrangementConfigSchema, type ArrangementConfig, type ArrangementTerms } from './rules/arrangements.js';
export { RowStore, fieldReader, type RowsView, type StorableRow } from './store/row-store.js';
export { configureRules, nearMatches, RulesConfigSchema, type RulesConfig, type ConfiguredRule } from './rules/config.js';
export {
  FindingSchema,
  FINDING_BASES,
  type FindingBasis,
  EvidenceSchema,
  SubjectSchema,
  PeriodSchema,
  IloIndicatorRefSchema,
  indicatorCode,
  type IloIndicatorRef,
  type Finding,
  type Evidence,
  type Subject,
  type Period,
} from './rules/finding.js';
export { stableHash } from './rules/hash.js';
export * from './jurisdictions/index.js';
export * from './report/index.js';
export { LANGUAGES, MESSAGES, t, tierName, severityName, levelName, type Language, type MessageKey } from './i18n/messages.js';
export {
  formatMessage,
  placeholders,
  MessageError,
  MessageSchema,
  MessageDataSchema,
  type Message,
  type MessageData,
  type MessageValue,
  type MessageTemplates,
} from './i18n/format-message.js';
export { SHARED_MESSAGES } from './i18n/shared-messages.js';
export { CODE_NAMES, INDICATOR_NAMES, codeMessage, indicatorLabel, indicatorName, type CodeFamily } from './i18n/code-names.js';
